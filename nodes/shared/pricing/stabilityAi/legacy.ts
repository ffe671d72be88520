/**
 * The legacy v1 text-to-image price model: the DreamStudio table of Stability AI's "Credits +
 * Billing" page (June 2023 edition; source in prices.ts).
 *
 * The DreamStudio table gives credits per image for six sizes × six step counts. Its cells are
 * exactly `base(size) × steps / 50` rounded to 0.1, where `base` is the 50-step row, so:
 * - cost is linear in steps: `base(pixels) × steps / 50`;
 * - `base(pixels)` goes through the six table sizes (by pixel count, so 768×512 costs what
 *   512×768 costs), is interpolated linearly between them and extrapolated outside them with
 *   the power law `base ∝ pixels^k` anchored at the nearest table size, `k` being the table's
 *   own end-to-end exponent ln(9.4 / 1.0) / ln(4) ≈ 1.62 (at least 1). With the table's prices,
 *   credits per pixel never decrease as images grow: cost grows faster than pixels, as the page
 *   notes;
 * - per-image credits are rounded like the table, to 0.1 (credits below 0.05, only for tiny
 *   images, keep 3 decimals instead of rounding to zero). The rounding is monotone, so a larger
 *   image or more steps never costs less.
 */
import { roundTo } from '../core/numbers';

export interface LegacyAnchor {
	/** `WIDTHxHEIGHT` as written in the table. */
	size: string;
	pixels: number;
	/** Credits per image at 50 steps. */
	credits: number;
}

export const LEGACY_REFERENCE_STEPS = 50;

/** Parse `512x768` → [512, 768]; undefined for anything else. */
export function parseSize(size: string): [number, number] | undefined {
	const match = /^(\d+)x(\d+)$/.exec(size.trim());
	return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The table's 50-step prices as anchors sorted by pixel count. */
export function legacyAnchors(baseAt50Steps: Readonly<Record<string, number>>): LegacyAnchor[] {
	return Object.entries(baseAt50Steps)
		.map(([size, credits]) => {
			const parsed = parseSize(size);
			if (!parsed) throw new Error(`Bad legacy table size ${size}: expected WIDTHxHEIGHT`);
			return { size, pixels: parsed[0] * parsed[1], credits };
		})
		.sort((a, b) => a.pixels - b.pixels);
}

/** The power-law exponent used outside the table: its end-to-end exponent, at least 1. */
export function legacyExponent(anchors: readonly LegacyAnchor[]): number {
	const first = anchors[0];
	const last = anchors[anchors.length - 1];
	if (anchors.length < 2 || first.credits <= 0 || last.credits <= 0) return 1;
	const k = Math.log(last.credits / first.credits) / Math.log(last.pixels / first.pixels);
	return Math.max(1, k);
}

export type LegacyMethod = 'table' | 'interpolated' | 'extrapolated';

/** Credits per image at 50 steps for a pixel count, unrounded. */
export function legacyCreditsAt50Steps(
	pixels: number,
	anchors: readonly LegacyAnchor[],
): { credits: number; method: LegacyMethod } {
	const first = anchors[0];
	const last = anchors[anchors.length - 1];
	const k = legacyExponent(anchors);
	if (pixels < first.pixels) {
		return { credits: first.credits * (pixels / first.pixels) ** k, method: 'extrapolated' };
	}
	if (pixels > last.pixels) {
		return { credits: last.credits * (pixels / last.pixels) ** k, method: 'extrapolated' };
	}
	for (let i = 0; i < anchors.length; i++) {
		const right = anchors[i];
		if (pixels === right.pixels) return { credits: right.credits, method: 'table' };
		if (pixels < right.pixels) {
			const left = anchors[i - 1];
			const slope = (right.credits - left.credits) / (right.pixels - left.pixels);
			return { credits: left.credits + (pixels - left.pixels) * slope, method: 'interpolated' };
		}
	}
	return { credits: last.credits, method: 'table' };
}

/** Round per-image credits like the table (0.1); below 0.05 keep 3 decimals. Monotone. */
export function roundLegacyCredits(credits: number): number {
	return roundTo(credits, credits >= 0.05 ? 1 : 3);
}

/** Credits per image for a size and step count (rounded) and how it was obtained. */
export function legacyCreditsPerImage(
	width: number,
	height: number,
	steps: number,
	anchors: readonly LegacyAnchor[],
): { credits: number; exact: number; method: LegacyMethod } {
	const at50 = legacyCreditsAt50Steps(width * height, anchors);
	const exact = (at50.credits * steps) / LEGACY_REFERENCE_STEPS;
	return { credits: roundLegacyCredits(exact), exact, method: at50.method };
}
