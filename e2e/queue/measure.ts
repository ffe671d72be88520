/**
 * What one concurrent batch did, from both sides: n8n's run data (what each execution's gate let
 * through and what Generate Deck put on its outputs) and the sandbox's ledger (what Gamma was
 * asked for, what it charged and what it refused). Printed as a table and kept in
 * .tmp/queue-measure.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Sandbox } from '../../test/sandbox/server';
import type { Execution } from '../support/n8n';
import { PACKAGE_ROOT } from '../support/paths';
import { outputOf, ran, type Json } from '../support/runData';
import type { Runner } from './cluster';
import { CREDIT_GATE, GENERATE_DECK } from './workflows';

export interface BatchMeasurement {
	executions: number;
	/** Executions by the process that ran them. */
	ranOn: Record<string, number>;
	startingBalance: number;
	finalBalance: number;
	/** The lowest balance the ledger recorded after any settlement. */
	lowestBalance: number;
	/** Sum of creditGate.required of the items the gates let through. */
	gatesPassedCredits: number;
	gatesPassedPercentOfBalance: number;
	gatesPassedItems: number;
	gatesBlockedItems: number;
	postsSent: number;
	/** Decks Gamma had accepted and not yet settled when it settled the first one. */
	inFlightAtFirstSettlement: number;
	/** How far apart those were started (ms). */
	inFlightSpreadMs: number;
	decksCharged: number;
	creditsCharged: number;
	refusedAtPost: number;
	refusedAtCompletion: number;
	/**
	 * Items that went into Generate Deck and sent nothing to Gamma (the node never sends a deck
	 * twice, so: items in minus POSTs). The node's own refusals land here.
	 */
	sentNothing: number;
	/**
	 * Generate Deck's error output by what its message says. n8n keeps only `{ error }` of an item
	 * there (n8n-core's WorkflowExecute), so the message tells who refused: the node's balance
	 * re-check (nothing sent), Gamma at the request, Gamma when the generation ran, or other.
	 */
	errorOutput: {
		recheck: number;
		refusedAtPost: number;
		refusedAtCompletion: number;
		other: number;
	};
	/** Items on Generate Deck's main output / its error output. */
	generateDeckOutput: { main: number; error: number };
	/** Charged generations whose id is on no execution's Generate Deck main output. */
	chargedButNotVisible: string[];
	/** From the first webhook call to the last execution finished. */
	wallMs: number;
	/** Each generation Gamma accepted: ms after the batch started, when it settled and how. */
	ledger: Array<{ startedMs: number; settledMs?: number; status: string; charged: number }>;
}

/** The package's messages (nodes/AiCredits/actions/shared/balanceRecheck.ts, transport/providerErrors.ts, providers/gamma/generation.ts). */
function errorKind(message: string): keyof BatchMeasurement['errorOutput'] {
	if (message.startsWith("Not started: Gamma's balance no longer covers")) return 'recheck';
	if (message.startsWith('Not enough Gamma credits to finish generation')) {
		return 'refusedAtCompletion';
	}
	if (message.startsWith('Not enough Gamma credits (')) return 'refusedAtPost';
	return 'other';
}

interface GenerationJson {
	generationId?: string;
	status?: string;
	reason?: string;
}

function generationOf(item: Json): GenerationJson | undefined {
	const generation = item.gammaGeneration;
	return generation && typeof generation === 'object' ? (generation as GenerationJson) : undefined;
}

