/**
 * ImagineArt monthly plan (seed 004, "Estimating your credit needs"):
 * (images/day × image cost + videos/day × video cost) × working days = `base`, then a buffer
 * (default 20–30 %): `min` = base + low buffer, `max` = base + high buffer. The breakdown shows
 * the base as a subtotal line. Seed example: 30 × 24 + 10 × 210 over 22 days = 62,040,
 * recommended 74,448–80,652.
 */
import { line, sumLines } from './breakdown';
import type { ImagineArtPrices } from './data/imagineArtPricing';
import { PricingInputError } from './errors';
import type { ImagineArtEstimateInput, ImagineArtEstimateParts } from './imagineArtInput';
import { findImagineArtModel, priceImagineArtModel, proAssumption } from './imagineArtModelPrice';
import { formatRange, readNumber, readString, roundCredits } from './numbers';
import type { BreakdownLine } from './types';

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

	let requiresSubscription = input.requiresSubscription === true;
	let imageCost = 0;
	if (imagesPerDay > 0 || input.imageCost !== undefined) {
		const wanted = readString(input.model, 'model');
		if (input.imageCost === undefined && wanted !== undefined) {
			const { id, model } = findImagineArtModel(prices, wanted, 'model', versionId);
			const priced = priceImagineArtModel(
				id,
				model,
				readString(input.resolution, 'resolution'),
				assumptions,
			);
			imageCost = priced.range.max;
			assumptions.push(
				priced.range.min === priced.range.max
					? `imageCost not given: ${model.label} at ${imageCost} credits per image.`
					: `imageCost not given: ${model.label} at its highest resolution price, ${imageCost} credits per image.`,
			);
			if (model.pro) {
				requiresSubscription = true;
				assumptions.push(proAssumption(model.label));
			}
		} else {
			imageCost = readNumber(input.imageCost, 'imageCost', { min: 0 });
		}
	}
	const videoCost =
		videosPerDay > 0 || input.videoCost !== undefined
			? readNumber(input.videoCost, 'videoCost', { min: 0 })
			: 0;

	const images = imagesPerDay * workingDays;
	const videos = videosPerDay * workingDays;
	const breakdown: BreakdownLine[] = [];
	if (imagesPerDay > 0) {
		breakdown.push(
			line(`Images (${imagesPerDay}/day × ${workingDays} days)`, images, {
				min: imageCost,
				max: imageCost,
			}),
		);
	}
	if (videosPerDay > 0) {
		breakdown.push(
			line(`Videos (${videosPerDay}/day × ${workingDays} days)`, videos, {
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
		note: 'for variants, model switches and higher-quality settings (seed 004)',
	});
	assumptions.unshift(
		`Monthly plan: (images/day × image cost + videos/day × video cost) × ${workingDays} working days = ${base} credits, plus a ${formatRange(bufferMin, bufferMax)} % buffer (seed 004).`,
	);
	if (requiresSubscription && input.requiresSubscription === true) {
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
