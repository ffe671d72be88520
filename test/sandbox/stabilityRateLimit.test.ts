import axios, { type AxiosInstance } from 'axios';
import {
	DEFAULT_STABILITY_ORG_ID,
	SECOND_STABILITY_ORG_ID,
	startSandbox,
	type Sandbox,
} from './server';

function stabilityClient(sandbox: Sandbox, key: string = sandbox.keys.stabilityAi): AxiosInstance {
	return axios.create({
		baseURL: sandbox.baseUrls.stabilityAi,
		headers: { Authorization: `Bearer ${key}` },
		validateStatus: () => true,
	});
}

describe('sandbox: Stability AI rate limit and lockout (sandbox clock)', () => {
	let sandbox: Sandbox;
	let api: AxiosInstance;
	let now = 1_700_000_000_000;

	beforeAll(async () => {
		sandbox = await startSandbox({ clock: () => now });
		api = stabilityClient(sandbox);
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	it('answers 150 requests in 10 s, then 429 without Retry-After and a 60 s lockout', async () => {
		for (let index = 0; index < 150; index++) {
			expect((await api.get('/v1/user/balance')).status).toBe(200);
		}
		const limited = await api.get('/v1/user/balance');
		expect([limited.status, limited.data]).toEqual([
			429,
			{ id: expect.any(String), name: 'rate_limit_exceeded', message: expect.any(String) },
		]);
		expect(limited.headers).not.toHaveProperty('retry-after');
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBe(now + 60_000);
	});

	it('extends the lockout with every request during it; other keys are not limited', async () => {
		sandbox.setStabilityRateLimit(2, 10_000);
		sandbox.addAccount('stabilityAi', 'sk-stability-other-0002', 10);
		const key = sandbox.keys.stabilityAi;
		await api.get('/v1/user/balance');
		await api.get('/v1/user/account');
		expect((await api.get('/v1/user/balance')).status).toBe(429);
		const started = now;
		expect(sandbox.stabilityLockedUntil(key)).toBe(started + 60_000);

		now += 59_000;
		const during = await api.get('/v1/user/balance');
		expect([during.status, during.headers['retry-after']]).toEqual([429, undefined]);
		expect(sandbox.stabilityLockedUntil(key)).toBe(now + 60_000);
		expect(
			(await stabilityClient(sandbox, 'sk-stability-other-0002').get('/v1/user/balance')).status,
		).toBe(200);

		now += 60_000;
		expect(sandbox.stabilityLockedUntil(key)).toBeUndefined();
		expect((await api.get('/v1/user/balance')).status).toBe(200);
	});

	it('counts over a sliding window', async () => {
		sandbox.setStabilityRateLimit(2, 1_000);
		await api.get('/v1/user/balance');
		now += 600;
		await api.get('/v1/user/balance');
		now += 500;
		expect((await api.get('/v1/user/balance')).status).toBe(200);
		expect((await api.get('/v1/user/balance')).status).toBe(429);
	});

	it('uses a shortened lockout for lockouts started after setStabilityLockout; reset restores both', async () => {
		sandbox.setStabilityRateLimit(1, 10_000);
		sandbox.setStabilityLockout(500);
		await api.get('/v1/user/balance');
		expect((await api.get('/v1/user/balance')).status).toBe(429);
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBe(now + 500);

		sandbox.reset();
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBeUndefined();
		for (let index = 0; index < 3; index++) {
			expect((await api.get('/v1/user/balance')).status).toBe(200);
		}
	});

	it('an injected 429 with retryAfterSeconds null sends no Retry-After and starts the lockout', async () => {
		sandbox.injectFault({
			provider: 'stabilityAi',
			path: '/v1/user/balance',
			kind: 'rateLimit',
			retryAfterSeconds: null,
		});
		const limited = await api.get('/v1/user/balance');
		expect([limited.status, limited.data.name]).toEqual([429, 'rate_limit_exceeded']);
		expect(limited.headers).not.toHaveProperty('retry-after');
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBe(now + 60_000);
		// The fault is used up; the lockout answers the account, another path, too.
		const after = await api.get('/v1/user/account');
		expect(after.status).toBe(429);
		expect(after.headers).not.toHaveProperty('retry-after');
	});

	it('an injected 429 with Retry-After locks the key for exactly that long', async () => {
		sandbox.injectFault({
			provider: 'stabilityAi',
			path: '/v2beta/*',
			kind: 'rateLimit',
			retryAfterSeconds: 2,
		});
		const limited = await api.post('/v2beta/stable-image/generate/core', { prompt: 'x' });
		expect([limited.status, limited.headers['retry-after'], limited.data.errors]).toEqual([
			429,
			'2',
			[expect.any(String)],
		]);
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBe(now + 2_000);
		now += 2_000;
		expect((await api.get('/v1/user/balance')).status).toBe(200);
	});

	it('rejects impossible settings', () => {
		expect(() => sandbox.setStabilityRateLimit(0, 1000)).toThrow(/positive whole number/);
		expect(() => sandbox.setStabilityRateLimit(5, 0)).toThrow(/window must be positive/);
		expect(() => sandbox.setStabilityLockout(-1)).toThrow(/0 ms or more/);
	});
});

describe('sandbox: Stability AI organizations and client headers', () => {
	let sandbox: Sandbox;
	let api: AxiosInstance;

	beforeAll(async () => {
		sandbox = await startSandbox();
		api = stabilityClient(sandbox);
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	it('lists the default account’s two organizations, the first is_default', async () => {
		const account = await api.get('/v1/user/account');
		expect(account.data.organizations).toEqual([
			{ id: DEFAULT_STABILITY_ORG_ID, name: expect.any(String), role: 'OWNER', is_default: true },
			{ id: SECOND_STABILITY_ORG_ID, name: expect.any(String), role: 'MEMBER', is_default: false },
		]);
	});

	it('accepts an Organization of the account and refuses another with 403 in each shape', async () => {
		const chosen = await api.get('/v1/user/balance', {
			headers: { Organization: SECOND_STABILITY_ORG_ID },
		});
		expect(chosen.status).toBe(200);

		const foreign = { headers: { Organization: 'org-of-someone-else' } };
		const v1 = await api.get('/v1/user/balance', foreign);
		expect([v1.status, v1.data]).toEqual([
			403,
			{ id: expect.any(String), name: 'permission_denied', message: expect.any(String) },
		]);
		const v2 = await api.post('/v2beta/stable-image/generate/core', { prompt: 'x' }, foreign);
		expect([v2.status, v2.data.name, v2.data.errors]).toEqual([
			403,
			'permission_denied',
			[expect.any(String)],
		]);
	});

	it('gives an added account its own organizations', async () => {
		sandbox.addAccount('stabilityAi', 'sk-stability-added-0003', 5, {
			orgIds: ['org-added-a', 'org-added-b'],
		});
		const account = await stabilityClient(sandbox, 'sk-stability-added-0003').get(
			'/v1/user/account',
		);
		expect(account.data.organizations.map((org: { id: string }) => org.id)).toEqual([
			'org-added-a',
			'org-added-b',
		]);
	});

	it('logs Stability-Client-ID and Stability-Client-Version as sent', async () => {
		await api.get('/v1/user/balance', {
			headers: {
				'Stability-Client-ID': 'n8n-nodes-ai-credits',
				'Stability-Client-Version': '1.2.3',
			},
		});
		expect(sandbox.requests[0].headers).toMatchObject({
			'stability-client-id': 'n8n-nodes-ai-credits',
			'stability-client-version': '1.2.3',
		});
	});
});
