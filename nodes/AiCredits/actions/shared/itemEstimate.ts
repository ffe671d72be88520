import type { IDataObject } from 'n8n-workflow';
import type { Provider } from '../../../shared/providers/registry';

export interface ItemEstimateRange {
	min: number;
	max: number;
	/** Absent on an estimate made by hand without one. */
	expected?: number;
}

function isCredits(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * The range of the item's `creditEstimate` for `provider` (what Estimate Credits put there, or a
 * hand-made one), when its min and max are numbers of credits; otherwise undefined.
 */
export function itemEstimate(json: IDataObject, provider: Provider): ItemEstimateRange | undefined {
	const estimate = json.creditEstimate as
		| { provider?: unknown; min?: unknown; expected?: unknown; max?: unknown }
		| undefined;
	if (estimate?.provider !== provider) return undefined;
	if (!isCredits(estimate.min) || !isCredits(estimate.max)) return undefined;
	const range: ItemEstimateRange = { min: estimate.min, max: estimate.max };
	if (isCredits(estimate.expected)) range.expected = estimate.expected;
	return range;
}
