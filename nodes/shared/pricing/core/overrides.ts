/**
 * Reading a user's price overrides (JSON). Each provider declares which keys it accepts; this
 * file parses the JSON and checks keys and values, throwing a PricingInputError whose `field`
 * is `overrides.<key path>` (e.g. `overrides.imageTiers.premiun`) for anything it cannot use.
 */
import { PricingInputError } from './errors';
import { matchKey } from './keys';
import { formatRange } from './numbers';
import type { CreditRange } from './types';

export type OverrideObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is OverrideObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throw a PricingInputError on `overrides.<path>`. */
export function fail(path: string, message: string): never {
	throw new PricingInputError(`overrides.${path}`, `Pricing overrides: ${message}`);
}

/**
 * Parse the overrides parameter: a JSON string or an object. Empty input (undefined, '', '{}')
 * gives undefined: no overrides.
 */
export function parseOverrides(raw: unknown): OverrideObject | undefined {
	if (raw === undefined || raw === null) return undefined;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return undefined;
		const parsed = parseJson(raw);
		if ('problem' in parsed) {
			throw new PricingInputError(
				'overrides',
				`Pricing overrides are not valid JSON: ${parsed.problem}`,
			);
		}
		value = parsed.value;
	}
	if (!isPlainObject(value)) {
		throw new PricingInputError(
			'overrides',
			'Pricing overrides must be a JSON object, e.g. {"imageModels": {"flux-1-quick": 3}}.',
		);
	}
	return Object.keys(value).length === 0 ? undefined : value;
}

/** JSON.parse that answers with the parser's complaint instead of throwing it. */
function parseJson(text: string): { value: unknown } | { problem: string } {
	try {
		return { value: JSON.parse(text) as unknown };
	} catch (error) {
		return { problem: (error as Error).message };
	}
}

function unknownKey(key: string, allowed: readonly string[], path: string, hint: string): never {
	const where = path === '' ? 'at the top level' : `under \`${path}\``;
	return fail(
		join(path, key),
		`unknown key \`${join(path, key)}\`; allowed ${where}: ${
			allowed.length > 0 ? allowed.join(', ') : '(none)'
		}.${hint ? ` ${hint}` : ''}`,
	);
}

/** Throw on the first key of `obj` not in `allowed`, naming its full path. */
export function checkKeys(
	obj: OverrideObject,
	allowed: readonly string[],
	path: string,
	hint = '',
): void {
	const unknown = Object.keys(obj).find((key) => !allowed.includes(key));
	if (unknown !== undefined) unknownKey(unknown, allowed, path, hint);
}

/** Parse the overrides and check their top-level keys; undefined when there are none. */
export function readOverrides(
	raw: unknown,
	allowed: readonly string[],
): OverrideObject | undefined {
	const overrides = parseOverrides(raw);
	if (overrides) checkKeys(overrides, allowed, '');
	return overrides;
}

/** Names for `overrideItems` that are their own spelling. */
export function namesOf(ids: readonly string[]): Record<string, string> {
	return Object.fromEntries(ids.map((id) => [id, id]));
}

export interface OverrideItem {
	/** The catalog's name for it, or the name as given where any name is accepted. */
	name: string;
	value: unknown;
	/** `<section>.<name>`, for messages and the list of what was overridden. */
	path: string;
}

/**
 * The entries of the object at `path`. With `names` (each accepted spelling → the catalog's
 * name, e.g. `basic` → `standard`) a key is matched ignoring case and an unknown one throws;
 * without, any key is taken as given. Two keys for the same name throw.
 */
export function overrideItems(
	value: unknown,
	path: string,
	names?: Readonly<Record<string, string>>,
	hint = '',
): OverrideItem[] {
	const seen = new Map<string, string>();
	return Object.entries(asObject(value, path)).map(([key, item]) => {
		let name = key;
		if (names) {
			const match = matchKey(Object.keys(names), key);
			if (match === undefined) unknownKey(key, Object.keys(names), path, hint);
			name = names[match];
		}
		const first = seen.get(name.toLowerCase());
		if (first !== undefined) {
			fail(
				join(path, key),
				`\`${join(path, first)}\` and \`${join(path, key)}\` are the same: give it once.`,
			);
		}
		seen.set(name.toLowerCase(), key);
		return { name, value: item, path: join(path, name) };
	});
}

/** `a` + `b` → `a.b` (or `b` at the top level). */
export function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

/** The value at `path` must be an object (of keys → prices). */
export function asObject(value: unknown, path: string): OverrideObject {
	if (!isPlainObject(value)) fail(path, `\`${path}\` must be an object of names to prices.`);
	return value;
}

/** A price in credits: a finite number ≥ 0 (numeric strings are accepted). */
export function asCredits(value: unknown, path: string): number {
	const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof parsed !== 'number' || !Number.isFinite(parsed) || parsed < 0) {
		fail(path, `\`${path}\` must be a number of credits ≥ 0 (got ${JSON.stringify(value)}).`);
	}
	return parsed;
}

/** A price range: a number (exact price) or `{ "min": n, "max": m }` with min ≤ max. */
export function asRange(value: unknown, path: string): CreditRange {
	if (!isPlainObject(value)) {
		const exact = asCredits(value, path);
		return { min: exact, max: exact };
	}
	checkKeys(value, ['min', 'max'], path);
	if (value.min === undefined || value.max === undefined) {
		fail(path, `\`${path}\` needs both "min" and "max" (or a single number).`);
	}
	const min = asCredits(value.min, join(path, 'min'));
	const max = asCredits(value.max, join(path, 'max'));
	if (min > max) fail(path, `\`${path}\`: min (${min}) is more than max (${max}).`);
	return { min, max };
}

/** `flux-1-quick = 3` or `premium = 30–80` for the "prices overridden" assumption. */
export function describeOverride(path: string, price: number | CreditRange): string {
	const { min, max } = typeof price === 'number' ? { min: price, max: price } : price;
	return `${path} = ${formatRange(min, max)}`;
}

/** The pricingVersion reported for an estimate, with `+overrides` when any price was replaced. */
export function versionLabel(id: string, applied: readonly string[]): string {
	return applied.length > 0 ? `${id}+overrides` : id;
}

/** The assumption line listing what the user overrode. */
export function overridesAssumption(applied: readonly string[]): string[] {
	return applied.length > 0 ? [`Prices overridden by the user: ${applied.join('; ')}.`] : [];
}
