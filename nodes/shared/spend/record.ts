/**
 * The `creditSpend` record (README, "What each operation adds to an item") and a tolerant reader for it as it comes
 * back from a ledger: the record itself, an item's json carrying it, or a flat Data Table or
 * sheet row where numbers may be text and the estimate is two columns.
 */
import { shownValue } from '../pricing/core/numbers';
import { parseInstant } from './instant';
import { assertTimeZone } from './zoneCalendar';

export interface CreditSpend {
	/** A provider id (`gamma`, `stabilityAi`, `imagineArt`), kept as read from a ledger. */
	provider: string;
	operation: string;
	model?: string;
	/** What the provider charged, in its own credits. */
	credits: number;
	estimate?: { min: number; max: number };
	/** ISO 8601 instant (UTC). */
	at: string;
	workflowId: string;
	executionId: string;
	/** What the spend was for at the provider, e.g. a Gamma generation id. */
	reference: string;
}

/** The Data Table / sheet row form: flat, every column present. */
export interface SpendRow {
	provider: string;
	operation: string;
	model: string | null;
	credits: number;
	estimateMin: number | null;
	estimateMax: number | null;
	at: string;
	workflowId: string;
	executionId: string;
	reference: string;
}

export const SKIP_REASONS = {
	notAnObject: 'not a record',
	missingProvider: 'no provider',
	invalidCredits: 'credits missing or not a number',
	negativeCredits: 'negative credits',
	invalidAt: 'at missing or not a date and time',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export type SpendReadResult =
	| { ok: true; record: CreditSpend }
	| { ok: false; reason: SkipReason; message: string };

/** As `SpendReadResult`, with the instant as epoch milliseconds for callers that compare it. */
export type SpendEntry =
	| { ok: true; record: CreditSpend; time: number }
	| { ok: false; reason: SkipReason; message: string };

export interface ReadSpendOptions {
	/** The zone of a time written without an offset ('2026-03-01 10:00'); UTC when not given. */
	timeZone?: string;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unwrap(value: Fields): Fields {
	if (isObject(value.creditSpend)) return value.creditSpend;
	if (isObject(value.json) && !('provider' in value)) return unwrap(value.json);
	return value;
}

function readNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value);
		return Number.isNaN(parsed) ? undefined : parsed;
	}
	return undefined;
}

function readText(value: unknown): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return '';
}

function readEstimateObject(value: unknown): Fields | undefined {
	if (isObject(value)) return value;
	if (typeof value === 'string' && value.trim().startsWith('{')) {
		try {
			const parsed: unknown = JSON.parse(value);
			return isObject(parsed) ? parsed : undefined;
		} catch {
			return undefined;
		}
	}
	return undefined;
}

/** An estimate that is usable: both ends finite, 0 ≤ min ≤ max. Anything else is left out. */
function readEstimate(fields: Fields): { min: number; max: number } | undefined {
	const nested = readEstimateObject(fields.estimate);
	const min = readNumber(nested ? nested.min : fields.estimateMin);
	const max = readNumber(nested ? nested.max : fields.estimateMax);
	if (min === undefined || max === undefined) return undefined;
	if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || min > max) return undefined;
	return { min, max };
}

/**
 * After a successful parse: already what toISOString() would write ('2026-03-01T10:00:00.000Z'),
 * so it is kept as it is (writing it again would be most of the reader's time).
 */
function isCanonical(at: unknown): at is string {
	return (
		typeof at === 'string' && at.length === 24 && at[10] === 'T' && at[19] === '.' && at[23] === 'Z'
	);
}

function skip(reason: SkipReason, message: string): SpendEntry {
	return { ok: false, reason, message };
}

/** The reader behind `readSpendRecord`, also giving the instant as a number. */
export function readSpendEntry(value: unknown, timeZone = 'UTC'): SpendEntry {
	if (!isObject(value)) return skip('notAnObject', 'The value is not an object.');
	const fields = unwrap(value);
	const provider = readText(fields.provider);
	if (provider === '') return skip('missingProvider', 'The record has no provider.');
	const credits = readNumber(fields.credits);
	if (credits === undefined || !Number.isFinite(credits)) {
		return skip('invalidCredits', `credits is ${shownValue(fields.credits)}, not a finite number.`);
	}
	if (credits < 0) return skip('negativeCredits', `credits is negative (${credits}).`);
	const time = parseInstant(fields.at, timeZone);
	if (time === undefined) {
		return skip('invalidAt', `at is ${shownValue(fields.at)}, not a date and time.`);
	}

	const record: CreditSpend = {
		provider,
		operation: readText(fields.operation),
		credits: credits === 0 ? 0 : credits,
		at: isCanonical(fields.at) ? fields.at : new Date(time).toISOString(),
		workflowId: readText(fields.workflowId),
		executionId: readText(fields.executionId),
		reference: readText(fields.reference),
	};
	const model = readText(fields.model);
	if (model !== '') record.model = model;
	const estimate = readEstimate(fields);
	if (estimate !== undefined) record.estimate = estimate;
	return { ok: true, record, time };
}

/**
 * A spend record from a `creditSpend` record, an item json carrying one, or a flat ledger row;
 * or why it cannot be one (no provider, credits not a finite number or negative, `at` not a date
 * and time). `at` comes back as an ISO string in UTC.
 */
export function readSpendRecord(value: unknown, options: ReadSpendOptions = {}): SpendReadResult {
	const timeZone = options.timeZone ?? 'UTC';
	assertTimeZone(timeZone);
	const entry = readSpendEntry(value, timeZone);
	return entry.ok ? { ok: true, record: entry.record } : entry;
}

/** The row to append to a Data Table or a sheet (its columns map one to one). */
export function flattenSpendRecord(record: CreditSpend): SpendRow {
	return {
		provider: record.provider,
		operation: record.operation,
		model: record.model ?? null,
		credits: record.credits,
		estimateMin: record.estimate?.min ?? null,
		estimateMax: record.estimate?.max ?? null,
		at: record.at,
		workflowId: record.workflowId,
		executionId: record.executionId,
		reference: record.reference,
	};
}
