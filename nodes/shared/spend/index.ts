/** Summarize Spend, pure: spend records read, grouped, charted and reported. No n8n imports. */
export { flattenSpendRecord, readSpendRecord, SKIP_REASONS } from './record';
export type {
	CreditSpend,
	ReadSpendOptions,
	SkipReason,
	SpendReadResult,
	SpendRow,
} from './record';
export { dayKey, monthKey, periodStart, PERIODS, weekKey } from './periods';
export type { Period } from './periods';
export { isTimeZone } from './zoneCalendar';
export { SpendInputError } from './errors';
export { parseInstant } from './instant';
export {
	isChronological,
	MIXED_PROVIDERS_NOTE,
	NO_MODEL,
	NO_WORKFLOW,
	SPEND_GROUP_BY,
	summarizeSpend,
} from './summarize';
export type {
	SpendGroup,
	SpendGroupBy,
	SpendSummary,
	SpendTotals,
	SummarizeOptions,
} from './summarize';
export type { EstimateAccuracy } from './tally';
export { runwayFromSpend } from './runway';
export type { SpendRunway } from './runway';
export { spendBarChartSvg } from './chart';
export type { ChartGroup, ChartOrder, SpendChartOptions } from './chart';
export { spendDigestText, spendReportHtml } from './report';
export type { SpendReportOptions } from './report';
export { periodText, spendTitle } from './reportLines';
export { SUMMARY_RANGES, summaryRange } from './summaryRange';
export type { SummaryRangeChoice } from './summaryRange';