export function measureBatch(input: {
	executions: Execution[];
	runners: Map<string, Runner>;
	sandbox: Sandbox;
	apiKey: string;
	startingBalance: number;
	/** Sandbox clock when the batch started: generations and requests from then on count. */
	since: number;
	wallMs: number;
}): BatchMeasurement {
	const { executions, sandbox, apiKey, since } = input;
	const generations = sandbox
		.gammaGenerations()
		.filter((generation) => generation.apiKey === apiKey && generation.createdAt >= since);
	const posts = sandbox.requests.filter(
		(request) =>
			request.provider === 'gamma' &&
			request.method === 'POST' &&
			request.path === '/v1.0/generations' &&
			request.headers['x-api-key'] === apiKey &&
			request.at >= since,
	);
	const charged = generations.filter(
		(generation) => generation.status === 'completed' && generation.creditsDeducted > 0,
	);
	const refusedAtCompletion = generations.filter(
		(generation) =>
			generation.status === 'failed' &&
			/insufficient credits/i.test(generation.error?.message ?? ''),
	);

	let gatesPassedCredits = 0;
	let gatesPassedItems = 0;
	let gatesBlockedItems = 0;
	const errorOutput = { recheck: 0, refusedAtPost: 0, refusedAtCompletion: 0, other: 0 };
	const generateDeckOutput = { main: 0, error: 0 };
	const visible = new Set<string>();
	for (const { run } of executions) {
		if (!ran(run, CREDIT_GATE)) continue;
		const passed = outputOf(run, CREDIT_GATE, 0);
		gatesPassedItems += passed.length;
		gatesBlockedItems += outputOf(run, CREDIT_GATE, 1).length;
		for (const item of passed) {
			gatesPassedCredits += Number((item.creditGate as { required?: number })?.required ?? 0);
		}
		if (!ran(run, GENERATE_DECK)) continue;
		const main = outputOf(run, GENERATE_DECK, 0);
		const error = outputOf(run, GENERATE_DECK, 1);
		generateDeckOutput.main += main.length;
		generateDeckOutput.error += error.length;
		for (const item of main) {
			const generation = generationOf(item);
			if (generation?.generationId) visible.add(generation.generationId);
		}
		for (const item of error) errorOutput[errorKind(String(item.error ?? ''))]++;
	}

	const firstSettled = Math.min(
		...generations.map((generation) => generation.settledAt ?? Number.POSITIVE_INFINITY),
	);
	const inFlight = generations.filter((generation) => generation.createdAt < firstSettled);
	const started = inFlight.map((generation) => generation.createdAt);

	const ranOn: Record<string, number> = {};
	for (const runner of input.runners.values()) ranOn[runner] = (ranOn[runner] ?? 0) + 1;
	const settled = generations
		.map((generation) => generation.creditsRemaining)
		.filter((remaining): remaining is number => typeof remaining === 'number');
	const finalBalance = sandbox.getCredits('gamma', apiKey);
	return {
		executions: executions.length,
		ranOn,
		startingBalance: input.startingBalance,
		finalBalance,
		lowestBalance: Math.min(finalBalance, ...settled),
		gatesPassedCredits,
		gatesPassedPercentOfBalance: Math.round((gatesPassedCredits / input.startingBalance) * 100),
		gatesPassedItems,
		gatesBlockedItems,
		postsSent: posts.length,
		inFlightAtFirstSettlement: inFlight.length,
		inFlightSpreadMs: started.length > 0 ? Math.max(...started) - Math.min(...started) : 0,
		decksCharged: charged.length,
		creditsCharged: charged.reduce((sum, generation) => sum + generation.creditsDeducted, 0),
		refusedAtPost: posts.length - generations.length,
		refusedAtCompletion: refusedAtCompletion.length,
		sentNothing: gatesPassedItems - posts.length,
		errorOutput,
		generateDeckOutput,
		chargedButNotVisible: charged
			.map((generation) => generation.id)
			.filter((id) => !visible.has(id)),
		wallMs: input.wallMs,
		ledger: generations.map((generation) => ({
			startedMs: generation.createdAt - since,
			settledMs: generation.settledAt === undefined ? undefined : generation.settledAt - since,
			status: generation.status,
			charged: generation.creditsDeducted,
		})),
	};
}

const FILE = path.join(PACKAGE_ROOT, '.tmp', 'queue-measure.json');

/** Adds one measurement under `name` to .tmp/queue-measure.json (kept from this run only). */
export function recordMeasurement(runStartedAt: string, name: string, value: unknown): void {
	let saved: { runStartedAt?: string; [key: string]: unknown } = {};
	try {
		saved = JSON.parse(readFileSync(FILE, 'utf8'));
	} catch {
		// First measurement of this run.
	}
	if (saved.runStartedAt !== runStartedAt) saved = { runStartedAt };
	saved[name] = value;
	mkdirSync(path.dirname(FILE), { recursive: true });
	writeFileSync(FILE, `${JSON.stringify(saved, null, 2)}\n`);
}

const COLUMNS: Array<[string, (m: BatchMeasurement) => string]> = [
	['executions', (m) => String(m.executions)],
	[
		'ran on',
		(m) =>
			Object.entries(m.ranOn)
				.map(([runner, count]) => `${runner}: ${count}`)
				.join(', '),
	],
	[
		'gates passed',
		(m) =>
			`${m.gatesPassedItems} items, ${m.gatesPassedCredits} cr (${m.gatesPassedPercentOfBalance} % of ${m.startingBalance})`,
	],
	['POSTs sent', (m) => String(m.postsSent)],
	[
		'in flight together',
		(m) => `${m.inFlightAtFirstSettlement} (started within ${m.inFlightSpreadMs} ms)`,
	],
	['decks charged', (m) => String(m.decksCharged)],
	['refused at POST', (m) => String(m.refusedAtPost)],
	['refused at completion', (m) => String(m.refusedAtCompletion)],
	['sent nothing (node refused)', (m) => String(m.sentNothing)],
	[
		'error output: re-check / Gamma at POST / at completion / other',
		(m) =>
			`${m.errorOutput.recheck} / ${m.errorOutput.refusedAtPost} / ${m.errorOutput.refusedAtCompletion} / ${m.errorOutput.other}`,
	],
	[
		'Generate Deck main / error',
		(m) => `${m.generateDeckOutput.main} / ${m.generateDeckOutput.error}`,
	],
	[
		'credits charged',
		(m) =>
			`${m.creditsCharged} of ${m.startingBalance} (left ${m.finalBalance}, lowest ${m.lowestBalance})`,
	],
	['charged, not visible', (m) => String(m.chargedButNotVisible.length)],
	['wall time', (m) => `${(m.wallMs / 1000).toFixed(1)} s`],
];

/** A plain table: one row per measured quantity, one column per run. */
export function formatTable(runs: Array<[string, BatchMeasurement]>): string {
	const rows = [
		['', ...runs.map(([name]) => name)],
		...COLUMNS.map(([label, value]) => [label, ...runs.map(([, m]) => value(m))]),
	];
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows
		.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  '))
		.join('\n');
}
