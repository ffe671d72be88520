/**
 * Fuzz: providers that echo the key back. A stand-in provider on 127.0.0.1 answers every request
 * with an error (400, 401, 403, 404 or 422, picked by fast-check) whose body holds the key
 * whole, masked (`sk-Gm7Zq8Rw3T...HyM6`) and in pieces, in the fields providers use (`message`,
 * `error`, `errors[]`, `detail`). Nothing the run stores may hold the key or an 8-character piece
 * of it; the error stays clear and the items are kept.
 */
import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useSandbox } from '../engine/sandboxLifecycle';
import { packageNode } from '../engine/workflows';
import { SEED } from './arbitraries';
import { addFuzzAccounts, Findings, FUZZ_KEYS, fuzzCredentials, MODES, runBatch } from './harness';

const sandbox = useSandbox();
beforeEach(() => addFuzzAccounts(sandbox));

let echo: Server;
let echoUrl = '';
let reply = { status: 401, shape: 0 };

beforeAll(async () => {
	echo = createServer((request, response) => {
		const header = request.headers['x-api-key'] ?? request.headers.authorization ?? '';
		const key = String(header).replace(/^Bearer\s+/i, '');
		const masked = `${key.slice(0, 12)}...${key.slice(-4)}`;
		const bodies = [
			{ message: `Invalid API key: ${key}` },
			{ error: `key ${masked} is not valid`, statusCode: reply.status },
			{ name: 'unauthorized', errors: [`Bad key ${key}`, `Masked ${masked}`], id: 'e1' },
			{ detail: { key, hint: key.slice(4, 16) }, message: 'Denied' },
		];
		response.writeHead(reply.status, { 'content-type': 'application/json' });
		response.end(JSON.stringify(bodies[reply.shape % bodies.length]));
	});
	await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
	echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(async () => await new Promise((resolve) => echo.close(resolve)));

const OPERATIONS = [
	{ resource: 'gamma', operation: 'checkBalance' },
	{ resource: 'gamma', operation: 'getGeneration', generationId: 'gen-0001' },
	{ resource: 'gamma', operation: 'generateDeck', inputText: 'Echo', waitForCompletion: false },
	{ resource: 'stabilityAi', operation: 'checkBalance' },
	{ resource: 'imagineArt', operation: 'checkBalance', authentication: 'apiKey' },
];

describe('fuzz: a provider that echoes the key', () => {
	it("every operation that calls a provider, and the gate's live check, in each mode", async () => {
		const findings = new Findings();
		const credentials = () =>
			fuzzCredentials(sandbox, {
				aiCreditsGammaApi: { apiKey: FUZZ_KEYS.gamma, baseUrl: echoUrl },
				aiCreditsStabilityAiApi: { apiKey: FUZZ_KEYS.stabilityAi, baseUrl: echoUrl },
				aiCreditsImagineArtApi: { apiKey: 'vk-Hq7Lm2Xc9Rt4Wb8Nz3Kp', baseUrl: echoUrl },
			});
		const target = fc.oneof(
			fc
				.constantFrom(...OPERATIONS)
				.map((parameters) => ({ type: 'aiCredits' as const, parameters })),
			fc.constantFrom('gamma', 'stabilityAi').map((balanceFrom) => ({
				type: 'creditGate' as const,
				parameters: { balanceFrom } as Record<string, unknown>,
			})),
		);
		for (const mode of MODES) {
			await fc.assert(
				fc.asyncProperty(
					target,
					fc.constantFrom(400, 401, 403, 404, 422),
					fc.nat(3),
					async ({ type, parameters }, status, shape) => {
						reply = { status, shape };
						const node = packageNode('Node', type, parameters as never);
						const rows = [0, 1, 2].map((row) => ({
							row,
							creditEstimate: { provider: 'gamma', min: 1, expected: 1, max: 1 },
						}));
						await runBatch(
							{
								label: `${type} ${JSON.stringify(parameters)}`,
								node,
								rows,
								mode,
								credentials: credentials(),
								shrink: false,
							},
							findings,
						);
					},
				),
				{ seed: SEED, numRuns: 15 },
			);
		}
		expect(findings.cases).toBeGreaterThanOrEqual(45);
		expect(await findings.report()).toEqual([]);
	});
});
