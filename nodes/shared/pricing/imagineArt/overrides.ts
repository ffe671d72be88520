/**
 * ImagineArt price overrides: a user's JSON replacing catalog prices, e.g.
 * `{"models": {"flux-dev": 6, "nano-banana-2": {"2K": 80}},
 *   "newModels": {"flux-3": {"credits": 40, "pro": true, "label": "Flux 3"}},
 *   "promptEnhancerMaxExtra": 3, "apiStyles": {"sdxl-1.0": 8}}`.
 * `models` accepts only models (and resolutions) the entry knows, in any case, so a typo is
 * caught, also by the id ImagineArt's n8n node gives them (`imagine-art-2.0`); a number sets every
 * resolution of the model, and a single-price model takes a price for a larger resolution
 * (`{"flux-dev": {"4K": 12}}`) where the docs give none. `newModels` adds models: a number, or
 * credits/pro/label, where credits is a number or resolutions to numbers; `pro` defaults to
 * whether the id contains "pro". `apiStyles` sets developer-API tokens per image for the styles
 * the entry lists (a number ≥ 0).
 */
import { IMAGINE_ART_OFFICIAL_IMAGE_MODELS } from './aliases';
import type { ImagineArtImageModelPrice } from './models';
import type { ImagineArtPrices } from './prices';
import {
	asCredits,
	checkKeys,
	describeOverride,
	fail,
	isPlainObject,
	join,
	namesOf,
	overrideItems,
	readOverrides,
} from '../core/overrides';

const OVERRIDE_KEYS = ['models', 'newModels', 'promptEnhancerMaxExtra', 'apiStyles'] as const;
const DEFAULT = 'default';

/**
 * Credits per image from a number or an object of resolutions. For a listed model (`current`)
 * the keys are its own and the rest keep their price; for a new one, `default` alone or
 * resolutions only.
 */
function readCredits(
	value: unknown,
	path: string,
	current?: Readonly<Record<string, number>>,
	resolutions: readonly string[] = [],
): Record<string, number> {
	if (!isPlainObject(value)) {
		const price = asCredits(value, path);
		return Object.fromEntries(Object.keys(current ?? { [DEFAULT]: 0 }).map((key) => [key, price]));
	}
	const keys = current && [
		...new Set([...Object.keys(current), ...(DEFAULT in current ? resolutions : [])]),
	];
	const items = overrideItems(value, path, keys && namesOf(keys));
	if (items.length === 0) {
		fail(path, `\`${path}\` is empty: give a number of credits, or resolutions to numbers.`);
	}
	const given = Object.fromEntries(
		items.map(({ name, value: price, path: at }) => [
			name.toLowerCase() === DEFAULT ? DEFAULT : name,
			asCredits(price, at),
		]),
	);
	if (!current && given[DEFAULT] !== undefined && items.length > 1) {
		fail(
			join(path, DEFAULT),
			`\`${join(path, DEFAULT)}\`: give either "default" alone (one price for every ` +
				'resolution) or resolutions only, e.g. {"1K": 50, "4K": 100}.',
		);
	}
	return { ...current, ...given };
}

function readNewModel(id: string, value: unknown, path: string): ImagineArtImageModelPrice {
	const spec = isPlainObject(value) ? value : { credits: value };
	checkKeys(spec, ['credits', 'pro', 'label'], path);
	if (spec.credits === undefined) {
		fail(
			join(path, 'credits'),
			`\`${path}\` needs "credits" (a number, or resolutions to numbers).`,
		);
	}
	if (spec.pro !== undefined && typeof spec.pro !== 'boolean') {
		fail(join(path, 'pro'), `\`${path}.pro\` must be true or false.`);
	}
	if (spec.label !== undefined && typeof spec.label !== 'string') {
		fail(join(path, 'label'), `\`${path}.label\` must be text.`);
	}
	return {
		label: (spec.label as string | undefined) ?? id,
		credits: readCredits(spec.credits, isPlainObject(value) ? join(path, 'credits') : path),
		pro: (spec.pro as boolean | undefined) ?? /\bpro\b/i.test(id),
	};
}

function describeCredits(path: string, credits: Record<string, number>): string {
	const entries = Object.entries(credits);
	if (entries.length === 1 && entries[0][0] === DEFAULT)
		return describeOverride(path, entries[0][1]);
	return `${path} = ${entries.map(([res, price]) => `${res} ${price}`).join(', ')}`;
}

/** `apiStyles`: developer-API tokens per image for the styles the entry lists. */
function readApiStyles(
	base: ImagineArtPrices,
	raw: unknown,
	applied: string[],
): ImagineArtPrices['apiStyles'] {
	if (raw === undefined) return base.apiStyles;
	const styles = { ...base.apiStyles };
	const names = namesOf(Object.keys(base.apiStyles));
	for (const { name, value, path } of overrideItems(raw, 'apiStyles', names)) {
		const tokens = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
		if (typeof tokens !== 'number' || !Number.isFinite(tokens) || tokens < 0) {
			fail(path, `\`${path}\` must be a number of API tokens ≥ 0 (got ${JSON.stringify(value)}).`);
		}
		styles[name] = { ...styles[name], tokens };
		applied.push(`${path} = ${tokens} API tokens`);
	}
	return styles;
}

/** The official node's ids of the models this entry prices, each → the entry's id. */
function officialNames(base: ImagineArtPrices): Record<string, string> {
	return Object.fromEntries(
		Object.entries(IMAGINE_ART_OFFICIAL_IMAGE_MODELS)
			.filter(([, model]) => model.priced !== undefined && model.priced in base.imageModels)
			.map(([id, model]) => [id, model.priced as string]),
	);
}

/** Apply validated overrides to a copy of the entry's prices; `applied` lists what changed. */
export function applyImagineArtOverrides(
	base: ImagineArtPrices,
	raw: unknown,
): { prices: ImagineArtPrices; applied: string[] } {
	const overrides = readOverrides(raw, OVERRIDE_KEYS);
	const applied: string[] = [];
	if (!overrides) return { prices: base, applied };
	const models: Record<string, ImagineArtImageModelPrice> = { ...base.imageModels };
	let promptEnhancerMaxExtra = base.promptEnhancerMaxExtra;

	if (overrides.models !== undefined) {
		const names = { ...officialNames(base), ...namesOf(Object.keys(base.imageModels)) };
		const hint = 'To price a model this pricing entry does not list, put it under `newModels`.';
		for (const { name, value, path } of overrideItems(overrides.models, 'models', names, hint)) {
			const credits = readCredits(value, path, models[name].credits, base.imageResolutions);
			models[name] = { ...models[name], credits };
			applied.push(describeCredits(path, credits));
		}
	}
	if (overrides.newModels !== undefined) {
		for (const { name, value, path } of overrideItems(overrides.newModels, 'newModels')) {
			models[name] = readNewModel(name, value, path);
			applied.push(describeCredits(path, { ...models[name].credits }));
		}
	}
	if (overrides.promptEnhancerMaxExtra !== undefined) {
		promptEnhancerMaxExtra = asCredits(overrides.promptEnhancerMaxExtra, 'promptEnhancerMaxExtra');
		applied.push(describeOverride('promptEnhancerMaxExtra', promptEnhancerMaxExtra));
	}
	const apiStyles = readApiStyles(base, overrides.apiStyles, applied);
	return {
		prices: { ...base, imageModels: models, promptEnhancerMaxExtra, apiStyles },
		applied,
	};
}
