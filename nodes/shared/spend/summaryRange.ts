/** The [from, to) of Summarize Spend's Period choices, as ISO instants. */
import { periodStart } from './periods';

export const SUMMARY_RANGES = [
	'all',
	'last7Days',
	'last30Days',
	'thisWeek',
	'thisMonth',
	'custom',
] as const;
export type SummaryRangeChoice = (typeof SUMMARY_RANGES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Presets end now: "last N days" are the N × 24 hours before it, "this week / month" start at
 * local midnight of Monday / the 1st in `timeZone`. Custom takes `from` and `to` as given (either
 * may be empty); all has no bounds.
 */
export function summaryRange(
	choice: SummaryRangeChoice,
	nowIso: string,
	timeZone: string,
	custom: { from?: string; to?: string } = {},
): { from?: string; to?: string } {
	const now = Date.parse(nowIso);
	switch (choice) {
		case 'all':
			return {};
		case 'last7Days':
			return { from: new Date(now - 7 * DAY_MS).toISOString(), to: nowIso };
		case 'last30Days':
			return { from: new Date(now - 30 * DAY_MS).toISOString(), to: nowIso };
		case 'thisWeek':
			return { from: periodStart('week', nowIso, timeZone), to: nowIso };
		case 'thisMonth':
			return { from: periodStart('month', nowIso, timeZone), to: nowIso };
		case 'custom':
			return { from: custom.from || undefined, to: custom.to || undefined };
	}
}
