import { pathMatches } from './pathPattern';
import type { LoggedRequest, RequestFilter } from './types';

export class RequestLog {
	readonly entries: LoggedRequest[] = [];

	add(entry: LoggedRequest): void {
		this.entries.push(entry);
	}

	/** Empties in place, so callers holding `sandbox.requests` keep a live view. */
	clear(): void {
		this.entries.length = 0;
	}

	count(filter: RequestFilter = {}): number {
		return this.entries.filter(
			(entry) =>
				(filter.provider === undefined || entry.provider === filter.provider) &&
				(filter.host === undefined || entry.host === filter.host) &&
				(filter.method === undefined || entry.method === filter.method.toUpperCase()) &&
				(filter.path === undefined || pathMatches(filter.path, entry.path)),
		).length;
	}
}
