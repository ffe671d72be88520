/** Looking up an ImagineArt model and its price per image. */
import { findOfficialImageModel } from './aliases';
import type { ImagineArtImageModelPrice } from './models';
import type { ImagineArtPrices } from './prices';
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import { roundCredits } from '../core/numbers';
import type { CreditRange } from '../core/types';

const BASE = 'default';

/** Resolutions priced separately (`1K`, `2K`, `4K`); empty when one price fits all. */
export function resolutionsOf(model: ImagineArtImageModelPrice): string[] {
	return Object.keys(model.credits).filter((key) => key !== BASE);
}

function unknownModel(prices: ImagineArtPrices, wanted: string, field: string, versionId: string) {
	return new PricingInputError(
		field,
		`Unknown ImagineArt model ${JSON.stringify(wanted)} in ${versionId}: use one of ${Object.keys(
			prices.imageModels,
		).join(', ')}, or add its price with the overrides {"newModels": {"${wanted}": <credits>}}.`,
	);
}

/**
 * Find a model by its id, else its id in any case, else its label in any case, else its id or
 * display name in ImagineArt's official n8n node. A model that node offers but no public source
 * prices is an error asking for its price as an override.
 */
export function findImagineArtModel(
	prices: ImagineArtPrices,
	wanted: string,
	field: string,
	versionId: string,
): { id: string; model: ImagineArtImageModelPrice } {
	const ids = Object.keys(prices.imageModels);
	const lower = wanted.toLowerCase();
	const official = findOfficialImageModel(wanted);
	const id =
		matchKey(ids, wanted) ??
		ids.find((key) => prices.imageModels[key].label.toLowerCase() === lower) ??
		(official ? matchKey(ids, official.model.priced ?? official.id) : undefined);
	if (id !== undefined) return { id, model: prices.imageModels[id] };
	if (official && !official.model.priced) {
		throw new PricingInputError(
			field,
			`${official.model.label} (${official.id}) is a model of ImagineArt's n8n node, but no public ImagineArt price list gives its credits yet: add the cost ImagineArt shows for it with the overrides {"newModels": {"${official.id}": <credits>}}.`,
		);
	}
	throw unknownModel(prices, wanted, field, versionId);
}

export interface ImagineArtImagePrice {
	range: CreditRange;
	resolution?: string;
	/** True when the range was widened because the model's price at `resolution` is unpublished. */
	widened: boolean;
}

/** One of the resolutions `id` is offered at, in its own spelling. */
function matchResolution(known: string[], resolution: string, id: string): string {
	const match = matchKey(known, resolution);
	if (match) return match;
	throw new PricingInputError(
		'resolution',
		`resolution must be one of ${known.join(', ')} for ${id} (got ${JSON.stringify(resolution)}).`,
	);
}

/** A model priced per resolution: the price at one, or the range over all when none is picked. */
function pricePerResolution(
	id: string,
	model: ImagineArtImageModelPrice,
	resolution: string | undefined,
	assumptions: string[],
): ImagineArtImagePrice {
	const resolutions = resolutionsOf(model);
	if (resolution === undefined) {
		const all = resolutions.map((res) => model.credits[res]);
		assumptions.push(
			`No resolution given for ${model.label}: the range spans its resolutions (${resolutions.join(', ')}).`,
		);
		return { range: { min: Math.min(...all), max: Math.max(...all) }, widened: false };
	}
	const match = matchResolution(resolutions, resolution, id);
	const price = model.credits[match];
	return { range: { min: price, max: price }, resolution: match, widened: false };
}

/**
 * A model with one base price (ImagineArt's price at 1K). At a larger resolution it costs more
 * by an unpublished amount: its own price there when an override gives one, else a range from
 * the base to base × `resolutionMaxFactor`.
 */
function priceFromBase(
	prices: ImagineArtPrices,
	id: string,
	model: ImagineArtImageModelPrice,
	resolution: string | undefined,
	assumptions: string[],
): ImagineArtImagePrice {
	const base = model.credits[BASE];
	if (resolution === undefined) {
		assumptions.push(
			`No resolution given for ${model.label}: priced at its ${prices.imageResolutions[0]} base cost; larger resolutions cost more.`,
		);
		return { range: { min: base, max: base }, widened: false };
	}
	const known = [...new Set([...prices.imageResolutions, ...resolutionsOf(model)])];
	const match = matchResolution(known, resolution, id);
	const order = prices.imageResolutions;
	if (model.maxResolution && order.indexOf(match) > order.indexOf(model.maxResolution)) {
		throw new PricingInputError(
			'resolution',
			`${model.label} makes images up to ${model.maxResolution} (ImagineArt docs, "Image Credits"): resolution ${match} is not offered.`,
		);
	}
	const own = model.credits[match];
	if (own !== undefined) {
		return { range: { min: own, max: own }, resolution: match, widened: false };
	}
	const factor = prices.resolutionMaxFactor[match] ?? 1;
	if (match === order[0] || factor === 1) {
		return { range: { min: base, max: base }, resolution: match, widened: false };
	}
	const max = roundCredits(base * factor);
	assumptions.push(
		`${model.label} at ${match}: ImagineArt publishes only its ${order[0]} base cost (${base} credits) and says ` +
			`"2K and 4K outputs cost more than 1K" without a number, so the range runs from the base to ` +
			`${factor}× it (${max}), the largest ${match}/${order[0]} ratio among its per-resolution prices ` +
			`(ImagineArt docs, "Image Credits", https://docs.imagine.art/image-tools/image-credits). ` +
			`For the exact number, set it with the overrides {"models": {"${id}": {"${match}": <credits>}}}.`,
	);
	return { range: { min: base, max }, resolution: match, widened: true };
}

/** The price per image for a model and an optional resolution (a range when it is not known). */
export function priceImagineArtModel(
	prices: ImagineArtPrices,
	id: string,
	model: ImagineArtImageModelPrice,
	resolution: string | undefined,
	assumptions: string[],
): ImagineArtImagePrice {
	return model.credits[BASE] === undefined
		? pricePerResolution(id, model, resolution, assumptions)
		: priceFromBase(prices, id, model, resolution, assumptions);
}

/** The assumption line for a model that needs a subscription. */
export function proAssumption(label: string): string {
	return (
		`${label} is a "Pro" model: it needs an active subscription, and free daily credits cannot pay ` +
		'for it (ImagineArt docs, "Understanding Credits", 2026; the flag follows the "Pro" label ' +
		'in the model name).'
	);
}
