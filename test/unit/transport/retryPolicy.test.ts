import { networkErrorCode } from '../../../nodes/shared/transport/networkErrorCode';
import {
	DEFAULT_RETRY,
	mayRetryNetworkError,
	mayRetryStatus,
	parseRetryAfterMs,
	retryDelayMs,
	type StatusContext,
} from '../../../nodes/shared/transport/retryPolicy';
import {
	STABILITY_LOCKOUT_MS,
	STABILITY_RETRY,
} from '../../../nodes/shared/providers/stabilityAi/rateLimit';

describe('what may be sent again', () => {
	it('a read: on 429 and 5xx, and after any transient network error', () => {
		for (const status of [429, 500, 502, 503, 504])
			expect(mayRetryStatus('read', status)).toBe(true);
		for (const status of [400, 401, 402, 403, 404, 422])
			expect(mayRetryStatus('read', status)).toBe(false);
		for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED']) {
			expect(mayRetryNetworkError('read', code)).toBe(true);
		}
	});

	it('a request that spends credits: only when the provider certainly did not take it', () => {
		expect(mayRetryStatus('spend', 429)).toBe(true);
		for (const status of [500, 502, 503, 504]) expect(mayRetryStatus('spend', status)).toBe(false);
		expect(mayRetryNetworkError('spend', 'ECONNREFUSED')).toBe(true);
		for (const code of ['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', undefined]) {
			expect(mayRetryNetworkError('spend', code)).toBe(false);
		}
	});
});

describe('how long to wait', () => {
	it('reads Retry-After as seconds or as an HTTP date', () => {
		expect(parseRetryAfterMs('3')).toBe(3000);
		expect(parseRetryAfterMs(0)).toBe(0);
		const now = Date.parse('2026-11-21T10:00:00Z');
		expect(parseRetryAfterMs('Sat, 21 Nov 2026 10:00:07 GMT', now)).toBe(7000);
		expect(parseRetryAfterMs('soon')).toBeUndefined();
		expect(parseRetryAfterMs(undefined)).toBeUndefined();
	});

	it('backs off exponentially, lets Retry-After win, and caps both', () => {
		expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, DEFAULT_RETRY, undefined))).toEqual([
			1000, 2000, 4000,
		]);
		expect(retryDelayMs(1, DEFAULT_RETRY, 5000)).toBe(5000);
		expect(retryDelayMs(10, DEFAULT_RETRY, undefined)).toBe(DEFAULT_RETRY.maxDelayMs);
		expect(retryDelayMs(1, DEFAULT_RETRY, 3_600_000)).toBe(DEFAULT_RETRY.maxDelayMs);
	});
});

describe('networkErrorCode', () => {
	it('finds the code on the error or its causes', () => {
		expect(networkErrorCode({ code: 'ECONNRESET' })).toBe('ECONNRESET');
		expect(networkErrorCode({ cause: { cause: { code: 'ECONNREFUSED' } } })).toBe('ECONNREFUSED');
	});

	it('finds it in the raw messages n8n keeps ("connect ECONNREFUSED 127.0.0.1:1")', () => {
		expect(networkErrorCode({ messages: ['connect ECONNREFUSED 127.0.0.1:1'] })).toBe(
			'ECONNREFUSED',
		);
	});

	it("recognises n8n's descriptive messages and axios timeouts", () => {
		const n8nReset =
			'The connection to the server was closed unexpectedly, perhaps it is offline. You can retry the request immediately or wait and retry later.';
		expect(networkErrorCode({ message: n8nReset })).toBe('ECONNRESET');
		expect(
			networkErrorCode({ message: 'The service refused the connection - perhaps it is offline' }),
		).toBe('ECONNREFUSED');
		expect(networkErrorCode({ messages: ['timeout of 60000ms exceeded'] })).toBe('ETIMEDOUT');
	});

	it('says nothing for errors that are not network errors', () => {
		expect(networkErrorCode(new Error('Bad request'))).toBeUndefined();
		expect(networkErrorCode(undefined)).toBeUndefined();
	});
});

describe("Stability AI's 60-second lockout", () => {
	const context = (extra: Partial<StatusContext> = {}): StatusContext => ({
		attempt: 1,
		kind: 'read',
		mayWait: false,
		retryAfterMs: undefined,
		...extra,
	});
	const rule = STABILITY_RETRY.afterStatus!;

	it('a 429 without Retry-After stops at once, saying why, when the run may not wait', () => {
		const decision = rule(429, context());
		expect(decision).toMatchObject({
			stop: { message: 'Stability AI is rate-limiting this API key (429)' },
		});
		expect(JSON.stringify(decision)).toMatch(
			/60 seconds after more than 150 requests in 10 seconds/,
		);
		expect(JSON.stringify(decision)).toMatch(/Wait Out the Lockout/);
	});

	it('waits out the whole lockout, once, when the run may wait', () => {
		expect(rule(429, context({ mayWait: true }))).toEqual({ waitMs: STABILITY_LOCKOUT_MS + 1000 });
		expect(rule(429, context({ mayWait: true, attempt: 2 }))).toHaveProperty('stop');
	});

	it('honours a Retry-After in full, beyond the general 30 s cap', () => {
		expect(rule(429, context({ retryAfterMs: 45_000 }))).toEqual({ waitMs: 45_000 });
		expect(retryDelayMs(1, DEFAULT_RETRY, 45_000)).toBe(30_000);
	});

	it('leaves other statuses to the general rule', () => {
		for (const status of [400, 401, 402, 500, 502, 503])
			expect(rule(status, context())).toBeUndefined();
	});
});
