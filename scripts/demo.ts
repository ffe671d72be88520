/**
 * The README's first command: starts the provider sandbox and runs sample workflows through
 * n8n's own execution engine with this package's built nodes, printing what came out.
 * No API key needed: every request goes to the sandbox on 127.0.0.1.
 */
import { runWorkflow, shutdownEngine, type WorkflowResult } from '../test/engine/runWorkflow';
import { chain, manualTrigger, packageNode, sandboxCredentials } from '../test/engine/workflows';
import { startSandbox, type Sandbox } from '../test/sandbox/server';

function heading(title: string) {
	process.stdout.write(`\n== ${title}\n`);
}

function failIfError(name: string, result: WorkflowResult) {
	if (result.error) throw new Error(`${name} failed: ${result.error.message}`);
}

async function balances(sandbox: Sandbox) {
	heading('Check Balance on all three providers (one request per provider)');
	for (const resource of ['gamma', 'stabilityAi', 'imagineArt'] as const) {
		const name = `${resource} balance`;
		const result = await runWorkflow(
			chain(
				manualTrigger(),
				packageNode(name, 'aiCredits', { resource, operation: 'checkBalance' }),
			),
			{ credentials: sandboxCredentials(sandbox) },
		);
		failIfError(name, result);
		const balance = result.outputs[name][0][0].json.creditBalance as Record<string, unknown>;
		const breakdown = balance.breakdown ? `  ${JSON.stringify(balance.breakdown)}` : '';
		process.stdout.write(
			`  ${resource.padEnd(12)} ${String(balance.remaining).padStart(10)} credits${breakdown}\n`,
		);
	}
}

async function main() {
	const sandbox = await startSandbox({ gammaCompletionDelayMs: 1500 });
	process.stdout.write(`Sandbox for Gamma, Stability AI and ImagineArt at ${sandbox.url}\n`);
	try {
		await balances(sandbox);
		process.stdout.write(
			`\n${sandbox.requests.length} requests reached the sandbox; none left this machine.\n`,
		);
	} finally {
		await sandbox.close();
		await shutdownEngine();
	}
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
