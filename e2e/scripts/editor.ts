/**
 * npm run editor [-- --port 5678 --sandbox-port 5690]: the real n8n editor on 127.0.0.1 with this
 * package's packed tarball loaded as a custom extension (N8N_CUSTOM_EXTENSIONS; `npm run build`
 * and a restart pick up a change), the provider sandbox running, one credential per provider pointing at it, and the
 * examples imported, the spend examples on a Data Table "AI credit spend" (created on the first
 * run). Prints the URL and the owner's sign-in; runs until Ctrl-C.
 *
 * n8n keeps its data in .n8n-e2e/editor/ (git-ignored) between runs; the credentials and the
 * examples are imported again at each start (an edited example is overwritten: save your own
 * work as a new workflow).
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { DataTables, pointAtTable, SPEND_EXAMPLES, SPEND_TABLE } from '../support/dataTables';
import { exampleWorkflowId } from '../support/examples';
import { CUSTOM_EXTENSIONS, prepareInstance } from '../support/instance';
import { OWNER, type N8nServer } from '../support/n8n';
import { N8N_VERSION, PACKAGE_ROOT } from '../support/paths';

const USAGE = 'usage: npm run editor -- [--port N] [--sandbox-port N]';

function parseArgs(args: string[]): { port: number; sandboxPort: number } {
	const options = { port: 5678, sandboxPort: 5690 };
	for (let index = 0; index < args.length; index += 2) {
		const [flag, value] = [args[index], Number(args[index + 1])];
		if (!Number.isInteger(value) || value <= 0 || value > 65535) {
			throw new Error(`${flag} needs a port number\n${USAGE}`);
		}
		if (flag === '--port') options.port = value;
		else if (flag === '--sandbox-port') options.sandboxPort = value;
		else throw new Error(`unknown option ${flag}\n${USAGE}`);
	}
	return options;
}

function assertPortFree(port: number, flag: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () =>
			reject(new Error(`Port ${port} is in use: pick another with ${flag} N`)),
		);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

async function main(): Promise<void> {
	const { port, sandboxPort } = parseArgs(process.argv.slice(2));
	await assertPortFree(port, '--port');
	await assertPortFree(sandboxPort, '--sandbox-port');
	const folder = path.join(PACKAGE_ROOT, '.n8n-e2e', 'editor');
	console.log(`Preparing n8n ${N8N_VERSION} in ${path.relative(PACKAGE_ROOT, folder)}/ ...`);
	const instance = await prepareInstance(folder, CUSTOM_EXTENSIONS, {
		sandbox: { port: sandboxPort },
	});
	let server: N8nServer | undefined;
	let stopping = false;
	const stop = async (code: number): Promise<never> => {
		if (!stopping) {
			stopping = true;
			console.log('\nStopping n8n and the sandbox ...');
			await server?.stop();
			await instance.close({ keepFolder: true });
		}
		process.exit(code);
	};
	process.once('SIGINT', () => void stop(0));
	process.once('SIGTERM', () => void stop(0));
	try {
		server = await instance.n8n.start({ port });
		const owner = await server.ensureOwner();
		const tableId = await spendTable(server);
		const { sandbox } = instance;
		console.log(`
n8n ${N8N_VERSION} editor:  ${server.url}
  sign in:          ${OWNER.email} / ${OWNER.password}${owner === 'created' ? '   (owner just created)' : ''}
  package:          ${instance.n8n.customExtensions} (packed from ${PACKAGE_ROOT}; node types CUSTOM.aiCredits, CUSTOM.creditGate, CUSTOM.aiCreditsTrigger)
  credentials:      ${instance.credentials.map((credential) => credential.name).join(', ')}
  examples:         ${[...instance.workflows.values()].map((workflow) => workflow.name).join('\n                    ')}
  data table:       "${SPEND_TABLE.name}" (${tableId}), used by ${SPEND_EXAMPLES.join(', ')}; their email goes to 127.0.0.1:1025 (e.g. Mailpit)
  provider sandbox: ${sandbox.url} (Gamma ${sandbox.baseUrls.gamma}, Stability AI ${sandbox.baseUrls.stabilityAi}, ImagineArt ${sandbox.baseUrls.imagineArt})
  n8n's log:        ${server.logFile}

After a change to the package: npm run build, then Ctrl-C and npm run editor again.
Press Ctrl-C to stop.`);
		const ended = await server.whenExited();
		if (!stopping) {
			console.error(`n8n ${ended} (see ${server.logFile})`);
			await stop(1);
		}
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		await stop(1);
	}
}

/** The spend examples' Data Table, kept between runs; the examples, imported again, point at it. */
async function spendTable(server: N8nServer): Promise<string> {
	const tables = await DataTables.of(server);
	const found = (await tables.list()).find((table) => table.name === SPEND_TABLE.name);
	const tableId = found?.id ?? (await tables.create(SPEND_TABLE.name, SPEND_TABLE.columns));
	for (const name of SPEND_EXAMPLES) await pointAtTable(server, exampleWorkflowId(name), tableId);
	return tableId;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
