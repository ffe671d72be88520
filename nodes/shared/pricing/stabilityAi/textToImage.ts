/**
 * The legacy v1 text-to-image line of an estimate: the engine's price per image at the size and
 * steps asked for, × samples × count, with what was assumed.
 */
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import { readNumber, readString, roundTo } from '../core/numbers';
import type { BreakdownLine } from '../core/types';
import { checkEngineSize, defaultSize, enginePrice, type EngineMethod } from './engines';
import {
	STABILITY_DEFAULT_ENGINE,
	STABILITY_LEGACY_LIMITS,
	type StabilityAiEngine,
	type StabilityAiPrices,
} from './prices';

export interface TextToImageInput {
	engine?: unknown;
	width?: unknown;
	height?: unknown;
	steps?: unknown;
	samples?: unknown;
}

function readSide(value: unknown, field: 'width' | 'height', fallback: number): number {
	const { sideMin, sideMax, sideMultiple } = STABILITY_LEGACY_LIMITS;
	const side = readNumber(
		value,
		field,
		{ integer: true, min: sideMin, max: sideMax, extra: `and a multiple of ${sideMultiple}` },
		fallback,
	);
	if (side % sideMultiple !== 0) {
		throw new PricingInputError(
			field,
			`${field} must be a multiple of ${sideMultiple} from ${sideMin} to ${sideMax} (got ${side}).`,
		);
	}
	return side;
}

function readEngine(value: unknown, prices: StabilityAiPrices): string {
	const wanted = readString(value, 'engine') ?? STABILITY_DEFAULT_ENGINE;
	const known = Object.keys(prices.engines);
	const id = matchKey(known, wanted);
	if (id === undefined) {
		throw new PricingInputError(
			'engine',
			`Unknown engine ${JSON.stringify(wanted)}: use one of ${known.join(', ')}.`,
		);
	}
	return id;
}

/** How the engine's rule priced the image, in words (one assumption). */
function ruleAssumption(id: string, engine: StabilityAiEngine, method: EngineMethod): string {
	const name = `${engine.label} (${id})`;
	const { rule } = engine;
	switch (rule.kind) {
		case 'dreamStudioTable':
			return `${name}: credits per image = (50-step price for the image size) × steps / 50, rounded to 0.1 like the DreamStudio table (Stability AI, "Credits + Billing", 2023 edition).`;
		case 'steps': {
			const listed = Object.entries(rule.creditsAtSteps)
				.map(([steps, credits]) => `${steps} → ${credits}`)
				.join(', ');
			const [c0, c1, c2] = rule.polynomial;
			return `${name}: priced by steps only, whatever the size (Stability's pricing page, 2023): ${listed} credits per image, other step counts ${c0} + ${c1}·steps + ${c2}·steps²${method === 'listed' ? '' : ' (used here)'}.`;
		}
		case 'pixels':
			return `${name}: credits per image = (width × height − ${rule.pixelOffset.toLocaleString('en-US')}) × steps / 30 × ${rule.creditsPerPixelAt30Steps} (Stability's pricing page, 2023).`;
		case 'flat':
			return `${name}: ${rule.credits} credits per image, the price override's, whatever the size and steps.`;
	}
}

/** The v1 text-to-image line for `count` requests, and its assumptions. */
export function textToImageLine(
	source: TextToImageInput,
	prices: StabilityAiPrices,
	count: number,
): { line: BreakdownLine; assumptions: string[] } {
	const id = readEngine(source.engine, prices);
	const engine = prices.engines[id];
	const [defaultWidth, defaultHeight] = defaultSize(engine);
	const width = readSide(source.width, 'width', defaultWidth);
	const height = readSide(source.height, 'height', defaultHeight);
	checkEngineSize(id, engine, width, height);
	const { stepsMin, stepsMax, stepsDefault, samplesMin, samplesMax } = STABILITY_LEGACY_LIMITS;
	const steps = readNumber(
		source.steps,
		'steps',
		{ integer: true, min: stepsMin, max: stepsMax },
		stepsDefault,
	);
	const samples = readNumber(
		source.samples,
		'samples',
		{ integer: true, min: samplesMin, max: samplesMax },
		1,
	);
	const perImage = enginePrice(engine, prices.legacyBaseAt50Steps, width, height, steps);
	const images = samples * count;
	const credits = roundTo(perImage.credits * images, 3);
	const assumptions = [
		`${ruleAssumption(id, engine, perImage.method)} ${samples} sample(s) × ${count} request(s) = ${images} image(s).`,
	];
	if (readString(source.engine, 'engine') === undefined) {
		assumptions.push(`engine not given: ${engine.label} (${id}), the default.`);
	}
	if (engine.note) assumptions.push(engine.note);
	if (perImage.method === 'interpolated') {
		assumptions.push(
			`${width}×${height} is not in the table: its 50-step price is interpolated linearly by pixel count between the nearest table sizes.`,
		);
	} else if (perImage.method === 'extrapolated') {
		assumptions.push(
			`${width}×${height} is outside the table's sizes: its 50-step price is extrapolated with a power law in pixel count (cost grows faster than pixels, as Stability's "Credits + Billing" page notes).`,
		);
	}
	return {
		line: {
			label: `Legacy v1 text-to-image, ${engine.label} (${id}) ${width}×${height}, ${steps} steps`,
			quantity: images,
			unitMin: perImage.credits,
			unitMax: perImage.credits,
			min: credits,
			max: credits,
		},
		assumptions,
	};
}
