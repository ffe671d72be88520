/**
 * ImagineArt price overrides: a user's JSON replacing catalog prices, e.g.
 * `{"models": {"flux-dev": 6, "nano-banana-2": {"2K": 80}},
 *   "newModels": {"flux-3": {"credits": 40, "pro": true, "label": "Flux 3"}},
 *   "promptEnhancerMaxExtra": 3}`.
 * `models` accepts only models the entry knows (so a typo is caught); a number sets every
 * resolution of the model. `newModels` adds models (a number, or credits/pro/label); `pro`
 * defaults to whether the id contains "pro".
 */
import type { ImagineArtImageModelPrice } from './data/imagineArtModels';
import type { ImagineArtPrices } from './data/imagineArtPricing';
import { PricingInputError } from './errors';
import {
	asCredits,
	asObject,
	checkKeys,
	describeOverride,
	join,
	parseOverrides,
} from './overrides';

const OVERRIDE_KEYS = ['models', 'newModels', 'promptEnhancerMaxExtra'] as const;

function readModelCredits(
	value: unknown,
	path: string,
	current: ImagineArtImageModelPrice | undefined,
): Record<string, number> {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const given = asObject(value, path);
		const allowed = current ? Object.keys(current.credits) : undefined;
		if (allowed) checkKeys(given, allowed, path);
		const credits: Record<string, number> = { ...(current?.credits ?? {}) };
		for (const [resolution, price] of Object.entries(given)) {
			credits[resolution] = asCredits(price, join(path, resolution));
		}
		return credits;
	}
	const price = asCredits(value, path);
	const keys = current ? Object.keys(current.credits) : ['default'];
	return Object.fromEntries(keys.map((key) => [key, price]));
}

function describeCredits(path: string, credits: Record<string, number>): string {
	const entries = Object.entries(credits);
	if (entries.length === 1 && entries[0][0] === 'default') {
		return describeOverride(path, { min: entries[0][1], max: entries[0][1] });
	}
	return `${path} = ${entries.map(([res, price]) => `${res} ${price}`).join(', ')}`;
}

/** Apply validated overrides to a copy of the entry's prices; `applied` lists what changed. */
export function applyImagineArtOverrides(
	base: ImagineArtPrices,
	raw: unknown,
): { prices: ImagineArtPrices; applied: string[] } {
	const overrides = parseOverrides(raw);
	const applied: string[] = [];
	if (!overrides) return { prices: base, applied };
	checkKeys(overrides, OVERRIDE_KEYS, '');
	const models: Record<string, ImagineArtImageModelPrice> = { ...base.imageModels };
	let promptEnhancerMaxExtra = base.promptEnhancerMaxExtra;

	if (overrides.models !== undefined) {
		const given = asObject(overrides.models, 'models');
		checkKeys(
			given,
			Object.keys(base.imageModels),
			'models',
			'To price a model this pricing entry does not list, put it under `newModels`.',
		);
		for (const [id, value] of Object.entries(given)) {
			const path = join('models', id);
			const credits = readModelCredits(value, path, models[id]);
			models[id] = { ...models[id], credits };
			applied.push(describeCredits(path, credits));
		}
	}
	if (overrides.newModels !== undefined) {
		const given = asObject(overrides.newModels, 'newModels');
		for (const [id, value] of Object.entries(given)) {
			const path = join('newModels', id);
			let model: ImagineArtImageModelPrice;
			if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
				const spec = asObject(value, path);
				checkKeys(spec, ['credits', 'pro', 'label'], path);
				if (spec.credits === undefined) {
					throw new PricingInputError(
						`overrides.${path}.credits`,
						`Pricing overrides: \`${path}\` needs "credits" (a number, or resolutions to numbers).`,
					);
				}
				if (spec.pro !== undefined && typeof spec.pro !== 'boolean') {
					throw new PricingInputError(
						`overrides.${path}.pro`,
						`Pricing overrides: \`${path}.pro\` must be true or false.`,
					);
				}
				if (spec.label !== undefined && typeof spec.label !== 'string') {
					throw new PricingInputError(
						`overrides.${path}.label`,
						`Pricing overrides: \`${path}.label\` must be text.`,
					);
				}
				const credits =
					typeof spec.credits === 'object' && spec.credits !== null
						? readModelCredits(spec.credits, join(path, 'credits'), undefined)
						: { default: asCredits(spec.credits, join(path, 'credits')) };
				model = {
					label: (spec.label as string | undefined) ?? id,
					credits,
					pro: (spec.pro as boolean | undefined) ?? /\bpro\b/i.test(id),
				};
			} else {
				model = {
					label: id,
					credits: { default: asCredits(value, path) },
					pro: /\bpro\b/i.test(id),
				};
			}
			models[id] = model;
			applied.push(describeCredits(path, { ...model.credits }));
		}
	}
	if (overrides.promptEnhancerMaxExtra !== undefined) {
		promptEnhancerMaxExtra = asCredits(overrides.promptEnhancerMaxExtra, 'promptEnhancerMaxExtra');
		applied.push(`promptEnhancerMaxExtra = ${promptEnhancerMaxExtra}`);
	}
	return { prices: { ...base, imageModels: models, promptEnhancerMaxExtra }, applied };
}
