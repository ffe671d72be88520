/**
 * `npm run demo`: the example workflows in a real n8n (the default of e2e/n8n/versions.json, or
 * AI_CREDITS_N8N_VERSION; installed once into a cache folder outside this package), with this
 * package's packed tarball loaded as a custom extension, against the local provider sandbox. No
 * API key, no network beyond 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
	exampleWorkflowId,
	loadExamples,
	prepareExample,
	sandboxCredentials,
} from '../e2e/support/examples';
import { N8n, type N8nServer } from '../e2e/support/n8n';
import { CUSTOM_EXTENSIONS } from '../e2e/support/instance';
import { N8N_VERSION, n8nHome, PACKAGE_ROOT, tempFolder } from '../e2e/support/paths';
import { outputOf, runError, type Json, type N8nRun } from '../e2e/support/runData';
import { startSandbox } from '../test/sandbox/server';

/** The examples the demo runs, each from its trigger, as "Execute workflow" in the editor does. */
const DEMO_EXAMPLES: Record<string, string> = {
	'scheduled-balance-alert': 'Gamma Balance Below 500',
	'batch-deck-generation': 'When clicking ‘Execute workflow’',
	'imagineart-monthly-plan': 'When clicking ‘Execute workflow’',
};

const say = (text = '') => process.stdout.write(`${text}\n`);
const get = (json: Json, dotted: string): unknown =>
	dotted.split('.').reduce<unknown>((at, key) => (at as Json | undefined)?.[key], json);

function installN8n() {
	say(`n8n ${N8N_VERSION} lives in ${n8nHome()} (installed on the first run: 1–2 minutes).`);
	execFileSync('bash', [path.join(PACKAGE_ROOT, 'e2e', 'install-n8n.sh'), N8N_VERSION], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
}

function failOn(run: N8nRun, name: string) {
	const error = runError(run);
	if (error) throw new Error(`${name} failed: ${error}`);
}

function balanceAlert(run: N8nRun) {
	say('\n== Scheduled balance alert (AI Credits Trigger → message)');
	for (const item of outputOf(run, 'Gamma Balance Below 500')) {
		say(
			`  Gamma balance ${item.remaining} credits (threshold ${item.threshold}, event ${item.event})`,
		);
	}
	for (const item of outputOf(run, 'Compose Alert')) {
		for (const [key, value] of Object.entries(item)) say(`  ${key}: ${String(value)}`);
	}
}

function deckBatch(run: N8nRun) {
	say('\n== Estimate → gate → generate Gamma decks for a list of topics');
	const [balance] = outputOf(run, 'Check Gamma Balance');
	say(`  Gamma balance before: ${get(balance, 'creditBalance.remaining')} credits`);
	for (const item of outputOf(run, 'Estimate Deck Credits')) {
		say(
			`  estimate  ${String(item.topic).padEnd(30)} ${String(get(item, 'creditEstimate.min')).padStart(4)}–${String(get(item, 'creditEstimate.max')).padEnd(4)} credits`,
		);
	}
	let spent = 0;
	for (const item of outputOf(run, 'Generate Deck')) {
		const deducted = Number(get(item, 'gammaGeneration.credits.deducted'));
		spent += deducted;
		say(
			`  generated ${String(item.topic).padEnd(30)} ${String(deducted).padStart(4)} credits (${get(item, 'gammaGeneration.estimateComparison.withinRange') ? 'within' : 'outside'} the estimate) ${get(item, 'gammaGeneration.gammaUrl')}`,
		);
	}
	for (const item of outputOf(run, 'Credit Gate', 1)) {
		say(`  skipped   ${String(item.topic).padEnd(30)} ${get(item, 'creditGate.reason')}`);
	}
	const last = outputOf(run, 'Generate Deck').at(-1);
	say(`  credits spent: ${spent}; left: ${last ? get(last, 'creditBalance.remaining') : 'n/a'}`);
}

function monthlyPlan(run: N8nRun) {
	say('\n== ImagineArt monthly plan (30 images/day at 24, 10 videos/day at 210, 22 days)');
	const [estimate] = outputOf(run, 'Estimate Monthly Plan');
	say(
		`  needed: ${get(estimate, 'creditEstimate.base')} credits before the buffer, ${get(estimate, 'creditEstimate.min')}–${get(estimate, 'creditEstimate.max')} with 20–30 %`,
	);
	const [balance] = outputOf(run, 'Check ImagineArt Balance');
	const breakdown = get(balance, 'creditBalance.breakdown');
	say(
		`  balance of organization ${get(balance, 'creditBalance.organizationId')}: ${get(balance, 'creditBalance.remaining')} ` +
			(breakdown
				? JSON.stringify(breakdown)
				: `(token entries as ImagineArt sent them, kinds not told apart: ${JSON.stringify(get(balance, 'creditBalance.tokens'))})`),
	);
	const [gated] = [...outputOf(run, 'Credit Gate', 0), ...outputOf(run, 'Credit Gate', 1)];
	say(`  gate: ${get(gated, 'creditGate.reason')}`);
	const plan = get(gated, 'creditGate.drawPlan');
	if (plan) say(`  drawn free → subscription → top-up: ${JSON.stringify(plan)}`);
}

async function main() {
	installN8n();
	// Gamma: enough for most of the batch, not all, so the gate has work to do. ImagineArt: a
	// plan that covers the month, so the draw order shows.
	const sandbox = await startSandbox({
		initialCredits: { gamma: 400, imagineArt: { free: 100, subscription: 60000, topUp: 25000 } },
	});
	const folder = tempFolder('demo');
	say(`Provider sandbox (Gamma, Stability AI, ImagineArt) at ${sandbox.url}`);
	let server: N8nServer | undefined;
	try {
		const n8n = new N8n(folder, { label: 'demo' });
		n8n.customExtensions = await CUSTOM_EXTENSIONS.install(n8n, folder);
		const credentials = sandboxCredentials(sandbox);
		await n8n.importCredentials(credentials);
		const examples = loadExamples().filter((example) => example.name in DEMO_EXAMPLES);
		await n8n.importWorkflows(
			examples.map((example) =>
				prepareExample(example, { prefix: 'CUSTOM', credentials, sandbox }),
			),
		);
		say(`Imported ${examples.length} example workflows and 3 sandbox credentials; starting n8n…`);
		server = await n8n.start();
		await server.setupOwner();
		await server.login();
		const show: Record<string, (run: N8nRun) => void> = {
			'scheduled-balance-alert': balanceAlert,
			'batch-deck-generation': deckBatch,
			'imagineart-monthly-plan': monthlyPlan,
		};
		for (const [name, trigger] of Object.entries(DEMO_EXAMPLES)) {
			const { run } = await server.runManually(exampleWorkflowId(name), trigger, 120_000);
			failOn(run, name);
			show[name](run);
		}
		say(`\n${sandbox.requests.length} requests reached the sandbox; none left this machine.`);
		say('To open these workflows in the n8n editor: npm run editor');
	} finally {
		await server?.stop();
		await sandbox.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
