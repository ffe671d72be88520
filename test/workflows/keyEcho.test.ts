/**
 * A provider that echoes the API key in an error body (whole, and masked): nothing n8n stores of
 * the execution holds it, the raw body kept on the NodeApiError included. The sandbox has no
 * echo fault, so a server on 127.0.0.1 plays the provider.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INode } from 'n8n-workflow';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../engine/workflows';

const sandbox = useSandbox();
const KEY = 'sk-Echo4f9QzX12bT7wLm0pR8vY3n';
const MASKED = `${KEY.slice(0, 12)}...${KEY.slice(-4)}`;

let server: Server;
let baseUrl: string;

beforeAll(async () => {
	server = createServer((_request, response) => {
		response.writeHead(400, { 'content-type': 'application/json' });
		response.end(
			JSON.stringify({
				message: `Invalid API key ${KEY}`,
				error: { hint: `key ${MASKED} is not valid`, keys: [KEY] },
			}),
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));

const leaks = (stored: string) =>
	[KEY, KEY.slice(0, 12), KEY.slice(8, 20), KEY.slice(-10)].filter((piece) =>
		stored.includes(piece),
	);

async function run(node: INode) {
	const result = await runWorkflow(chain(manualTrigger(), fixedItems('Rows', [{ a: 1 }]), node), {
		credentials: sandboxCredentials(sandbox, {
			aiCreditsStabilityAiApi: { apiKey: KEY, baseUrl },
		}),
	});
	return { ...result, stored: JSON.stringify(result.run) };
}

describe('a provider body that echoes the key', () => {
	const checkBalance = () =>
		packageNode('Balance', 'aiCredits', { resource: 'stabilityAi', operation: 'checkBalance' });

	it('a failed run stores the error without the key, whole or masked', async () => {
		const { error, stored } = await run(checkBalance());
		expect(error).toBeDefined();
		expect(String(error?.message)).toMatch(/Stability AI answered 400/);
		expect(leaks(stored)).toEqual([]);
		expect(
			leaks(JSON.stringify({ ...error, message: error?.message, stack: error?.stack })),
		).toEqual([]);
	});

	it('under continue-on-fail the error item holds no key either', async () => {
		const { outputs, error, stored } = await run({
			...checkBalance(),
			onError: 'continueErrorOutput',
		});
		expect(error).toBeUndefined();
		expect(outputs.Balance[1]).toHaveLength(1);
		expect(leaks(stored)).toEqual([]);
		const kept = outputs.Balance[1][0].error as unknown as Record<string, unknown> | undefined;
		const fields = ['message', 'description', 'messages', 'errorResponse', 'context', 'stack'];
		expect(leaks(JSON.stringify(fields.map((field) => kept?.[field])))).toEqual([]);
	});
});
