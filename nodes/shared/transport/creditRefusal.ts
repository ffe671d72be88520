import type { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * Marks an error as the provider (or the node's own balance re-check) declining to spend for
 * lack of credits: nothing was charged, so the generation loop reports it as the item's outcome
 * instead of failing the node. The mark lives on the error's `context`, which n8n's NodeApiError
 * keeps (it drops an Error `cause`).
 */
export function markCreditRefusal<E extends NodeApiError | NodeOperationError>(
	error: E,
	by: CreditRefusalSource,
): E {
	error.context.creditRefusal = by;
	return error;
}

export type CreditRefusalSource = 'provider' | 'recheck';

/** Who refused, when `error` is a credit refusal. */
export function creditRefusalOf(error: unknown): CreditRefusalSource | undefined {
	const context = (error as { context?: { creditRefusal?: unknown } } | undefined)?.context;
	const by = context?.creditRefusal;
	return by === 'provider' || by === 'recheck' ? by : undefined;
}
