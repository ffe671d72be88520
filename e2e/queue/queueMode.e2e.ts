/**
 * The package in n8n's queue mode (https://docs.n8n.io/hosting/scaling/queue-mode/), as it runs
 * when users scale past one machine: PostgreSQL and Redis on 127.0.0.1, n8n main (webhooks,
 * pollers, REST) and two workers that run the production executions, the package unpacked from
 * its tarball as N8N_CUSTOM_EXTENSIONS for all of them, the sandbox standing in for Gamma.
 *
 * 1. Ten webhook calls at once, three decks each, gated on a balance that covers ten decks: what
 *    the gates let through, what Gamma charged and refused, and whether every charged deck is
 *    visible in some execution; once as is, once with Generate Deck re-checking the live balance
 *    before each spend. Both measured into .tmp/queue-measure.json.
 * 2. The balance alert across a restart of main: a drop below the threshold while main is down
 *    must still alert once main is back.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { GAMMA_BALANCE_PROBE_ID } from '../../nodes/shared/providers/gamma/balance';
import { startSandbox, type Sandbox } from '../../test/sandbox/server';
import { sandboxCredentials, type CredentialJson, type WorkflowJson } from '../support/examples';
import type { Execution } from '../support/n8n';
import { packPackage, unpackPackage } from '../support/packageInstall';
import { assertBuilt, N8N_VERSION, tempFolder } from '../support/paths';
import { waitFor } from '../support/processes';
import { outputOf, ran, type Json } from '../support/runData';
import { Cluster } from './cluster';
import { formatTable, measureBatch, recordMeasurement, type BatchMeasurement } from './measure';
import { ALERT_TRIGGER, balanceAlert, deckBatch, GENERATE_DECK, type DeckBatch } from './workflows';

const SETUP_TIMEOUT_MS = 300_000;
const BATCH_TIMEOUT_MS = 150_000;
const ALERT_TIMEOUT_MS = 200_000;

const WORKERS = 2;
const WORKER_CONCURRENCY = 5;
const CALLS = 10;
const STARTING_BALANCE = 1000;
/**
 * Long enough that the decks of all ten calls are pending at once. Generate Deck first polls 5 s
 * after each POST (deck-batch.json), so every deck of the first wave has settled by then however
 * the workers spread their starts (up to 2 s): the counts do not depend on that timing.
 */
const GAMMA_COMPLETION_DELAY_MS = 3000;

/** The alert's own Gamma account, so the batches do not move its balance. */
const ALERT_KEY = 'sk-gamma-sandbox-queue-alert-0002';
const POLL_MS = 10_000;
const THRESHOLD = 500;
const BELOW = 400;
const ABOVE = 1000;

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

