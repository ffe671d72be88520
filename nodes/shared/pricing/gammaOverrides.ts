/**
 * Gamma price overrides: a user's JSON replacing catalog prices, e.g.
 * `{"creditsPerCard": {"min": 1, "max": 4}, "imageModels": {"flux-1-quick": 3},
 *   "imageTiers": {"premium": {"min": 30, "max": 80}}, "newImageModels": {"flux-3": 9},
 *   "templateExtraPerCard": 2}`.
 * `imageModels` and `imageTiers` accept only names the entry knows (so a typo is caught);
 * `newImageModels` adds models the entry does not list.
 */
import type { GammaPrices } from './data/gammaPricing';
import { PricingInputError } from './errors';
import { asObject, asRange, checkKeys, describeOverride, join, parseOverrides } from './overrides';
import type { CreditRange } from './types';

const OVERRIDE_KEYS = [
	'creditsPerCard',
	'templateExtraPerCard',
	'imageModels',
	'newImageModels',
	'imageTiers',
] as const;

/** Model names with a price in the entry (exact or disputed). */
export function knownGammaModels(prices: GammaPrices): string[] {
	return [...Object.keys(prices.imageModels), ...Object.keys(prices.disputedImageModels)];
}

/** Apply validated overrides to a copy of the entry's prices; `applied` lists what changed. */
export function applyGammaOverrides(
	base: GammaPrices,
	raw: unknown,
): { prices: GammaPrices; applied: string[] } {
	const overrides = parseOverrides(raw);
	const applied: string[] = [];
	if (!overrides) return { prices: base, applied };
	checkKeys(overrides, OVERRIDE_KEYS, '');

	const imageModels: Record<string, number> = { ...base.imageModels };
	const disputed: Record<string, readonly [number, number]> = { ...base.disputedImageModels };
	const setModel = (name: string, range: CreditRange) => {
		delete imageModels[name];
		delete disputed[name];
		if (range.min === range.max) imageModels[name] = range.min;
		else disputed[name] = [range.min, range.max];
	};
	let creditsPerCard = base.creditsPerCard;
	let templateExtraPerCard = base.templateExtraPerCard;
	let imageTiers = base.imageTiers;

	if (overrides.creditsPerCard !== undefined) {
		creditsPerCard = asRange(overrides.creditsPerCard, 'creditsPerCard');
		applied.push(describeOverride('creditsPerCard', creditsPerCard));
	}
	if (overrides.templateExtraPerCard !== undefined) {
		const extra = asRange(overrides.templateExtraPerCard, 'templateExtraPerCard');
		if (extra.min !== extra.max) {
			throw new PricingInputError(
				'overrides.templateExtraPerCard',
				'Pricing overrides: `templateExtraPerCard` must be a single number of credits per card.',
			);
		}
		templateExtraPerCard = extra.max;
		applied.push(describeOverride('templateExtraPerCard', extra));
	}
	if (overrides.imageModels !== undefined) {
		const models = asObject(overrides.imageModels, 'imageModels');
		const known = knownGammaModels(base);
		checkKeys(
			models,
			known,
			'imageModels',
			'To price a model this pricing entry does not list, put it under `newImageModels`.',
		);
		for (const [name, value] of Object.entries(models)) {
			const path = join('imageModels', name);
			const range = asRange(value, path);
			setModel(name, range);
			applied.push(describeOverride(path, range));
		}
	}
	if (overrides.newImageModels !== undefined) {
		const models = asObject(overrides.newImageModels, 'newImageModels');
		for (const [name, value] of Object.entries(models)) {
			const path = join('newImageModels', name);
			const range = asRange(value, path);
			setModel(name, range);
			applied.push(describeOverride(path, range));
		}
	}
	if (overrides.imageTiers !== undefined) {
		const tiers = asObject(overrides.imageTiers, 'imageTiers');
		checkKeys(
			tiers,
			base.imageTiers.map((tier) => tier.id),
			'imageTiers',
		);
		imageTiers = base.imageTiers.map((tier) => {
			if (tiers[tier.id] === undefined) return tier;
			const path = join('imageTiers', tier.id);
			const range = asRange(tiers[tier.id], path);
			applied.push(describeOverride(path, range));
			return { ...tier, min: range.min, max: range.max };
		});
	}
	return {
		prices: {
			creditsPerCard,
			templateExtraPerCard,
			imageTiers,
			imageModels,
			disputedImageModels: disputed,
		},
		applied,
	};
}
