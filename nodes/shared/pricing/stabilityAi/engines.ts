/**
 * Legacy v1 engines: which sizes each accepts and what one image costs by its rule (prices.ts).
 */
import { PricingInputError } from '../core/errors';
import { roundTo } from '../core/numbers';
import { legacyAnchors, legacyCreditsPerImage, type LegacyMethod } from './legacy';
import type { StabilityAiEngine } from './prices';

export type EngineMethod = LegacyMethod | 'listed' | 'formula' | 'override';

export interface EnginePrice {
	/** Credits per image. */
	credits: number;
	method: EngineMethod;
}

const times = '×';
const pretty = (size: string) => size.replace('x', times);

/** The size an engine is priced at when none is given: its first listed size, else 512×512. */
export function defaultSize(engine: StabilityAiEngine): [number, number] {
	const first = engine.sizes?.[0];
	if (first === undefined) return [512, 512];
	const [width, height] = first.split('x').map(Number);
	return [width, height];
}

/** Throw a PricingInputError unless the engine accepts this size. */
export function checkEngineSize(
	id: string,
	engine: StabilityAiEngine,
	width: number,
	height: number,
): void {
	const size = `${width}x${height}`;
	if (engine.sizes && !engine.sizes.includes(size)) {
		const widthFits = engine.sizes.some((allowed) => allowed.startsWith(`${width}x`));
		throw new PricingInputError(
			widthFits ? 'height' : 'width',
			`${engine.label} (${id}) accepts only these sizes: ${engine.sizes.map(pretty).join(', ')} ` +
				`(got ${width}${times}${height}). For another size pick the engine you call.`,
		);
	}
	if (engine.maxPixels !== undefined && width * height > engine.maxPixels) {
		throw new PricingInputError(
			'width',
			`${engine.label} (${id}) accepts at most ${engine.maxPixels.toLocaleString('en-US')} pixels ` +
				`(got ${width}${times}${height} = ${(width * height).toLocaleString('en-US')}).`,
		);
	}
	if (engine.rule.kind === 'pixels' && width * height <= engine.rule.pixelOffset) {
		throw new PricingInputError(
			'width',
			`${engine.label} (${id}) is priced by Stability's formula for images of more than ` +
				`${engine.rule.pixelOffset.toLocaleString('en-US')} pixels (e.g. 448${times}448); ` +
				`${width}${times}${height} is smaller, and the formula gives no price for it.`,
		);
	}
}

/** Credits for one image of this engine at this size and step count. */
export function enginePrice(
	engine: StabilityAiEngine,
	legacyBaseAt50Steps: Readonly<Record<string, number>>,
	width: number,
	height: number,
	steps: number,
): EnginePrice {
	const { rule } = engine;
	if (rule.kind === 'dreamStudioTable') {
		const { credits, method } = legacyCreditsPerImage(
			width,
			height,
			steps,
			legacyAnchors(legacyBaseAt50Steps),
		);
		return { credits, method };
	}
	if (rule.kind === 'flat') return { credits: rule.credits, method: 'override' };
	if (rule.kind === 'steps') {
		const listed = rule.creditsAtSteps[steps];
		if (listed !== undefined) return { credits: listed, method: 'listed' };
		const [c0, c1, c2] = rule.polynomial;
		return { credits: roundTo(c0 + c1 * steps + c2 * steps * steps, 3), method: 'formula' };
	}
	const pixels = width * height - rule.pixelOffset;
	return {
		credits: roundTo(((pixels * steps) / 30) * rule.creditsPerPixelAt30Steps, 3),
		method: 'formula',
	};
}