describe(`the package in n8n ${N8N_VERSION} queue mode (PostgreSQL, Redis, main and ${WORKERS} workers)`, () => {
	const runStartedAt = new Date().toISOString();
	const timings: Array<[string, number]> = [];
	const measured: Array<[string, BatchMeasurement]> = [];
	let sandbox: Sandbox | undefined;
	let cluster: Cluster | undefined;
	let folder: string | undefined;
	let extension = '';
	let batches: { plain: DeckBatch; recheck: DeckBatch };
	let alert: WorkflowJson;

	function running(): { cluster: Cluster; sandbox: Sandbox } {
		if (!cluster || !sandbox) throw new Error('The cluster did not start (see beforeAll)');
		return { cluster, sandbox };
	}

	beforeAll(async () => {
		const started = Date.now();
		assertBuilt();
		sandbox = await startSandbox({
			gammaCompletionDelayMs: GAMMA_COMPLETION_DELAY_MS,
			initialCredits: { gamma: STARTING_BALANCE },
		});
		sandbox.addAccount('gamma', ALERT_KEY, ABOVE);
		folder = tempFolder('queue');
		// As CUSTOM_EXTENSIONS loads it (e2e/support/instance.ts), one folder for every process.
		extension = await unpackPackage(await packPackage(folder), path.join(folder, 'extension'));

		const gamma = sandboxCredentials(sandbox).find(({ type }) => type === 'aiCreditsGammaApi');
		if (!gamma) throw new Error('No Gamma credential among the sandbox credentials');
		const alertCredential: CredentialJson = {
			...gamma,
			id: 'queueAlertGamma0',
			name: 'Gamma sandbox (balance alert account)',
			data: { ...gamma.data, apiKey: ALERT_KEY },
		};
		batches = {
			plain: deckBatch(gamma, sandbox, { recheck: false }),
			recheck: deckBatch(gamma, sandbox, { recheck: true }),
		};
		alert = balanceAlert(alertCredential, sandbox);

		cluster = await Cluster.start({
			folder: path.join(folder, 'cluster'),
			customExtensions: extension,
			credentials: [gamma, alertCredential],
			workflows: [batches.plain.workflow, batches.recheck.workflow, alert],
			workers: WORKERS,
			concurrency: WORKER_CONCURRENCY,
		});
		const { postgresAndRedisMs, importMs, mainMs, workersMs } = cluster.timings;
		timings.push(
			['setup: PostgreSQL and Redis', postgresAndRedisMs],
			['setup: import credentials and workflows (CLI)', importMs],
			['setup: n8n main ready', mainMs],
			[`setup: ${WORKERS} workers ready`, workersMs],
			['setup in all', Date.now() - started],
		);
	}, SETUP_TIMEOUT_MS);

	afterAll(async () => {
		const keepFolder = process.env.AI_CREDITS_E2E_KEEP === '1';
		if (keepFolder && cluster) console.log(`queue mode logs:\n${cluster.logFiles().join('\n')}`);
		const closing = Date.now();
		try {
			await cluster?.close({ keepFolder });
		} finally {
			await sandbox?.close();
			if (folder && !keepFolder) rmSync(folder, { recursive: true, force: true });
			timings.push(['teardown', Date.now() - closing]);
			console.log(
				`queue mode timings:\n${timings.map(([what, ms]) => `  ${what}: ${seconds(ms)}`).join('\n')}`,
			);
		}
	}, 60_000);

	/** The finished executions of a workflow once there are `count` of them, oldest first. */
	async function finishedExecutions(
		workflowId: string,
		count: number,
		timeoutMs: number,
	): Promise<Execution[]> {
		const { cluster } = running();
		const ids = await waitFor(
			`${count} finished executions of ${workflowId}`,
			async () => {
				const all = await cluster.main.executions(workflowId);
				const done = all.filter(({ status }) => !['new', 'running', 'waiting'].includes(status));
				return done.length >= count ? done.map(({ id }) => id) : undefined;
			},
			{ timeoutMs, intervalMs: 500 },
		);
		const executions = await Promise.all(
			ids.map((id) =>
				waitFor(`execution ${id}'s run data`, () => cluster.main.execution(id), {
					timeoutMs: 30_000,
				}),
			),
		);
		return executions.sort((a, b) => Number(a.id) - Number(b.id));
	}

	async function runBatch(name: string, batch: DeckBatch): Promise<BatchMeasurement> {
		const { cluster, sandbox } = running();
		const started = Date.now();
		const key = sandbox.keys.gamma;
		sandbox.setCredits('gamma', key, STARTING_BALANCE);
		await cluster.main.activate(batch.workflow.id!);
		const since = Date.now();
		const answers = await Promise.all(
			Array.from({ length: CALLS }, async (_, call) => {
				const response = await fetch(`${cluster.main.url}/webhook/${batch.webhookPath}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ call: call + 1 }),
				});
				await response.text();
				return response.status;
			}),
		);
		expect(answers).toEqual(Array(CALLS).fill(200));
		const executions = await finishedExecutions(batch.workflow.id!, CALLS, 120_000);
		const wallMs = Date.now() - since;
		const runners = cluster.runners(executions.map(({ id }) => id));
		const measurement = measureBatch({
			executions,
			runners,
			sandbox,
			apiKey: key,
			startingBalance: STARTING_BALANCE,
			since,
			wallMs,
		});
		measured.push([name, measurement]);
		recordMeasurement(runStartedAt, name, measurement);
		const deckOutput = (execution: Execution, output: number) =>
			ran(execution.run, GENERATE_DECK) ? outputOf(execution.run, GENERATE_DECK, output) : [];
		const lines = executions.map((execution) => {
			const enqueued = cluster.enqueued(execution.id) ? 'enqueued by main' : 'NOT enqueued by main';
			return `  execution ${execution.id}: ${execution.status} on ${runners.get(execution.id)} (${enqueued}); Generate Deck ${deckOutput(execution, 0).length} generated, ${deckOutput(execution, 1).length} refused or failed`;
		});
		// What n8n keeps of an item routed to the error output.
		const [refused] = executions.flatMap((execution) => deckOutput(execution, 1));
		if (refused) {
			lines.push(
				`  an item on the error output: fields ${Object.keys(refused).join(', ')}; error ${JSON.stringify(refused.error).slice(0, 300)}`,
			);
		}
		console.log(`${name}:\n${lines.join('\n')}\n\n${formatTable(measured)}`);
		timings.push([
			`${name} (activate, ${CALLS} calls, all finished, read back)`,
			Date.now() - started,
		]);

		// Production executions go to the workers, and both took some.
		for (const execution of executions) {
			expect(`${execution.id}: ${execution.status}`).toBe(`${execution.id}: success`);
			expect(`${execution.id}: ${runners.get(execution.id)}`).toMatch(/: worker \d+$/);
			expect(`${execution.id}: ${cluster.enqueued(execution.id)}`).toBe(`${execution.id}: true`);
		}
		expect(Object.keys(measurement.ranOn).sort()).toEqual(
			Array.from({ length: WORKERS }, (_, index) => `worker ${index + 1}`),
		);
		// Every item the gates let through comes out of Generate Deck on one of its outputs.
		expect(measurement.generateDeckOutput.main + measurement.generateDeckOutput.error).toBe(
			measurement.gatesPassedItems,
		);
		// Every deck Gamma charged for is on some execution's Generate Deck output, with its id.
		expect(measurement.chargedButNotVisible).toEqual([]);
		// Each refusal says who refused, and nothing else failed.
		const { errorOutput } = measurement;
		expect(errorOutput.other).toBe(0);
		expect(errorOutput.refusedAtPost).toBe(measurement.refusedAtPost);
		expect(errorOutput.refusedAtCompletion).toBe(measurement.refusedAtCompletion);
		expect(errorOutput.recheck).toBe(measurement.sentNothing);
		// The ledger never goes below 0.
		expect(measurement.lowestBalance).toBeGreaterThanOrEqual(0);
		expect(measurement.creditsCharged).toBeLessThanOrEqual(STARTING_BALANCE);
		expect(measurement.decksCharged).toBeGreaterThan(0);
		return measurement;
	}

	it(
		`${CALLS} webhook calls at once run on both workers; every deck Gamma charged for is on an execution's output`,
		async () => {
			await runBatch('without re-check', batches.plain);
		},
		BATCH_TIMEOUT_MS,
	);

	it(
		'the same batch re-checking the live balance before each spend: what Gamma would refuse at the request is not sent',
		async () => {
			const withRecheck = await runBatch('with re-check', batches.recheck);
			const without = measured.find(([name]) => name === 'without re-check')?.[1];
			if (!without) throw new Error('The run without re-check did not measure; nothing to compare');
			// Without it, the third deck of each run is sent after the balance hit 0 and refused.
			expect(without.refusedAtPost).toBeGreaterThan(0);
			expect(without.sentNothing).toBe(0);
			// With it, the node refuses (sending nothing) what no longer fits when its turn comes.
			expect(withRecheck.sentNothing).toBeGreaterThan(0);
			expect(withRecheck.refusedAtPost).toBeLessThan(without.refusedAtPost);
			expect(withRecheck.postsSent).toBeLessThan(without.postsSent);
			// What it cannot see: other runs' decks in flight (Gamma charges at completion), so
			// those are still refused by Gamma when they run; the table shows how many.
			expect(withRecheck.refusedAtCompletion).toBeLessThanOrEqual(without.refusedAtCompletion);
		},
		BATCH_TIMEOUT_MS,
	);

	it(
		'a drop below the threshold while main is down still alerts after the restart (possibleRepeat)',
		async () => {
			const { cluster, sandbox } = running();
			const started = Date.now();
			const alertId = alert.id!;
			const polls = () =>
				sandbox.requests.filter(
					(request) =>
						request.provider === 'gamma' &&
						request.method === 'GET' &&
						request.path === `/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}` &&
						request.headers['x-api-key'] === ALERT_KEY,
				).length;
			const alerts = async () => (await cluster.main.executions(alertId)).length;
			const log: string[] = [];
			const note = (text: string) => log.push(`  ${seconds(Date.now() - started)}: ${text}`);
			try {
				sandbox.setCredits('gamma', ALERT_KEY, ABOVE);
				await cluster.main.activate(alertId);
				note(`activated at ${ABOVE} (polls so far: ${polls()})`);

				sandbox.setCredits('gamma', ALERT_KEY, BELOW);
				const [first] = await finishedExecutions(alertId, 1, 3 * POLL_MS);
				const [firstAlert] = outputOf(first.run, ALERT_TRIGGER);
				note(
					`set ${BELOW}: alert 1 (execution ${first.id} on ${cluster.runners([first.id]).get(first.id)}), remaining ${firstAlert.remaining}`,
				);
				expect(firstAlert).toMatchObject({ remaining: BELOW, threshold: THRESHOLD });

				// Back above the re-arm line: the trigger re-arms, in memory only (n8n saves a poller's
				// static data when it fires and at activation: packages/cli/src/active-workflow-manager.ts).
				sandbox.setCredits('gamma', ALERT_KEY, ABOVE);
				const before = polls();
				await waitFor(
					'two polls at the recovered balance',
					async () => (polls() >= before + 2 ? true : undefined),
					{ timeoutMs: 3 * POLL_MS + 5_000 },
				);
				note(`set ${ABOVE}: ${polls() - before} polls, ${(await alerts()) - 1} new alerts`);
				expect(await alerts()).toBe(1);

				// The drop happens while main is down. Main polls once as it activates the workflow at
				// startup (n8n-core's ActiveWorkflows.activatePolling) and sees it, with the state of the
				// last firing. (A drop after the restart is caught: that first poll reads the recovered
				// balance, re-arms, and activation saves it.)
				const stopping = Date.now();
				await cluster.stopMain();
				const pollsAtRestart = polls();
				sandbox.setCredits('gamma', ALERT_KEY, BELOW);
				await cluster.startMain();
				const restarted = Date.now();
				note(
					`main stopped, balance set to ${BELOW}, main started again (${seconds(restarted - stopping)})`,
				);
				timings.push(['restart of main', restarted - stopping]);

				let second: Execution | undefined;
				try {
					[, second] = await finishedExecutions(alertId, 2, 3 * POLL_MS + 5_000);
				} catch {
					note(
						`no second alert after ${polls() - pollsAtRestart} polls at ${BELOW} since the restart`,
					);
					throw new Error(
						`No alert within 3 polls of main coming back with the balance at ${BELOW} (below ${THRESHOLD}): the trigger resumed from the state saved at its last firing (disarmed) and missed the drop`,
					);
				}
				const [secondAlert] = outputOf(second.run, ALERT_TRIGGER) as Json[];
				note(
					`alert 2 (execution ${second.id} on ${cluster.runners([second.id]).get(second.id)}): remaining ${secondAlert.remaining}, possibleRepeat ${JSON.stringify(secondAlert.possibleRepeat)}`,
				);
				expect(secondAlert).toMatchObject({ remaining: BELOW, possibleRepeat: true });
			} finally {
				timings.push(['balance alert across a restart', Date.now() - started]);
				console.log(`balance alert across a restart of main:\n${log.join('\n')}`);
			}
		},
		ALERT_TIMEOUT_MS,
	);
});
