/**
 * ImagineArt monthly plan (ImagineArt docs, "Understanding Credits" (2026), "Estimating your credit
 * needs", https://docs.imagine.art/overview/understanding-credits):
 * (images/day × image cost + videos/day × video cost) × working days = `base`, then a buffer
 * (default 20–30 %): `min` = base + low buffer, `max` = base + high buffer. The breakdown shows
 * the base as a subtotal line. The page's example: 30 × 24 + 10 × 210 over 22 days = 62,040,
 * recommended 74,448–80,652.
 */
import { line, sumLines } from '../core/breakdown';
import type { ImagineArtPrices } from './prices';
import { PricingInputError } from '../core/errors';
import type { ImagineArtEstimateInput, ImagineArtEstimateParts } from './input';
import { findImagineArtModel, priceImagineArtModel, proAssumption } from './modelPrice';
import { formatRange, isBlank, readNumber, readString, roundCredits } from '../core/numbers';
import type { BreakdownLine } from '../core/types';

/**
 * Credits per image: `imageCost`, else the price of `model` (its highest resolution when none is
 * picked). A given `model` must exist, and its "Pro" flag counts even with an `imageCost`.
 */
function readImages(
	input: ImagineArtEstimateInput,
	prices: ImagineArtPrices,
	versionId: string,
	imagesPerDay: number,
	assumptions: string[],
): { cost: number; pro: boolean } {
	const entered = isBlank(input.imageCost)
		? undefined
		: readNumber(input.imageCost, 'imageCost', { min: 0 });
	const wanted = readString(input.model, 'model');
	if (wanted === undefined) {
		// with images to plan and no model, imageCost is required: readNumber says so
		const cost = entered ?? (imagesPerDay > 0 ? readNumber(undefined, 'imageCost', { min: 0 }) : 0);
		return { cost, pro: false };
	}
	const { id, model } = findImagineArtModel(prices, wanted, 'model', versionId);
	if (model.pro) assumptions.push(proAssumption(model.label));
	if (entered !== undefined) {
		assumptions.push(
			`imageCost ${entered} as entered; ${model.label} only says whether a subscription is needed.`,
		);
		return { cost: entered, pro: model.pro };
	}
	if (imagesPerDay === 0) return { cost: 0, pro: model.pro };
	const { range, widened } = priceImagineArtModel(
		prices,
		id,
		model,
		readString(input.resolution, 'resolution'),
		assumptions,
	);
	assumptions.push(
		range.min === range.max
			? `imageCost not given: ${model.label} at ${range.max} credits per image.`
			: widened
				? `imageCost not given: ${model.label} at the top of its range, ${range.max} credits per image.`
				: `imageCost not given: ${model.label} at its highest resolution price, ${range.max} credits per image.`,
	);
	return { cost: range.max, pro: model.pro };
}

export function buildMonthlyPlan(
	input: ImagineArtEstimateInput,
	prices: ImagineArtPrices,
	versionId: string,
): ImagineArtEstimateParts {
	const assumptions: string[] = [];
	const defaults = prices.monthlyPlan;
	const imagesPerDay = readNumber(input.imagesPerDay, 'imagesPerDay', { min: 0 }, 0);
	const videosPerDay = readNumber(input.videosPerDay, 'videosPerDay', { min: 0 }, 0);
	const workingDays = readNumber(
		input.workingDays,
		'workingDays',
		{ integer: true, min: 1, max: 31 },
		defaults.workingDays,
	);
	const bufferMin = readNumber(
		input.bufferMinPercent,
		'bufferMinPercent',
		{ min: 0, max: 100 },
		defaults.bufferMinPercent,
	);
	const bufferMax = readNumber(
		input.bufferMaxPercent,
		'bufferMaxPercent',
		{ min: 0, max: 100 },
		defaults.bufferMaxPercent,
	);
	if (bufferMax < bufferMin) {
		throw new PricingInputError(
			'bufferMaxPercent',
			`bufferMaxPercent (${bufferMax}) must be at least bufferMinPercent (${bufferMin}), from 0 to 100.`,
		);
	}

	const images = readImages(input, prices, versionId, imagesPerDay, assumptions);
	const requiresSubscription = input.requiresSubscription === true || images.pro;
	const videoCost =
		videosPerDay > 0 || !isBlank(input.videoCost)
			? readNumber(input.videoCost, 'videoCost', { min: 0 })
			: 0;

	const breakdown: BreakdownLine[] = [];
	if (imagesPerDay > 0) {
		breakdown.push(
			line(`Images (${imagesPerDay}/day × ${workingDays} days)`, imagesPerDay * workingDays, {
				min: images.cost,
				max: images.cost,
			}),
		);
	}
	if (videosPerDay > 0) {
		breakdown.push(
			line(`Videos (${videosPerDay}/day × ${workingDays} days)`, videosPerDay * workingDays, {
				min: videoCost,
				max: videoCost,
			}),
		);
	}
	const base = sumLines(breakdown, 'min');
	breakdown.push({
		label: 'Total before buffer',
		quantity: 1,
		min: base,
		max: base,
		subtotal: true,
		note: 'the sum of the lines above; not added again',
	});
	breakdown.push({
		label: `Buffer (${formatRange(bufferMin, bufferMax)} %)`,
		quantity: 1,
		min: roundCredits((base * bufferMin) / 100),
		max: roundCredits((base * bufferMax) / 100),
		note:
			'for variants, model switches and higher-quality settings (ImagineArt docs, ' +
			'"Understanding Credits", 2026)',
	});
	assumptions.unshift(
		`Monthly plan: (images/day × image cost + videos/day × video cost) × ${workingDays} working days = ${base} credits, plus a ${formatRange(bufferMin, bufferMax)} % buffer (ImagineArt docs, "Understanding Credits", 2026).`,
	);
	if (input.requiresSubscription === true) {
		assumptions.push(proAssumption('The planned model'));
	}
	return {
		breakdown,
		min: roundCredits(base + breakdown[breakdown.length - 1].min),
		max: roundCredits(base + breakdown[breakdown.length - 1].max),
		base,
		requiresSubscription,
		assumptions,
	};
}
