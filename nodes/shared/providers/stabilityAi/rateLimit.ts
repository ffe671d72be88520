import { DEFAULT_RETRY, type RetryPolicy } from '../../transport/retryPolicy';

/**
 * Stability AI allows 150 requests in 10 seconds; a 429 locks the key for 60 seconds, and each
 * request during the lockout extends it (Stability's support article "Rate limits",
 * https://stabilityai.freshdesk.com/support/solutions/articles/150000186026). It documents no
 * Retry-After, so after a 429 without one nothing is sent for the whole lockout.
 */
export const STABILITY_LOCKOUT_MS = 60_000;

/** A second past the lockout, so the repeat does not land in its last moment and extend it. */
const LOCKOUT_MARGIN_MS = 1_000;

export const STABILITY_LOCKOUT_MESSAGE =
	'Stability AI locks an API key for 60 seconds after more than 150 requests in 10 seconds, and each request during the lockout extends it';

export const STABILITY_RETRY: RetryPolicy = {
	...DEFAULT_RETRY,
	afterStatus(status, { attempt, mayWait, retryAfterMs }) {
		if (status !== 429) return undefined;
		if (retryAfterMs !== undefined && attempt < DEFAULT_RETRY.maxAttempts) {
			return { waitMs: retryAfterMs };
		}
		if (mayWait && attempt === 1) return { waitMs: STABILITY_LOCKOUT_MS + LOCKOUT_MARGIN_MS };
		return {
			stop: {
				message: `Stability AI is rate-limiting this API key (429)${attempt > 1 ? ` (after ${attempt} attempts)` : ''}`,
				description: `${STABILITY_LOCKOUT_MESSAGE}, so nothing more was sent. Run again after a minute${
					mayWait ? '' : ', or set Rate Limit to "Wait Out the Lockout" on Check Balance'
				}, and send fewer requests at once.`,
			},
		};
	},
};
