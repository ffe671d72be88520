import { PACKAGE_VERSION } from '../../nodes/shared/transport/userAgent';
import { testCredential } from '../engine/credentialTest';
import { runListSearch } from '../engine/listSearch';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import { DEFAULT_STABILITY_ORG_ID, SECOND_STABILITY_ORG_ID } from '../sandbox/server';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../engine/workflows';

const sandbox = useSandbox();

const checkBalance = () =>
	packageNode('Stability Balance', 'aiCredits', {
		resource: 'stabilityAi',
		operation: 'checkBalance',
	});

describe('AI Credits › Stability AI › Check Balance (real n8n engine, sandbox over HTTP)', () => {
	it('adds the sandbox balance to every item, with pairedItem, in one request', async () => {
		sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 123.456789);
		const rows = [{ row: 1 }, { row: 2 }, { row: 3 }];
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', rows), checkBalance()),
			{ credentials: sandboxCredentials(sandbox) },
		);

		expect(error).toBeUndefined();
		const items = outputs['Stability Balance'][0];
		expect(items).toHaveLength(3);
		items.forEach((item, index) => {
			expect(item.json.row).toBe(index + 1);
			expect(item.json.creditBalance).toEqual({
				provider: 'stabilityAi',
				remaining: 123.456789,
				checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				source: 'balanceEndpoint',
			});
			expect(item.pairedItem).toEqual({ item: index });
		});
		expect(sandbox.countRequests({ provider: 'stabilityAi', path: '/v1/user/balance' })).toBe(1);
	});

	it('authenticates with a Bearer header and sends no empty Organization header', async () => {
		await runWorkflow(chain(manualTrigger(), checkBalance()), {
			credentials: sandboxCredentials(sandbox),
		});
		const [request] = sandbox.requests.filter((r) => r.provider === 'stabilityAi');
		expect(request.headers.authorization).toBe(`Bearer ${sandbox.keys.stabilityAi}`);
		expect(request.headers).not.toHaveProperty('organization');
	});

	it('sends the Organization header when the credential names one', async () => {
		await runWorkflow(chain(manualTrigger(), checkBalance()), {
			credentials: sandboxCredentials(sandbox, {
				aiCreditsStabilityAiApi: { organization: 'org-42' },
			}),
		});
		const [request] = sandbox.requests.filter((r) => r.provider === 'stabilityAi');
		expect(request.headers.organization).toBe('org-42');
	});

	it('names the client as Stability AI asks (Stability-Client-ID and -Version)', async () => {
		await runWorkflow(chain(manualTrigger(), checkBalance()), {
			credentials: sandboxCredentials(sandbox),
		});
		const [request] = sandbox.requests.filter((r) => r.provider === 'stabilityAi');
		expect(request.headers['stability-client-id']).toBe('n8n-nodes-ai-credits');
		expect(request.headers['stability-client-version']).toBe(PACKAGE_VERSION);
	});

	it("lists the account's organizations, the default first, and the one picked replaces the credential's", async () => {
		const credentials = sandboxCredentials(sandbox, {
			aiCreditsStabilityAiApi: { organization: DEFAULT_STABILITY_ORG_ID },
		});
		const { results } = await runListSearch(
			checkBalance(),
			'searchStabilityAiOrganizations',
			credentials,
		);
		expect(results.length).toBeGreaterThan(1);
		expect(results[0].name).toMatch(/\(default\)$/);
		const picked = String(results[1].value);
		expect(picked).toBe(SECOND_STABILITY_ORG_ID);
		sandbox.clearRequests();
		const { outputs, error } = await runWorkflow(
			chain(
				manualTrigger(),
				packageNode('Stability Balance', 'aiCredits', {
					resource: 'stabilityAi',
					operation: 'checkBalance',
					organizationId: { __rl: true, mode: 'list', value: picked },
				}),
			),
			{ credentials },
		);
		expect(error).toBeUndefined();
		const [request] = sandbox.requests.filter((r) => r.path === '/v1/user/balance');
		expect(request.headers.organization).toBe(picked);
		expect(outputs['Stability Balance'][0][0].json.creditBalance).toMatchObject({
			organizationId: picked,
		});
	});

	it('fails with a NodeApiError that names the problem and never the key', async () => {
		const wrongKey = 'sk-wrong-0123456789abcdef';
		const { error } = await runWorkflow(chain(manualTrigger(), checkBalance()), {
			credentials: sandboxCredentials(sandbox, { aiCreditsStabilityAiApi: { apiKey: wrongKey } }),
		});

		expect(error?.name).toBe('NodeApiError');
		expect(error?.context).toMatchObject({ itemIndex: 0 });
		expect(error?.message).toMatch(/Stability AI rejected the API key \(401\)/);
		expect((error as { httpCode?: string }).httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain(wrongKey);
		expect(String(error?.description)).not.toContain(wrongKey);
		expect(String(error?.stack)).not.toContain(wrongKey);
	});

	it('with continue-on-fail, keeps the items and puts the error on each', async () => {
		const node = { ...checkBalance(), onError: 'continueRegularOutput' as const };
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', [{ a: 1 }, { a: 2 }]), node),
			{
				credentials: sandboxCredentials(sandbox, { aiCreditsStabilityAiApi: { apiKey: 'sk-bad' } }),
			},
		);
		expect(error).toBeUndefined();
		const items = outputs['Stability Balance'][0];
		expect(items.map((item) => item.json.a)).toEqual([1, 2]);
		expect(items[0].json.error).toMatch(/rejected the API key/);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('credential tests (run as n8n runs them)', () => {
	it.each(['aiCreditsStabilityAiApi', 'aiCreditsGammaApi', 'aiCreditsImagineArtApi'])(
		'%s passes with a good key and fails with a bad one',
		async (type) => {
			const good = await testCredential(type, sandboxCredentials(sandbox)[type]);
			expect(good).toEqual({ status: 'OK', message: 'Connection successful!' });

			const bad = await testCredential(type, {
				...sandboxCredentials(sandbox)[type],
				apiKey: 'wrong-key-123456',
			});
			expect(bad.status).toBe('Error');
			expect(bad.message).not.toContain('wrong-key-123456');
		},
	);

	it("the ImagineArt developer key's test generates nothing", async () => {
		await testCredential(
			'aiCreditsImagineArtApi',
			sandboxCredentials(sandbox).aiCreditsImagineArtApi,
		);
		const [request] = sandbox.requests;
		expect(request).toMatchObject({
			method: 'POST',
			path: '/image/generations',
			host: 'developer',
		});
		// n8n sends the empty body as no body at all: nothing to generate from.
		expect(request.body).toBeUndefined();
		expect(sandbox.requests).toHaveLength(1);
	});
});

describe("Stability AI's 60-second lockout (the sandbox locks a key after a 429, as Stability does)", () => {
	const balanceReads = () =>
		sandbox.requests.filter((r) => r.provider === 'stabilityAi' && r.path === '/v1/user/balance');

	it('a 429 without Retry-After: nothing more is sent to the locked key, and the error says why', async () => {
		sandbox.setStabilityLockout(2_000);
		sandbox.injectFault({
			provider: 'stabilityAi',
			path: '/v1/user/balance',
			kind: 'rateLimit',
			retryAfterSeconds: null,
		});
		const { error } = await runWorkflow(chain(manualTrigger(), checkBalance()), {
			credentials: sandboxCredentials(sandbox),
		});
		expect(balanceReads()).toHaveLength(1);
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBeDefined();
		expect(error?.message).toBe('Stability AI is rate-limiting this API key (429)');
		expect(error?.description).toMatch(/60 seconds after more than 150 requests in 10 seconds/);
	});

	it('set to wait, it waits out the lockout without sending, and stopping the run stops the wait', async () => {
		sandbox.injectFault({
			provider: 'stabilityAi',
			path: '/v1/user/balance',
			kind: 'rateLimit',
			retryAfterSeconds: null,
		});
		const stop = new AbortController();
		let abortedAt = 0;
		setTimeout(() => {
			abortedAt = Date.now();
			stop.abort();
		}, 1_500);
		await runWorkflow(
			chain(
				manualTrigger(),
				packageNode('Stability Balance', 'aiCredits', {
					resource: 'stabilityAi',
					operation: 'checkBalance',
					onRateLimit: 'wait',
				}),
			),
			{ credentials: sandboxCredentials(sandbox), signal: stop.signal },
		).catch(() => undefined);
		// Still waiting when stopped (the lockout is 60 s), and stopped at once.
		expect(abortedAt).toBeGreaterThan(0);
		expect(Date.now() - abortedAt).toBeLessThan(1_000);
		expect(balanceReads()).toHaveLength(1);
	});
});
