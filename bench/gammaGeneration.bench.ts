/**
 * Issue 5: Generate Deck against a sandbox generation that completes T seconds after it is
 * started, polled every `interval` seconds: requests per deck, how soon after completion the
 * node returns, and 10 decks at concurrency 5 against concurrency 1.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../test/sandbox/server';
import { runWorkflow } from '../test/engine/runWorkflow';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../test/engine/workflows';

const T_SECONDS = 3;
const INTERVAL_SECONDS = 1;

async function generate(sandbox: Sandbox, decks: number, concurrency: number) {
	sandbox.reset();
	const rows: IDataObject[] = Array.from({ length: decks }, (_, i) => ({ topic: `Deck ${i + 1}` }));
	const node = packageNode('Gamma', 'aiCredits', {
		resource: 'gamma',
		operation: 'generateDeck',
		inputText: '={{ $json.topic }}',
		numCards: 3,
		runOptions: { pollIntervalSeconds: INTERVAL_SECONDS, concurrency },
	});
	const result = await runWorkflow(chain(manualTrigger(), fixedItems('Rows', rows), node), {
		credentials: sandboxCredentials(sandbox),
	});
	const returnedAt = Date.now();
	if (result.error) throw new Error(result.error.message);
	const task = result.run.data.resultData.runData.Gamma[0];
	return { returnedAt, nodeMs: task.executionTime, generations: sandbox.gammaGenerations() };
}

export async function benchGammaGeneration(): Promise<void> {
	const sandbox = await startSandbox({ gammaCompletionDelayMs: T_SECONDS * 1000 });
	try {
		const single = await generate(sandbox, 1, 1);
		const requests = sandbox.countRequests({ provider: 'gamma' });
		const completedAt = single.generations[0].createdAt + T_SECONDS * 1000;
		const lagMs = single.returnedAt - completedAt;

		const sequential = await generate(sandbox, 10, 1);
		const parallel = await generate(sandbox, 10, 5);
		const t = T_SECONDS * 1000;
		const line = (label: string, value: string, target: string) =>
			`  ${label.padEnd(44)} ${value.padStart(12)}   target ${target}\n`;
		process.stdout.write(
			`\nGenerate Deck, sandbox generation done after T = ${T_SECONDS} s, poll interval ${INTERVAL_SECONDS} s\n` +
				line(
					'requests per deck (POST + polls)',
					String(requests),
					`≤ ${T_SECONDS / INTERVAL_SECONDS + 2}`,
				) +
				line(
					'completion → node returns',
					`${(lagMs / 1000).toFixed(2)} s`,
					`≤ ${INTERVAL_SECONDS} s`,
				) +
				line('10 decks, concurrency 1', `${(sequential.nodeMs / t).toFixed(2)} T`, '≈ 10 T') +
				line('10 decks, concurrency 5', `${(parallel.nodeMs / t).toFixed(2)} T`, '≤ 2.3 T') +
				`  concurrency 5 is ${(sequential.nodeMs / parallel.nodeMs).toFixed(2)}× faster than 1\n`,
		);
	} finally {
		await sandbox.close();
	}
}
