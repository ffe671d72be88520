/** How long a balance lasts at the rate credits were spent over a period. */
import { roundCredits } from '../pricing/core/numbers';
import { DAY_MS } from './civilDate';
import { parseInstant } from './instant';

export interface SpendRunway {
	/** Credits spent per day over the period; null when it cannot be told (see below). */
	burnRatePerDay: number | null;
	/** Days until `remaining` reaches 0 at that rate; null without a rate or a balance. */
	runwayDays: number | null;
	/** The period's length in days; null when from/to are not dates and times. */
	days: number | null;
	/** The balance the runway is counted from, as given. */
	remaining: number | null;
}

/** Under an hour a rate says little (the AI Credits Trigger's burn rate uses the same floor). */
const MIN_SPAN_MS = 60 * 60 * 1000;

/**
 * Burn rate and runway from credits spent between `fromIso` and `toIso`. No rate when the span
 * is under an hour or nothing was spent; no runway without a finite `remaining`; a balance at or
 * below 0 has a runway of 0 days.
 */
export function runwayFromSpend(
	totalCredits: number,
	fromIso: string,
	toIso: string,
	remaining?: number | null,
): SpendRunway {
	// A time without an offset is read as UTC, never in the machine's zone.
	const span = (parseInstant(toIso, 'UTC') ?? NaN) - (parseInstant(fromIso, 'UTC') ?? NaN);
	const balance = typeof remaining === 'number' && Number.isFinite(remaining) ? remaining : null;
	const days = Number.isFinite(span) && span >= 0 ? roundCredits(span / DAY_MS) : null;
	const hasRate =
		Number.isFinite(span) &&
		span >= MIN_SPAN_MS &&
		Number.isFinite(totalCredits) &&
		totalCredits > 0;
	const rate = hasRate ? (totalCredits * DAY_MS) / span : null;
	let runwayDays: number | null = null;
	if (rate !== null && balance !== null)
		runwayDays = balance <= 0 ? 0 : roundCredits(balance / rate);
	return {
		burnRatePerDay: rate === null ? null : roundCredits(rate),
		runwayDays,
		days,
		remaining: balance,
	};
}
