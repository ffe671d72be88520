/**
 * The prompt enhancer "adds a small credit cost" (ImagineArt docs, "Image Credits" and "Video
 * Credits") with no number given: a line from 0 to `promptEnhancerMaxExtra` per generation.
 */
import { line } from '../core/breakdown';
import type { BreakdownLine } from '../core/types';
import type { ImagineArtPrices } from './prices';

export function enhancerLine(
	prices: ImagineArtPrices,
	quantity: number,
	assumptions: string[],
): BreakdownLine {
	assumptions.push(
		`Prompt enhancer: "adds a small credit cost" with no published number; assumed 0 to ${prices.promptEnhancerMaxExtra} credits per generation (widens max).`,
	);
	return line('Prompt enhancer', quantity, { min: 0, max: prices.promptEnhancerMaxExtra });
}
