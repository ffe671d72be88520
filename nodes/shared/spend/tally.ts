/** Running sums for a set of spend records, and what they give once the set is complete. */
import { midpoint, roundCredits, roundTo } from '../pricing/core/numbers';
import type { CreditSpend } from './record';

export interface Tally {
	credits: number;
	count: number;
	byProvider: Map<string, number>;
	withEstimate: number;
	withinEstimate: number;
	differenceSum: number;
	absoluteDifferenceSum: number;
	first: number;
	last: number;
}

/**
 * How charges compared with their estimates, over the records that carried one. The difference
 * of a record is `credits − expected`, where expected is the midpoint of the estimate's min and
 * max (the package's `expected` rule and `estimateComparison.differenceFromExpected`): positive
 * when the provider charged more than expected.
 */
export interface EstimateAccuracy {
	/** Records that carried an estimate. */
	withEstimate: number;
	/** Of those, records charged within [min, max], both ends included. */
	withinEstimate: number;
	/** withinEstimate / withEstimate (0–1), null without estimates. */
	withinEstimateRate: number | null;
	/** Mean of credits − expected: the estimates' bias (over and under cancel out). */
	meanDifferenceFromExpected: number | null;
	/** Mean of |credits − expected|: how far off an estimate typically is. */
	meanAbsoluteDifferenceFromExpected: number | null;
}

export function emptyTally(): Tally {
	return {
		credits: 0,
		count: 0,
		byProvider: new Map(),
		withEstimate: 0,
		withinEstimate: 0,
		differenceSum: 0,
		absoluteDifferenceSum: 0,
		first: Infinity,
		last: -Infinity,
	};
}

export function addToTally(tally: Tally, record: CreditSpend, time: number): void {
	tally.credits += record.credits;
	tally.count++;
	tally.byProvider.set(
		record.provider,
		(tally.byProvider.get(record.provider) ?? 0) + record.credits,
	);
	const estimate = record.estimate;
	if (estimate !== undefined) {
		tally.withEstimate++;
		if (record.credits >= estimate.min && record.credits <= estimate.max) tally.withinEstimate++;
		const difference = record.credits - midpoint(estimate.min, estimate.max);
		tally.differenceSum += difference;
		tally.absoluteDifferenceSum += Math.abs(difference);
	}
	if (time < tally.first) tally.first = time;
	if (time > tally.last) tally.last = time;
}

export function accuracyOf(tally: Tally): EstimateAccuracy {
	const n = tally.withEstimate;
	return {
		withEstimate: n,
		withinEstimate: tally.withinEstimate,
		withinEstimateRate: n === 0 ? null : roundTo(tally.withinEstimate / n, 4),
		meanDifferenceFromExpected: n === 0 ? null : roundCredits(tally.differenceSum / n),
		meanAbsoluteDifferenceFromExpected:
			n === 0 ? null : roundCredits(tally.absoluteDifferenceSum / n),
	};
}

/** Rounded credits per provider, providers in alphabetical order. */
export function creditsByProvider(tally: Tally): Record<string, number> {
	const names = [...tally.byProvider.keys()].sort(compareText);
	return Object.fromEntries(
		names.map((name) => [name, roundCredits(tally.byProvider.get(name) ?? 0)]),
	);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function isoOrNull(time: number): string | null {
	return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
