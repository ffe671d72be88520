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

const balanceNode = (resource: 'gamma' | 'stabilityAi' | 'imagineArt') =>
	packageNode('Balance', 'aiCredits', { resource, operation: 'checkBalance' });

async function checkBalance(resource: 'gamma' | 'stabilityAi' | 'imagineArt', rows = [{}]) {
	return await runWorkflow(
		chain(manualTrigger(), fixedItems('Rows', rows), balanceNode(resource)),
		{
			credentials: sandboxCredentials(sandbox),
		},
	);
}

describe('Check Balance, all three providers', () => {
	it('Gamma: reads credits.remaining from the 404 of an unknown generation id, with X-API-KEY', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 2750);
		const { outputs, error } = await checkBalance('gamma');
		expect(error).toBeUndefined();
		expect(outputs.Balance[0][0].json.creditBalance).toMatchObject({
			provider: 'gamma',
			remaining: 2750,
			source: 'gammaNotFoundProbe',
		});
		const [probe] = sandbox.requests.filter((r) => r.provider === 'gamma');
		expect(probe.method).toBe('GET');
		expect(probe.path).toMatch(/^\/v1\.0\/generations\/[\w-]+$/);
		expect(probe.headers['x-api-key']).toBe(sandbox.keys.gamma);
		expect(probe.headers).not.toHaveProperty('authorization');
	});

	it('Gamma: a 404 without credits is a clear NodeApiError that points to a generation, not a made-up balance', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			path: '/v1.0/generations/*',
			kind: 'status',
			status: 404,
		});
		const { error } = await checkBalance('gamma');
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'Gamma did not report a balance: its answer (404) to an unknown generation ID carries no credits',
		);
		expect(error?.description).toMatch(/Read From "A Recent Generation"/);
		expect(error?.description).toMatch(/Base URL/);
	});

	it('Stability AI: a fractional balance stays exact', async () => {
		sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 0.6336833840314097);
		const { outputs } = await checkBalance('stabilityAi');
		expect(outputs.Balance[0][0].json.creditBalance).toMatchObject({
			remaining: 0.6336833840314097,
		});
	});

	it('a 1,000-item batch makes exactly one balance request', async () => {
		const rows = Array.from({ length: 1000 }, (_, row) => ({ row }));
		const { outputs } = await checkBalance('gamma', rows);
		const items = outputs.Balance[0];
		expect(items).toHaveLength(1000);
		expect(items[999].json).toMatchObject({ row: 999, creditBalance: { remaining: 3000 } });
		expect(items[999].pairedItem).toEqual({ item: 999 });
		expect(sandbox.countRequests({ provider: 'gamma' })).toBe(1);
	});
});

describe('Check Balance retries reads', () => {
	it('honours Retry-After on a 429 and then succeeds', async () => {
		sandbox.injectFault({
			provider: 'stabilityAi',
			path: '/v1/user/balance',
			kind: 'rateLimit',
			retryAfterSeconds: 1,
		});
		const started = Date.now();
		const { outputs, error } = await checkBalance('stabilityAi');
		expect(error).toBeUndefined();
		expect(outputs.Balance[0][0].json.creditBalance).toBeDefined();
		expect(sandbox.countRequests({ provider: 'stabilityAi' })).toBe(2);
		const [first, second] = sandbox.requests.filter((r) => r.provider === 'stabilityAi');
		expect(second.at - first.at).toBeGreaterThanOrEqual(950);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('gives up after a bounded number of attempts with an error that says what to do', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			path: '/v1.0/generations/*',
			kind: 'rateLimit',
			retryAfterSeconds: 0,
			times: Infinity,
		});
		const { error } = await checkBalance('gamma');
		expect(sandbox.countRequests({ provider: 'gamma' })).toBe(4);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/Gamma is rate-limiting requests \(429\).*after 4 attempts/);
		expect(error?.description).toMatch(/Wait a minute/);
	});
});
