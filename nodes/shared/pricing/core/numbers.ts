import { PricingInputError } from './errors';

/**
 * `value × factor` without float noise (1.005 × 100 → 100.5, not 100.49999999999999): 15
 * significant digits are exact for doubles, and dropping the rest never reorders two values.
 */
function scaled(value: number, factor: number): number {
	return Number((value * factor).toPrecision(15));
}

/** Past 2^53 a double has no fractions to round, and scaling it up could overflow to Infinity. */
function hasNoFraction(value: number): boolean {
	return Math.abs(value) >= Number.MAX_SAFE_INTEGER;
}

/**
 * Round to `decimals` places without float noise (0.1 + 0.2 → 0.3, 1.005 → 1.01).
 * Monotone: a larger input never rounds to a smaller output.
 */
export function roundTo(value: number, decimals: number): number {
	if (hasNoFraction(value)) return value;
	const factor = 10 ** decimals;
	const rounded = Math.round(scaled(value, factor)) / factor;
	return rounded === 0 ? 0 : rounded;
}

/** Round up to the next cent: a positive amount never reports as 0. */
export function ceilCredits(value: number): number {
	if (hasNoFraction(value)) return value;
	const rounded = Math.ceil(scaled(value, 100)) / 100;
	return rounded === 0 ? 0 : rounded;
}

/** Credits are reported to 2 decimals. */
export function roundCredits(value: number): number {
	return roundTo(value, 2);
}

/** The documented `expected` rule: the midpoint of the range. */
export function midpoint(min: number, max: number): number {
	return (min + max) / 2;
}

/** Format a credit range for labels: `6` or `6–10`. */
export function formatRange(min: number, max: number): string {
	return min === max ? `${min}` : `${min}–${max}`;
}

/** A value as an error message shows it: JSON where it has one (not `null` for Infinity). */
export function shownValue(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
		return String(value);
	}
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = Object.prototype.toString.call(value);
	}
	return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

function toNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value);
		return Number.isNaN(parsed) ? undefined : parsed;
	}
	return undefined;
}

export interface NumberRule {
	min?: number;
	max?: number;
	integer?: boolean;
	/** Added to the message, e.g. 'and a multiple of 64'. */
	extra?: string;
}

/** Describe an allowed range for error messages: 'a whole number from 10 to 150'. */
export function describeRule(rule: NumberRule): string {
	const kind = rule.integer ? 'a whole number' : 'a number';
	let range = '';
	if (rule.min !== undefined && rule.max !== undefined) range = ` from ${rule.min} to ${rule.max}`;
	else if (rule.min !== undefined) range = ` of at least ${rule.min}`;
	else if (rule.max !== undefined) range = ` of at most ${rule.max}`;
	return `${kind}${range}${rule.extra ? ` ${rule.extra}` : ''}`;
}

/** Not given: `undefined`, `null` or ''. */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/**
 * Read a number parameter (numeric strings are accepted, as expressions may produce them).
 * `undefined`, `null` and '' give `fallback`; anything else outside the rule throws a
 * PricingInputError naming `field` and the allowed range.
 */
export function readNumber(
	value: unknown,
	field: string,
	rule: NumberRule,
	fallback?: number,
): number {
	if (isBlank(value)) {
		if (fallback !== undefined) return fallback;
		throw new PricingInputError(field, `${field} is required: ${describeRule(rule)}.`);
	}
	const parsed = toNumber(value);
	const bad =
		parsed === undefined ||
		!Number.isFinite(parsed) ||
		(rule.integer === true && !Number.isInteger(parsed)) ||
		(rule.min !== undefined && parsed < rule.min) ||
		(rule.max !== undefined && parsed > rule.max);
	if (bad) {
		throw new PricingInputError(
			field,
			`${field} must be ${describeRule(rule)} (got ${shownValue(value)}).`,
		);
	}
	return parsed;
}

/** Read an optional string parameter: '' and undefined give undefined; the value is trimmed. */
export function readString(value: unknown, field: string): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') {
		throw new PricingInputError(field, `${field} must be text (got ${shownValue(value)}).`);
	}
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/**
 * Read a choice among `allowed`, spelled exactly so (n8n shows a choice's fields only for its
 * exact value, so another letter case would be read without them); '' and undefined give
 * `fallback` (none: required). Compared as strings, never looked up on an object:
 * `constructor` or `__proto__` match nothing.
 */
export function readChoice<T extends string>(
	value: unknown,
	field: string,
	allowed: readonly T[],
	fallback?: T,
): T {
	const text = readString(value, field);
	if (text === undefined && fallback !== undefined) return fallback;
	const found = allowed.find((one) => one === text);
	if (found === undefined) {
		throw new PricingInputError(
			field,
			`${field} must be one of: ${allowed.join(', ')} (got ${shownValue(value)}).`,
		);
	}
	return found;
}
