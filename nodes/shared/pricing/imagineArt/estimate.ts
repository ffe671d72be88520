/**
 * ImagineArt estimates.
 * - `image`: the model's price per image (per resolution where the model has variants; a range
 *   over its resolutions when none is picked; a single-price model's 1K base widened at 2K/4K,
 *   see `modelPrice.ts`) × count. Models are found by this package's ids, their labels, or the
 *   ids and names of ImagineArt's n8n node (`aliases.ts`).
 * - `video`: a base cost at the model's minimum duration, scaled linearly with the duration
 *   (never below the minimum), plus a preview, × count (`video.ts`).
 * - `custom`: a user-entered cost per generation × count.
 * - `monthlyPlan`: (images/day × image cost + videos/day × video cost) × working days = `base`,
 *   plus a buffer (default 20–30 %) → `min`/`max` (ImagineArt docs, "Understanding Credits"
 *   (2026), https://docs.imagine.art/overview/understanding-credits).
 * - `developerApi`: API tokens per image by style × count, in `unit: 'apiTokens'`
 *   (`developerApi.ts`).
 * The prompt enhancer "adds a small credit cost": `max` grows by `promptEnhancerMaxExtra` per
 * image or video (a custom cost or a monthly plan takes costs as entered: the assumptions say
 * the enhancer is not added). `expected` is the midpoint of `min` and `max`.
 */
import { line, sumLines } from '../core/breakdown';
import { buildDeveloperApi } from './developerApi';
import { enhancerLine } from './enhancer';
import { buildVideo } from './video';
import { resolvePricingEntry } from '../core/catalog';
import { IMAGINE_ART_PRICING } from './prices';
import type { ImagineArtPrices } from './prices';
import { PricingInputError } from '../core/errors';
import type {
	ImagineArtEstimateInput,
	ImagineArtEstimateParts,
	ImagineArtEstimateType,
} from './input';
import { findImagineArtModel, priceImagineArtModel, proAssumption } from './modelPrice';
import { buildMonthlyPlan } from './monthlyPlan';
import { applyImagineArtOverrides } from './overrides';
import {
	formatRange,
	midpoint,
	readChoice,
	readNumber,
	readString,
	roundCredits,
} from '../core/numbers';
import { overridesAssumption, versionLabel } from '../core/overrides';
import type { CreditEstimate, EstimateOptions } from '../core/types';

export type { ImagineArtEstimateInput, ImagineArtEstimateType } from './input';

const ENHANCER_NOT_ADDED: Partial<Record<ImagineArtEstimateType, string>> = {
	custom:
		'promptEnhancer is not added to a custom cost: enter the cost with the enhancer included.',
	monthlyPlan:
		'promptEnhancer is not added to a monthly plan: include it in the image and video costs.',
	developerApi: 'promptEnhancer is an app setting: a developer-API estimate does not add it.',
};

function buildImage(
	input: ImagineArtEstimateInput,
	prices: ImagineArtPrices,
	versionId: string,
): ImagineArtEstimateParts {
	const assumptions: string[] = [];
	const wanted = readString(input.model, 'model');
	if (wanted === undefined) {
		throw new PricingInputError(
			'model',
			`model is required for an image estimate: use one of ${Object.keys(prices.imageModels).join(', ')}.`,
		);
	}
	const { id, model } = findImagineArtModel(prices, wanted, 'model', versionId);
	const count = readNumber(input.count, 'count', { integer: true, min: 1 }, 1);
	const priced = priceImagineArtModel(
		prices,
		id,
		model,
		readString(input.resolution, 'resolution'),
		assumptions,
	);
	const label = `${model.label}${priced.resolution ? ` ${priced.resolution}` : ''} image`;
	const breakdown = [line(label, count, priced.range)];
	assumptions.unshift(
		`${model.label}: ${formatRange(priced.range.min, priced.range.max)} credits per image; N images cost N times.`,
	);
	if (input.promptEnhancer === true) breakdown.push(enhancerLine(prices, count, assumptions));
	if (model.pro) assumptions.push(proAssumption(model.label));
	return {
		breakdown,
		min: sumLines(breakdown, 'min'),
		max: sumLines(breakdown, 'max'),
		requiresSubscription: model.pro,
		assumptions,
	};
}

function buildCustom(input: ImagineArtEstimateInput): ImagineArtEstimateParts {
	const cost = readNumber(input.customCost, 'customCost', { min: 0 });
	const count = readNumber(input.count, 'count', { integer: true, min: 1 }, 1);
	const breakdown = [line('Custom generation', count, { min: cost, max: cost })];
	const requiresSubscription = input.requiresSubscription === true;
	const assumptions = [`Custom cost: ${cost} credits per generation, as entered; × ${count}.`];
	if (requiresSubscription) assumptions.push(proAssumption('This model'));
	return {
		breakdown,
		min: breakdown[0].min,
		max: breakdown[0].max,
		requiresSubscription,
		assumptions,
	};
}

/** Estimate ImagineArt credits for one request, a video, a custom cost or a monthly plan. */
export function estimateImagineArt(
	input: ImagineArtEstimateInput,
	options: EstimateOptions = {},
): CreditEstimate {
	const entry = resolvePricingEntry(IMAGINE_ART_PRICING, options.pricingVersion);
	const { prices, applied } = applyImagineArtOverrides(entry.prices, options.overrides);
	const source = input ?? ({} as ImagineArtEstimateInput);
	const estimateType = readChoice<ImagineArtEstimateType>(
		source.estimateType,
		'estimateType',
		['image', 'video', 'custom', 'monthlyPlan', 'developerApi'],
		'image',
	);
	const built =
		estimateType === 'image'
			? buildImage(source, prices, entry.id)
			: estimateType === 'video'
				? buildVideo(source, prices)
				: estimateType === 'custom'
					? buildCustom(source)
					: estimateType === 'developerApi'
						? buildDeveloperApi(source, prices)
						: buildMonthlyPlan(source, prices, entry.id);

	const enhancerNote =
		source.promptEnhancer === true ? ENHANCER_NOT_ADDED[estimateType] : undefined;
	const assumptions = [
		...new Set(built.assumptions),
		...(enhancerNote ? [enhancerNote] : []),
		estimateType === 'monthlyPlan'
			? 'min and max add the low and high buffer to the base; expected is their midpoint.'
			: 'expected is the midpoint of min and max.',
		...overridesAssumption(applied),
	];
	return {
		provider: 'imagineArt',
		min: built.min,
		expected: roundCredits(midpoint(built.min, built.max)),
		max: built.max,
		unit: built.unit ?? 'credits',
		breakdown: built.breakdown,
		pricingVersion: versionLabel(entry.id, applied),
		assumptions,
		...(built.base !== undefined ? { base: built.base } : {}),
		requiresSubscription: built.requiresSubscription,
	};
}
