import { startSandbox } from './server';
import type { SandboxOptions } from './types';

const USAGE = 'usage: ts-node --transpile-only test/sandbox/cli.ts [--port N] [--gamma-delay-ms N]';

const AUTH_HEADERS: Record<'gamma' | 'stabilityAi', (key: string) => string> = {
	gamma: (key) => `X-API-KEY: ${key}`,
	stabilityAi: (key) => `Authorization: Bearer ${key}`,
};

function parseArgs(args: string[]): SandboxOptions {
	const options: SandboxOptions = {};
	for (let index = 0; index < args.length; index += 2) {
		const [flag, value] = [args[index], args[index + 1]];
		const number = Number(value);
		if (value === undefined || !Number.isInteger(number) || number < 0) {
			throw new Error(`${flag} needs a non-negative integer\n${USAGE}`);
		}
		if (flag === '--port') options.port = number;
		else if (flag === '--gamma-delay-ms') options.gammaCompletionDelayMs = number;
		else throw new Error(`unknown option ${flag}\n${USAGE}`);
	}
	return options;
}

async function main(): Promise<void> {
	const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
	console.log(`AI credits sandbox listening on ${sandbox.url}`);
	for (const provider of ['gamma', 'stabilityAi'] as const) {
		const header = AUTH_HEADERS[provider](sandbox.keys[provider]);
		console.log(`  ${provider.padEnd(12)} ${sandbox.baseUrls[provider].padEnd(40)} ${header}`);
	}
	// ImagineArt takes OAuth2 access tokens; this one lasts an hour (refresh at the token URL).
	const tokens = sandbox.issueImagineArtTokens();
	const urls = sandbox.imagineArtUrls;
	console.log(`  ${'imagineArt'.padEnd(12)} ${urls.api.padEnd(40)} Authorization: Bearer <access>`);
	console.log(`    teams ${urls.teams}  org_id ${sandbox.imagineArtOrgId}`);
	console.log(`    authorize ${urls.authorize}  token ${urls.token}  register ${urls.register}`);
	console.log(`    client_id ${sandbox.imagineArtClientId}`);
	console.log(`    access ${tokens.accessToken}`);
	console.log(`    refresh ${tokens.refreshToken}`);
	const stop = (): void => {
		sandbox.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
