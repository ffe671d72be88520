/**
 * Stability AI credit estimates (1 credit = US$0.01).
 * - `v1-text-to-image` (legacy): the DreamStudio table of Stability AI's "Credits + Billing" page
 *   (June 2023 edition, see prices.ts), modelled in legacy.ts;
 *   credits per image × samples × count.
 * - v2beta services: a flat price per generation × count.
 * Prices are exact, so `min` = `expected` = `max`.
 */
import { resolvePricingEntry } from '../core/catalog';
import { STABILITY_AI_PRICING, STABILITY_LEGACY_LIMITS } from './prices';
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import { readNumber, readString, roundTo } from '../core/numbers';
import { overridesAssumption, versionLabel } from '../core/overrides';
import { legacyCreditsPerImage, legacyAnchors } from './legacy';
import { applyStabilityAiOverrides, STABILITY_LEGACY_SERVICE } from './overrides';
import type { BreakdownLine, CreditEstimate, EstimateOptions } from '../core/types';

export { STABILITY_LEGACY_SERVICE } from './overrides';

/** The v2beta services priced in the newest entry. */
export type StabilityAiV2betaService =
	| 'ultra'
	| 'sd3.5-large'
	| 'sd3.5-large-turbo'
	| 'sd3.5-medium'
	| 'core'
	| 'upscale-creative'
	| 'upscale-conservative'
	| 'upscale-fast'
	| 'erase'
	| 'inpaint'
	| 'remove-background'
	| 'search-and-replace'
	| 'control-sketch'
	| 'control-structure'
	| 'control-style'
	| 'stable-fast-3d'
	| 'stable-audio';

export type StabilityAiServiceId = typeof STABILITY_LEGACY_SERVICE | StabilityAiV2betaService;

export interface StabilityAiEstimateInput {
	/**
	 * `v1-text-to-image` (legacy, priced by size and steps; the default) or a v2beta service id
	 * (flat price), or a service added with the `newServices` override.
	 */
	service?: StabilityAiServiceId | (string & Record<never, never>);
	/** Legacy: image width in pixels, a multiple of 64 from 128 to 1536 (default 512). */
	width?: number;
	/** Legacy: image height in pixels, a multiple of 64 from 128 to 1536 (default 512). */
	height?: number;
	/** Legacy: diffusion steps, 10–150 (default 50). */
	steps?: number;
	/** Legacy: images per request, 1–10 (default 1). */
	samples?: number;
	/** Number of requests (generations), at least 1 (default 1). */
	count?: number;
}

function readSide(value: unknown, field: 'width' | 'height'): number {
	const { sideMin, sideMax, sideMultiple } = STABILITY_LEGACY_LIMITS;
	const side = readNumber(
		value,
		field,
		{ integer: true, min: sideMin, max: sideMax, extra: `and a multiple of ${sideMultiple}` },
		512,
	);
	if (side % sideMultiple !== 0) {
		throw new PricingInputError(
			field,
			`${field} must be a multiple of ${sideMultiple} from ${sideMin} to ${sideMax} (got ${side}).`,
		);
	}
	return side;
}

const toUsd = (credits: number, usdPerCredit: number) => roundTo(credits * usdPerCredit, 6);

/** Estimate the credits of Stability AI generations. */
export function estimateStabilityAi(
	input: StabilityAiEstimateInput,
	options: EstimateOptions = {},
): CreditEstimate {
	const entry = resolvePricingEntry(STABILITY_AI_PRICING, options.pricingVersion);
	const { prices, applied } = applyStabilityAiOverrides(entry.prices, options.overrides);
	const source = input ?? ({} as StabilityAiEstimateInput);
	const wanted = readString(source.service, 'service') ?? STABILITY_LEGACY_SERVICE;
	const known = [STABILITY_LEGACY_SERVICE, ...Object.keys(prices.services)];
	const service = matchKey(known, wanted);
	if (service === undefined) {
		throw new PricingInputError(
			'service',
			`Unknown service ${JSON.stringify(wanted)} in ${entry.id}: use one of ${known.join(', ')}` +
				(known.length === 1
					? ' (this entry predates the v2beta services: use pricingVersion stability-2026).'
					: ', or add its price with the overrides {"newServices": {"<id>": <credits>}}.'),
		);
	}
	const count = readNumber(source.count, 'count', { integer: true, min: 1 }, 1);
	const assumptions: string[] = [];
	let line: BreakdownLine;

	if (service === STABILITY_LEGACY_SERVICE) {
		const width = readSide(source.width, 'width');
		const height = readSide(source.height, 'height');
		const { stepsMin, stepsMax, samplesMin, samplesMax } = STABILITY_LEGACY_LIMITS;
		const steps = readNumber(
			source.steps,
			'steps',
			{ integer: true, min: stepsMin, max: stepsMax },
			50,
		);
		const samples = readNumber(
			source.samples,
			'samples',
			{ integer: true, min: samplesMin, max: samplesMax },
			1,
		);
		const anchors = legacyAnchors(prices.legacyBaseAt50Steps);
		const perImage = legacyCreditsPerImage(width, height, steps, anchors);
		const images = samples * count;
		const credits = roundTo(perImage.credits * images, 3);
		line = {
			label: `Legacy v1 text-to-image ${width}×${height}, ${steps} steps`,
			quantity: images,
			unitMin: perImage.credits,
			unitMax: perImage.credits,
			min: credits,
			max: credits,
		};
		assumptions.push(
			'Legacy v1 price: credits per image = (50-step price for the image size) × steps / 50, rounded to 0.1 like the DreamStudio table (Stability AI, "Credits + Billing", 2023 edition); samples × count images.',
		);
		if (perImage.method === 'interpolated') {
			assumptions.push(
				`${width}×${height} is not in the table: its 50-step price is interpolated linearly by pixel count between the nearest table sizes.`,
			);
		} else if (perImage.method === 'extrapolated') {
			assumptions.push(
				`${width}×${height} is outside the table's sizes: its 50-step price is extrapolated with a power law in pixel count (cost grows faster than pixels, as Stability's "Credits + Billing" page notes).`,
			);
		}
	} else {
		const priced = prices.services[service];
		const credits = roundTo(priced.credits * count, 3);
		line = {
			label: `${priced.label} (${service})`,
			quantity: count,
			unitMin: priced.credits,
			unitMax: priced.credits,
			min: credits,
			max: credits,
		};
		assumptions.push(
			`v2beta ${service}: a flat ${priced.credits} credits per generation, whatever the size; × ${count} generation(s).`,
		);
	}

	line.usdMin = toUsd(line.min, prices.usdPerCredit);
	line.usdMax = toUsd(line.max, prices.usdPerCredit);
	assumptions.push(`1 credit = US$${prices.usdPerCredit}.`);
	assumptions.push(...overridesAssumption(applied));
	const total = line.min;
	const usd = toUsd(total, prices.usdPerCredit);

	return {
		provider: 'stabilityAi',
		min: total,
		expected: total,
		max: total,
		unit: 'credits',
		breakdown: [line],
		pricingVersion: versionLabel(entry.id, applied),
		assumptions,
		usd: { min: usd, expected: usd, max: usd },
	};
}
