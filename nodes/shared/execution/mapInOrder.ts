export interface InOrderResults<R> {
	/** By input index; an input never started (after a failure) or that failed has none. */
	results: Array<R | undefined>;
	/** The first failure, when there was one. */
	failure?: { error: unknown; index: number };
}

/**
 * Runs `worker` over the inputs with at most `limit` running at once; results keep input order.
 * After a failure no new input is started and the running ones are let finish (they may be
 * spending credits: nothing is left running in the background). The results that did finish are
 * returned with the first failure, so the caller can still report what they paid for.
 */
export async function mapInOrder<T, R>(
	inputs: readonly T[],
	limit: number,
	worker: (input: T, index: number) => Promise<R>,
): Promise<InOrderResults<R>> {
	const results = new Array<R | undefined>(inputs.length);
	let next = 0;
	let failure: InOrderResults<R>['failure'];
	const lane = async () => {
		while (!failure && next < inputs.length) {
			const index = next++;
			try {
				results[index] = await worker(inputs[index], index);
			} catch (error) {
				failure ??= { error, index };
			}
		}
	};
	const lanes = Math.max(1, Math.min(Math.floor(limit) || 1, inputs.length));
	await Promise.all(Array.from({ length: lanes }, lane));
	return failure ? { results, failure } : { results };
}
