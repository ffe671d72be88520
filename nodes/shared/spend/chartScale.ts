/** A value axis from 0 with round steps (1, 2, 2.5 or 5 × a power of ten), about four ticks. */

export interface Scale {
	max: number;
	ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

export function niceScale(largest: number): Scale {
	if (!(largest > 0) || !Number.isFinite(largest))
		return { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
	const rough = largest / 4;
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	const step = (STEPS.find((s) => s * magnitude >= rough) ?? 10) * magnitude;
	// 1e-9 absorbs float noise: 0.3 / 0.1 is 2.9999999999999996, not 3 steps plus a fourth.
	const count = Math.max(1, Math.ceil(largest / step - 1e-9));
	if (!Number.isFinite(count * step)) return { max: largest, ticks: [0, largest] };
	const ticks = Array.from({ length: count + 1 }, (_, index) => index * step);
	return { max: count * step, ticks };
}
