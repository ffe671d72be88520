/**
 * Stability AI credit estimates (1 credit = US$0.01).
 * - `v1-text-to-image` (legacy): priced by engine (prices.ts, textToImage.ts): SDXL 1.0 / 0.9
 *   by steps, SD 1.x / 2.x by pixels and steps, SDXL Beta v2.2.2 by the DreamStudio table;
 *   credits per image × samples × count.
 * - v2beta services: a flat price per generation × count; a service no public source prices
 *   yet asks for its price in the overrides.
 * Prices are exact, so `min` = `expected` = `max`.
 */
import { resolvePricingEntry } from '../core/catalog';
import { STABILITY_AI_PRICING } from './prices';
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import { readNumber, readString, roundTo } from '../core/numbers';
import { overridesAssumption, versionLabel } from '../core/overrides';
import { applyStabilityAiOverrides, STABILITY_LEGACY_SERVICE } from './overrides';
import { textToImageLine } from './textToImage';
import type { BreakdownLine, CreditEstimate, EstimateOptions } from '../core/types';

export { STABILITY_LEGACY_SERVICE } from './overrides';

/** The v2beta services of the newest entry (those without a published price ask for one). */
export type StabilityAiV2betaService =
	| 'ultra'
	| 'sd3.5-large'
	| 'sd3.5-large-turbo'
	| 'sd3.5-medium'
	| 'sd3.5-flash'
	| 'core'
	| 'upscale-creative'
	| 'upscale-conservative'
	| 'upscale-fast'
	| 'erase'
	| 'inpaint'
	| 'outpaint'
	| 'remove-background'
	| 'search-and-replace'
	| 'search-and-recolor'
	| 'replace-background-and-relight'
	| 'control-sketch'
	| 'control-structure'
	| 'control-style'
	| 'control-style-transfer'
	| 'stable-fast-3d'
	| 'stable-point-aware-3d'
	| 'text-to-audio'
	| 'audio-to-audio'
	| 'stable-audio';

export type StabilityAiServiceId = typeof STABILITY_LEGACY_SERVICE | StabilityAiV2betaService;

/** The legacy v1 engines priced in the newest entry. */
export type StabilityAiEngineId =
	| 'stable-diffusion-xl-1024-v1-0'
	| 'stable-diffusion-xl-1024-v0-9'
	| 'stable-diffusion-xl-beta-v2-2-2'
	| 'stable-diffusion-v1-5'
	| 'stable-diffusion-512-v2-1'
	| 'stable-diffusion-v1-6';

export interface StabilityAiEstimateInput {
	/**
	 * `v1-text-to-image` (legacy, priced by engine; the default) or a v2beta service id
	 * (flat price), or a service added with the `newServices` override.
	 */
	service?: StabilityAiServiceId | (string & Record<never, never>);
	/** Legacy: the v1 engine id (default `stable-diffusion-xl-1024-v1-0`, SDXL 1.0). */
	engine?: StabilityAiEngineId | (string & Record<never, never>);
	/**
	 * Legacy: image width in pixels, a multiple of 64 from 128 to 1536; SDXL 1.0 / 0.9 take only
	 * their nine sizes. Default 1024 for SDXL 1.0 / 0.9, else 512.
	 */
	width?: number;
	/** Legacy: image height in pixels, as `width`. */
	height?: number;
	/** Legacy: diffusion steps, 10–150 (default 30, the API's). */
	steps?: number;
	/** Legacy: images per request, 1–10 (default 1). */
	samples?: number;
	/** Number of requests (generations), at least 1 (default 1). */
	count?: number;
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
		const legacy = textToImageLine(source, prices, count);
		line = legacy.line;
		assumptions.push(...legacy.assumptions);
	} else {
		const priced = prices.services[service];
		if (priced.credits === undefined) {
			throw new PricingInputError(
				'service',
				`${priced.label} (${service}) has no published price yet: add it with the Price Overrides {"services": {"${service}": <credits>}} (the credits Stability charges for one generation).`,
			);
		}
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
