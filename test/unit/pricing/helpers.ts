import { PricingInputError } from '../../../nodes/shared/pricing';
import type { CreditEstimate } from '../../../nodes/shared/pricing';

/** Run `fn`, expect a PricingInputError on `field` whose message contains every part. */
export function expectInputError(
	fn: () => unknown,
	field: string,
	...messageParts: string[]
): void {
	let caught: unknown;
	try {
		fn();
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(PricingInputError);
	const error = caught as PricingInputError;
	expect(error.field).toBe(field);
	for (const part of messageParts) expect(error.message).toContain(part);
}

/** In `unit`; min ≤ expected ≤ max, all non-negative, breakdown (without subtotals) adds up to min/max. */
export function expectWellFormed(
	estimate: CreditEstimate,
	unit: CreditEstimate['unit'] = 'credits',
): void {
	expect(estimate.unit).toBe(unit);
	expect(estimate.min).toBeGreaterThanOrEqual(0);
	expect(estimate.min).toBeLessThanOrEqual(estimate.expected);
	expect(estimate.expected).toBeLessThanOrEqual(estimate.max);
	const lines = estimate.breakdown.filter((line) => !line.subtotal);
	const sum = (key: 'min' | 'max') => lines.reduce((total, line) => total + line[key], 0);
	expect(sum('min')).toBeCloseTo(estimate.min, 6);
	expect(sum('max')).toBeCloseTo(estimate.max, 6);
	for (const line of estimate.breakdown) {
		expect(line.min).toBeGreaterThanOrEqual(0);
		expect(line.min).toBeLessThanOrEqual(line.max);
	}
	expect(estimate.assumptions.length).toBeGreaterThan(0);
}
