/** A key's lockout: until when, how long each request during it extends it, what a 429 says. */
export interface StabilityLockout {
	until: number;
	durationMs: number;
	/** Sent as `Retry-After` only when set: Stability documents no such header. */
	retryAfterSeconds?: number;
}

export interface StabilityRateLimitSettings {
	requests: number;
	windowMs: number;
}

/**
 * "150 requests per 10 seconds. Exceeding this limit results in a 429 response, followed by a
 * timeout lasting 60 seconds" (https://stabilityplatform.freshdesk.com/support/solutions/articles/150000186026).
 * The article asks clients not to violate the timeout "consecutively": every request during it
 * gets a 429 and starts the timeout again. Counted per API key over a sliding window.
 */
export class StabilityRateLimiter {
	private readonly hits = new Map<string, number[]>();
	private readonly locks = new Map<string, StabilityLockout>();

	constructor(
		public limit: StabilityRateLimitSettings,
		public lockoutMs: number,
	) {}

	/** The lockout that refuses this request (extended by it), or undefined: the request may pass. */
	admit(apiKey: string, now: number): StabilityLockout | undefined {
		const lock = this.locks.get(apiKey);
		if (lock && now < lock.until) {
			lock.until = now + lock.durationMs;
			return lock;
		}
		const recent = (this.hits.get(apiKey) ?? []).filter((at) => at > now - this.limit.windowMs);
		if (recent.length >= this.limit.requests) {
			this.hits.delete(apiKey);
			return this.lockOut(apiKey, now);
		}
		recent.push(now);
		this.hits.set(apiKey, recent);
		return undefined;
	}

	/** Starts (or restarts) a key's lockout; the default length is `lockoutMs`. */
	lockOut(
		apiKey: string,
		now: number,
		durationMs = this.lockoutMs,
		retryAfterSeconds?: number,
	): StabilityLockout {
		const lock: StabilityLockout = {
			until: now + durationMs,
			durationMs,
			...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
		};
		this.locks.set(apiKey, lock);
		return lock;
	}

	lockedUntil(apiKey: string, now: number): number | undefined {
		const until = this.locks.get(apiKey)?.until;
		return until !== undefined && until > now ? until : undefined;
	}

	reset(limit: StabilityRateLimitSettings, lockoutMs: number): void {
		this.hits.clear();
		this.locks.clear();
		this.limit = { ...limit };
		this.lockoutMs = lockoutMs;
	}
}

export function checkRateLimit(requests: number, windowMs: number): StabilityRateLimitSettings {
	if (!(Number.isInteger(requests) && requests > 0)) {
		throw new Error(
			`the Stability rate limit needs a positive whole number of requests, got ${requests}`,
		);
	}
	if (!(windowMs > 0))
		throw new Error(`the Stability rate-limit window must be positive, got ${windowMs}`);
	return { requests, windowMs };
}

export function checkLockout(ms: number): number {
	if (!(ms >= 0)) throw new Error(`the Stability lockout must be 0 ms or more, got ${ms}`);
	return ms;
}
