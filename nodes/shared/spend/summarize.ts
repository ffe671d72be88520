/** Summarize Spend: spend records grouped, totalled and compared with their estimates. */
import { roundCredits, shownValue } from '../pricing/core/numbers';
import { SpendInputError } from './errors';
import { requireInstant } from './instant';
import { readSpendEntry, SKIP_REASONS, type CreditSpend, type SkipReason } from './record';
import {
	accuracyOf,
	addToTally,
	compareText,
	creditsByProvider,
	emptyTally,
	isoOrNull,
	type EstimateAccuracy,
	type Tally,
} from './tally';
import { assertTimeZone, createDayLookup, type LocalDay } from './zoneCalendar';

export const SPEND_GROUP_BY = ['provider', 'model', 'workflow', 'day', 'week'] as const;
export type SpendGroupBy = (typeof SPEND_GROUP_BY)[number];

export const NO_MODEL = '(no model)';
export const NO_WORKFLOW = '(no workflow)';

export interface SummarizeOptions {
	/** Records at or after this instant (ISO 8601; without an offset, in `timeZone`). */
	from?: string;
	/** Records before this instant. */
	to?: string;
	groupBy: SpendGroupBy;
	/** IANA zone for days and weeks, and for times written without an offset. */
	timeZone: string;
}

export interface SpendGroup extends EstimateAccuracy {
	key: string;
	credits: number;
	count: number;
	/** Credits per provider, when the records mix providers and groups are not providers. */
	byProvider?: Record<string, number>;
	/** `at` of the group's earliest and latest record. */
	first: string;
	last: string;
	/** Where the group's records are in the input (for n8n's item pairing). */
	inputs: number[];
}

export interface SpendTotals extends EstimateAccuracy {
	/** A plain sum: with several providers it adds different units (see `notes`). */
	credits: number;
	count: number;
	byProvider: Record<string, number>;
	mixedProviders: boolean;
	/** The start asked for, or the earliest record's `at` when none was (null: no records). */
	from: string | null;
	/** The end asked for (exclusive), or the latest record's `at` when none was. */
	to: string | null;
	first: string | null;
	last: string | null;
	/** Valid records left out for being outside [from, to). */
	outsidePeriod: number;
	skipped: { count: number; reasons: Partial<Record<SkipReason, number>> };
	notes: string[];
}

export interface SpendSummary {
	groupBy: SpendGroupBy;
	timeZone: string;
	groups: SpendGroup[];
	totals: SpendTotals;
}

export const MIXED_PROVIDERS_NOTE =
	'Credits of different providers are different units, not the same money: compare them per provider (byProvider).';

const CHRONOLOGICAL: ReadonlySet<SpendGroupBy> = new Set(['day', 'week']);

export function isChronological(groupBy: SpendGroupBy): boolean {
	return CHRONOLOGICAL.has(groupBy);
}

function keyFunction(
	groupBy: SpendGroupBy,
	timeZone: string,
): (record: CreditSpend, time: number) => string {
	if (groupBy === 'provider') return (record) => record.provider;
	if (groupBy === 'model') return (record) => record.model ?? NO_MODEL;
	if (groupBy === 'workflow') return (record) => record.workflowId || NO_WORKFLOW;
	const dayOf: (time: number) => LocalDay = createDayLookup(timeZone);
	if (groupBy === 'day') return (_, time) => dayOf(time).dayKey;
	return (_, time) => dayOf(time).weekKey;
}

function validGroupBy(value: unknown): SpendGroupBy {
	const found = SPEND_GROUP_BY.find((one) => one === value);
	if (found === undefined) {
		throw new SpendInputError(
			'groupBy',
			`groupBy must be one of: ${SPEND_GROUP_BY.join(', ')} (got ${shownValue(value)}).`,
		);
	}
	return found;
}

/**
 * One pass over the records: each is read tolerantly (see `readSpendRecord`), skipped with its
 * reason when unreadable, left out when outside [from, to), and added to its group. Groups by
 * day or week come in calendar order; the others by credits as shown (rounded, most first),
 * then by key in code-unit order.
 */
export function summarizeSpend(
	records: readonly unknown[],
	options: SummarizeOptions,
): SpendSummary {
	const groupBy = validGroupBy(options.groupBy);
	const timeZone = options.timeZone;
	assertTimeZone(timeZone);
	const from = options.from ? requireInstant(options.from, 'from', timeZone) : -Infinity;
	const to = options.to ? requireInstant(options.to, 'to', timeZone) : Infinity;
	if (from > to) throw new SpendInputError('to', 'to must not be earlier than from.');

	const keyOf = keyFunction(groupBy, timeZone);
	const tallies = new Map<string, Tally>();
	const inputs = new Map<string, number[]>();
	const total = emptyTally();
	const skipped = new Map<SkipReason, number>();
	let skippedCount = 0;
	let outsidePeriod = 0;

	for (let index = 0; index < records.length; index++) {
		const entry = readSpendEntry(records[index], timeZone);
		if (!entry.ok) {
			skipped.set(entry.reason, (skipped.get(entry.reason) ?? 0) + 1);
			skippedCount++;
			continue;
		}
		const { record, time } = entry;
		if (time < from || time >= to) {
			outsidePeriod++;
			continue;
		}
		const key = keyOf(record, time);
		let tally = tallies.get(key);
		if (tally === undefined) {
			tally = emptyTally();
			tallies.set(key, tally);
			inputs.set(key, []);
		}
		inputs.get(key)?.push(index);
		addToTally(tally, record, time);
		addToTally(total, record, time);
	}

	const mixedProviders = total.byProvider.size > 1;
	const showByProvider = mixedProviders && groupBy !== 'provider';
	const sorted = [...tallies].sort(
		isChronological(groupBy)
			? ([a], [b]) => compareText(a, b)
			: ([a, x], [b, y]) => roundCredits(y.credits) - roundCredits(x.credits) || compareText(a, b),
	);
	const groups = sorted.map(([key, tally]): SpendGroup => {
		const group: SpendGroup = {
			key,
			credits: roundCredits(tally.credits),
			count: tally.count,
			...accuracyOf(tally),
			first: new Date(tally.first).toISOString(),
			last: new Date(tally.last).toISOString(),
			inputs: inputs.get(key) ?? [],
		};
		if (showByProvider) group.byProvider = creditsByProvider(tally);
		return group;
	});

	const reasons: Partial<Record<SkipReason, number>> = {};
	for (const reason of Object.keys(SKIP_REASONS) as SkipReason[]) {
		const count = skipped.get(reason);
		if (count !== undefined) reasons[reason] = count;
	}
	const first = isoOrNull(total.first);
	const last = isoOrNull(total.last);
	return {
		groupBy,
		timeZone,
		groups,
		totals: {
			credits: roundCredits(total.credits),
			count: total.count,
			...accuracyOf(total),
			byProvider: creditsByProvider(total),
			mixedProviders,
			from: Number.isFinite(from) ? new Date(from).toISOString() : first,
			to: Number.isFinite(to) ? new Date(to).toISOString() : last,
			first,
			last,
			outsidePeriod,
			skipped: { count: skippedCount, reasons },
			notes: mixedProviders ? [MIXED_PROVIDERS_NOTE] : [],
		},
	};
}
