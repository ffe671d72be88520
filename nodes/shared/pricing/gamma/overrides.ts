/**
 * Gamma price overrides: a user's JSON replacing catalog prices, e.g.
 * `{"creditsPerCard": {"min": 1, "max": 4}, "imageModels": {"flux-1-quick": 3},
 *   "imageTiers": {"premium": {"min": 30, "max": 80}}, "newImageModels": {"flux-3": 9},
 *   "templateExtraPerCard": 2}`.
 * `imageModels` and `imageTiers` accept only names the entry knows, in any case (so a typo is
 * caught; a tier may go by its other name, e.g. `basic` for `standard`); `newImageModels` adds
 * models the entry does not list.
 */
import type { GammaModelPrice } from './imageModels';
import type { GammaPrices } from './prices';
import { gammaTierNames } from './names';
import {
	asCredits,
	asRange,
	describeOverride,
	namesOf,
	overrideItems,
	readOverrides,
} from '../core/overrides';
import type { CreditRange } from '../core/types';

const OVERRIDE_KEYS = [
	'creditsPerCard',
	'templateExtraPerCard',
	'imageModels',
	'newImageModels',
	'imageTiers',
] as const;

/** Apply validated overrides to a copy of the entry's prices; `applied` lists what changed. */
export function applyGammaOverrides(
	base: GammaPrices,
	raw: unknown,
): { prices: GammaPrices; applied: string[] } {
	const overrides = readOverrides(raw, OVERRIDE_KEYS);
	const applied: string[] = [];
	if (!overrides) return { prices: base, applied };
	const range = (value: unknown, path: string): CreditRange => {
		const read = asRange(value, path);
		applied.push(describeOverride(path, read));
		return read;
	};
	const prices: GammaPrices = { ...base };

	if (overrides.creditsPerCard !== undefined) {
		prices.creditsPerCard = range(overrides.creditsPerCard, 'creditsPerCard');
	}
	if (overrides.templateExtraPerCard !== undefined) {
		prices.templateExtraPerCard = asCredits(overrides.templateExtraPerCard, 'templateExtraPerCard');
		applied.push(describeOverride('templateExtraPerCard', prices.templateExtraPerCard));
	}
	const imageModels: Record<string, GammaModelPrice> = { ...base.imageModels };
	const modelSections = [
		{
			key: 'imageModels',
			names: namesOf(Object.keys(base.imageModels)),
			hint: 'To price a model this pricing entry does not list, put it under `newImageModels`.',
		},
		{ key: 'newImageModels', names: undefined, hint: '' },
	] as const;
	for (const { key, names, hint } of modelSections) {
		if (overrides[key] === undefined) continue;
		for (const item of overrideItems(overrides[key], key, names, hint)) {
			const { min, max } = range(item.value, item.path);
			imageModels[item.name] = min === max ? min : [min, max];
		}
	}
	prices.imageModels = imageModels;
	if (overrides.imageTiers !== undefined) {
		const items = overrideItems(
			overrides.imageTiers,
			'imageTiers',
			gammaTierNames(base.imageTiers),
		);
		const tiers = new Map(items.map((item) => [item.name, range(item.value, item.path)]));
		prices.imageTiers = base.imageTiers.map((tier) => ({ ...tier, ...tiers.get(tier.id) }));
	}
	return { prices, applied };
}
