import { json, randomId, type Reply } from './http';
import type { StabilityLockout } from './stabilityRateLimit';

const ERROR_NAMES: Record<number, string> = {
	400: 'bad_request',
	401: 'unauthorized',
	402: 'payment_required',
	403: 'permission_denied',
	404: 'not_found',
	429: 'rate_limit_exceeded',
};

/**
 * v1 errors carry `message`; v2beta errors carry an `errors` array. `name` is the class of error,
 * by default the one for the status; v1 generation names more specific ones (e.g.
 * `invalid_height_or_width`).
 */
export function stabilityError(
	status: number,
	message: string,
	path: string,
	name: string = ERROR_NAMES[status] ?? 'server_error',
): Reply {
	const id = randomId(32).toLowerCase();
	return json(
		status,
		path.startsWith('/v2beta/') ? { id, name, errors: [message] } : { id, name, message },
	);
}

/** The API key of a `Bearer` Authorization header, or undefined. */
export function bearerKey(headers: Record<string, string>): string | undefined {
	return /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1];
}

/** A 429 in the request's error shape; `Retry-After` only when the lockout carries one. */
export function rateLimitReply(path: string, lock: StabilityLockout): Reply {
	const reply = stabilityError(
		429,
		'Too many requests: this API key is timed out, and every request during the timeout restarts it.',
		path,
	);
	if (lock.retryAfterSeconds === undefined) return reply;
	return { ...reply, headers: { 'retry-after': String(lock.retryAfterSeconds) } };
}
