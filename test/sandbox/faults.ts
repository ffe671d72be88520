import { pathMatches } from './pathPattern';
import type { FaultSpec, ImagineArtHost, Provider } from './types';

export class FaultBook {
	private faults: Array<FaultSpec & { remaining: number }> = [];

	add(fault: FaultSpec): void {
		const remaining = fault.times ?? 1;
		if (!(remaining > 0)) throw new Error(`fault.times must be positive, got ${remaining}`);
		if (fault.kind === 'status' && !(fault.status && fault.status >= 400 && fault.status <= 599)) {
			throw new Error(`a 'status' fault needs status 400-599, got ${fault.status}`);
		}
		this.faults.push({ ...fault, remaining });
	}

	clear(): void {
		this.faults = [];
	}

	/** The first matching fault in insertion order, counting one use of it. */
	take(
		provider: Provider,
		method: string,
		path: string,
		host?: ImagineArtHost,
	): FaultSpec | undefined {
		const fault = this.faults.find(
			(candidate) =>
				candidate.provider === provider &&
				(candidate.host === undefined || candidate.host === host) &&
				(candidate.method === undefined || candidate.method.toUpperCase() === method) &&
				pathMatches(candidate.path, path),
		);
		if (!fault) return undefined;
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
		return fault;
	}
}
