/**
 * When a failed request may be sent again. A read can always be repeated; a request that spends
 * credits only when the provider certainly did not take it (429, or the connection was refused).
 */
export type RequestKind = 'read' | 'spend';

export interface RetrySettings {
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
	maxAttempts: 4,
	baseDelayMs: 1000,
	maxDelayMs: 30000,
};

/** What a provider's own rule says about an error status: wait and repeat, or stop and why. */
export type StatusRetry = { waitMs: number } | { stop: { message: string; description: string } };

export interface StatusContext {
	attempt: number;
	kind: RequestKind;
	/** The run may wait out a provider's lockout (the user chose it, and it can be cancelled). */
	mayWait: boolean;
	retryAfterMs: number | undefined;
}

/**
 * The retry settings of a provider, and its own rule for some statuses (undefined for a status:
 * the general rule above applies). Each provider's lives in its folder under `providers/`.
 */
export interface RetryPolicy extends RetrySettings {
	afterStatus?: (status: number, context: StatusContext) => StatusRetry | undefined;
}

const RETRYABLE_READ_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_READ_NETWORK = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export function mayRetryStatus(kind: RequestKind, status: number): boolean {
	return kind === 'read' ? RETRYABLE_READ_STATUS.has(status) : status === 429;
}

export function mayRetryNetworkError(kind: RequestKind, code: string | undefined): boolean {
	if (!code) return false;
	return kind === 'read' ? RETRYABLE_READ_NETWORK.has(code) : code === 'ECONNREFUSED';
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfterMs(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff for attempt 1, 2, …; a server's Retry-After wins but is capped. */
export function retryDelayMs(
	attempt: number,
	settings: RetrySettings,
	retryAfterMs: number | undefined,
): number {
	if (retryAfterMs !== undefined) return Math.min(retryAfterMs, settings.maxDelayMs);
	return Math.min(settings.baseDelayMs * 2 ** (attempt - 1), settings.maxDelayMs);
}
