/** Looking up an ImagineArt model and its price per image. */
import type { ImagineArtImageModelPrice } from './models';
import type { ImagineArtPrices } from './prices';
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import type { CreditRange } from '../core/types';

/** Resolutions priced separately (`1K`, `2K`, `4K`); empty when one price fits all. */
export function resolutionsOf(model: ImagineArtImageModelPrice): string[] {
	return Object.keys(model.credits).filter((key) => key !== 'default');
}

/** Find a model by its id, else its id in any case, else its label in any case. */
export function findImagineArtModel(
	prices: ImagineArtPrices,
	wanted: string,
	field: string,
	versionId: string,
): { id: string; model: ImagineArtImageModelPrice } {
	const ids = Object.keys(prices.imageModels);
	const lower = wanted.toLowerCase();
	const id =
		matchKey(ids, wanted) ??
		ids.find((key) => prices.imageModels[key].label.toLowerCase() === lower);
	if (id !== undefined) return { id, model: prices.imageModels[id] };
	throw new PricingInputError(
		field,
		`Unknown ImagineArt model ${JSON.stringify(wanted)} in ${versionId}: use one of ${Object.keys(
			prices.imageModels,
		).join(', ')}, or add its price with the overrides {"newModels": {"${wanted}": <credits>}}.`,
	);
}

/** The price per image for a model and an optional resolution (a range when none is picked). */
export function priceImagineArtModel(
	id: string,
	model: ImagineArtImageModelPrice,
	resolution: string | undefined,
	assumptions: string[],
): { range: CreditRange; resolution?: string } {
	const resolutions = resolutionsOf(model);
	if (resolutions.length === 0) {
		const price = model.credits.default;
		if (resolution !== undefined) {
			assumptions.push(
				`${model.label} has one price for every resolution: resolution ${resolution} ignored.`,
			);
		}
		return { range: { min: price, max: price } };
	}
	if (resolution === undefined) {
		const all = resolutions.map((res) => model.credits[res]);
		assumptions.push(
			`No resolution given for ${model.label}: the range spans its resolutions (${resolutions.join(', ')}).`,
		);
		return { range: { min: Math.min(...all), max: Math.max(...all) } };
	}
	const match = matchKey(resolutions, resolution);
	if (!match) {
		throw new PricingInputError(
			'resolution',
			`resolution must be one of ${resolutions.join(', ')} for ${id} (got ${JSON.stringify(resolution)}).`,
		);
	}
	return { range: { min: model.credits[match], max: model.credits[match] }, resolution: match };
}

/** The assumption line for a model that needs a subscription. */
export function proAssumption(label: string): string {
	return (
		`${label} is a "Pro" model: it needs an active subscription, and free daily credits cannot pay ` +
		'for it (ImagineArt docs, "Understanding Credits", 2026; the flag follows the "Pro" label ' +
		'in the model name).'
	);
}
