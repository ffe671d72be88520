import { ceilCredits, roundCredits, roundTo } from '../../../nodes/shared/pricing/core/numbers';

describe('rounding', () => {
	it.each([
		[0.1 + 0.2, 2, 0.3],
		[1.005, 2, 1.01],
		[1.015, 2, 1.02],
		[2.675, 2, 2.68],
		[14.100000000000001, 1, 14.1],
		[0.45, 1, 0.5],
		[5e9, 2, 5e9],
		[123456789.125, 2, 123456789.13],
		[-0.001, 2, 0],
	])('roundTo(%f, %i) = %f', (value, decimals, rounded) => {
		expect(roundTo(value, decimals)).toBe(rounded);
	});

	it.each([0, 1e6, 5e9])('never rounds a larger value to a smaller one (from %d)', (start) => {
		let previous = -Infinity;
		for (let step = 0; step < 5000; step++) {
			const value = start + step * 0.0007;
			const rounded = roundCredits(value);
			expect(rounded).toBeGreaterThanOrEqual(previous);
			expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.0051);
			previous = rounded;
		}
	});

	it('ceilCredits rounds a positive amount up to the cent', () => {
		expect(ceilCredits(0.004)).toBe(0.01);
		expect(ceilCredits(0.1 + 0.2)).toBe(0.3);
		expect(ceilCredits(400)).toBe(400);
		expect(ceilCredits(0)).toBe(0);
	});
});
