/**
 * Reading a user's price overrides (JSON). Each provider declares which keys it accepts; this
 * file parses the JSON and checks keys and values, throwing a PricingInputError whose `field`
 * is `overrides.<key path>` (e.g. `overrides.imageTiers.premiun`) for anything it cannot use.
 */
import { PricingInputError } from './errors';
import type { CreditRange } from './types';

export type OverrideObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is OverrideObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(path: string, message: string): never {
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
		try {
			value = JSON.parse(raw);
		} catch (error) {
			throw new PricingInputError(
				'overrides',
				`Pricing overrides are not valid JSON: ${(error as Error).message}`,
			);
		}
	}
	if (!isPlainObject(value)) {
		throw new PricingInputError(
			'overrides',
			'Pricing overrides must be a JSON object, e.g. {"imageModels": {"flux-1-quick": 3}}.',
		);
	}
	return Object.keys(value).length === 0 ? undefined : value;
}

/** Throw on the first key of `obj` not in `allowed`, naming its full path. */
export function checkKeys(
	obj: OverrideObject,
	allowed: readonly string[],
	path: string,
	hint = '',
): void {
	for (const key of Object.keys(obj)) {
		if (!allowed.includes(key)) {
			const where = path === '' ? 'at the top level' : `under \`${path}\``;
			fail(
				join(path, key),
				`unknown key \`${join(path, key)}\`; allowed ${where}: ${
					allowed.length > 0 ? allowed.join(', ') : '(none)'
				}.${hint ? ` ${hint}` : ''}`,
			);
		}
	}
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
export function describeOverride(path: string, range: CreditRange): string {
	return `${path} = ${range.min === range.max ? range.min : `${range.min}–${range.max}`}`;
}

/** The pricingVersion reported for an estimate, with `+overrides` when any price was replaced. */
export function versionLabel(id: string, applied: readonly string[]): string {
	return applied.length > 0 ? `${id}+overrides` : id;
}

/** The assumption line listing what the user overrode. */
export function overridesAssumption(applied: readonly string[]): string[] {
	return applied.length > 0 ? [`Prices overridden by the user: ${applied.join('; ')}.`] : [];
}
