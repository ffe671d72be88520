/** Looking up Gamma image tiers and models by the names users give them (any case). */
import type { GammaModelPrice } from './imageModels';
import type { GammaImageTier, GammaPrices } from './prices';
import { matchKey } from '../core/keys';
import type { CreditRange } from '../core/types';

/** Every name a tier goes by (its id and `alsoCalled`) → its id. */
export function gammaTierNames(tiers: readonly GammaImageTier[]): Record<string, string> {
	return Object.fromEntries(
		tiers.flatMap((tier) => [tier.id, ...(tier.alsoCalled ?? [])].map((name) => [name, tier.id])),
	);
}

export function findGammaTier(
	tiers: readonly GammaImageTier[],
	wanted: string,
): GammaImageTier | undefined {
	const names = gammaTierNames(tiers);
	const name = matchKey(Object.keys(names), wanted);
	return name === undefined ? undefined : tiers.find((tier) => tier.id === names[name]);
}

/** A price as a range: a disputed price spans both figures. */
export function gammaModelRange(price: GammaModelPrice): CreditRange {
	return typeof price === 'number' ? { min: price, max: price } : { min: price[0], max: price[1] };
}

/** The model called `wanted` and its price per image, if the entry lists it. */
export function findGammaModel(
	prices: GammaPrices,
	wanted: string,
): { model: string; range: CreditRange } | undefined {
	const model = matchKey(Object.keys(prices.imageModels), wanted);
	return model === undefined
		? undefined
		: { model, range: gammaModelRange(prices.imageModels[model]) };
}
