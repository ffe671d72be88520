/**
 * The queue-mode workflows of e2e/queue/workflows/*.json, made ready for the cluster the way the
 * examples are (prepareExample): node types for custom extensions, each Gamma node on the
 * credential given, a fixed id.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sandbox } from '../../test/sandbox/server';
import { prepareExample, type CredentialJson, type WorkflowJson } from '../support/examples';

const FOLDER = path.join(__dirname, 'workflows');

export const GENERATE_DECK = 'Generate Deck';
export const CREDIT_GATE = 'Credit Gate';
export const ALERT_TRIGGER = 'Gamma Balance Below 500';

function load(name: string): WorkflowJson {
	return JSON.parse(readFileSync(path.join(FOLDER, `${name}.json`), 'utf8')) as WorkflowJson;
}

function prepare(
	name: string,
	workflow: WorkflowJson,
	credential: CredentialJson,
	sandbox: Sandbox,
): WorkflowJson {
	return prepareExample(
		{ name, workflow },
		{ prefix: 'CUSTOM', credentials: [credential], sandbox },
	);
}

export interface DeckBatch {
	workflow: WorkflowJson;
	/** The webhook's path: POST <main>/webhook/<path>. */
	webhookPath: string;
}

/**
 * The deck batch (deck-batch.json); with `recheck`, a copy on its own webhook path whose Generate
 * Deck has Options › Re-Check Live Balance Before Each Spend on.
 */
export function deckBatch(
	credential: CredentialJson,
	sandbox: Sandbox,
	options: { recheck: boolean },
): DeckBatch {
	const workflow = load('deck-batch');
	const webhook = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook');
	const generate = workflow.nodes.find((node) => node.name === GENERATE_DECK);
	if (!webhook || !generate) throw new Error('deck-batch.json has no Webhook or Generate Deck');
	let name = 'queue-deck-batch';
	if (options.recheck) {
		name = 'queue-deck-batch-recheck';
		workflow.name = `${workflow.name} (re-checking the balance before each spend)`;
		webhook.parameters.path = `${String(webhook.parameters.path)}-recheck`;
		webhook.webhookId = randomUUID();
		generate.parameters.runOptions = {
			...(generate.parameters.runOptions as Record<string, unknown>),
			recheckBalanceBeforeSpend: true,
		};
	}
	return {
		workflow: prepare(name, workflow, credential, sandbox),
		webhookPath: String(webhook.parameters.path),
	};
}

/** The balance alert (balance-alert.json) on its own credential. */
export function balanceAlert(credential: CredentialJson, sandbox: Sandbox): WorkflowJson {
	return prepare('queue-balance-alert', load('balance-alert'), credential, sandbox);
}
