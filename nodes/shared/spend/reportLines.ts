/** The sentences the HTML report and the text digest share. */
import { formatNumber, formatLocalTime, formatPercent, formatSigned } from './format';
import { SKIP_REASONS, type SkipReason } from './record';
import type { SpendRunway } from './runway';
import type { SpendGroupBy, SpendSummary, SpendTotals } from './summarize';
import type { EstimateAccuracy } from './tally';

export const GROUP_NAMES: Readonly<Record<SpendGroupBy, { one: string; many: string }>> = {
	provider: { one: 'Provider', many: 'providers' },
	model: { one: 'Model', many: 'models' },
	workflow: { one: 'Workflow', many: 'workflows' },
	day: { one: 'Day', many: 'days' },
	week: { one: 'Week', many: 'weeks' },
};

/** The title of the chart, the report and the digest: the one given, else by the grouping. */
export function spendTitle(groupBy: SpendGroupBy, title?: string): string {
	return title?.trim() || `AI credit spend by ${GROUP_NAMES[groupBy].one.toLowerCase()}`;
}

export const DIFFERENCE_DEFINITION =
	"Difference from expected: credits charged minus the midpoint of the estimate's min and max, positive when the provider charged more. Within estimate: charged between min and max, both included.";

/** '2026-03-01 00:00 – 2026-04-01 00:00 (Europe/Berlin)', in the summary's zone. */
export function periodText(summary: SpendSummary): string {
	const { from, to } = summary.totals;
	if (from === null || to === null) return `No records (${summary.timeZone})`;
	const zone = summary.timeZone;
	return `${formatLocalTime(from, zone)} – ${formatLocalTime(to, zone)} (${zone})`;
}

export function records(count: number): string {
	return `${formatNumber(count)} record${count === 1 ? '' : 's'}`;
}

/** 'gamma 1,000 · stabilityAi 234.5' */
export function providersText(byProvider: Record<string, number>): string {
	return Object.entries(byProvider)
		.map(([provider, credits]) => `${provider} ${formatNumber(credits)}`)
		.join(' · ');
}

/** 'x of y (z%)', or '–' without estimates. */
export function withinText(accuracy: EstimateAccuracy): string {
	if (accuracy.withinEstimateRate === null) return '–';
	const { withinEstimate, withEstimate, withinEstimateRate } = accuracy;
	return `${formatNumber(withinEstimate)} of ${formatNumber(withEstimate)} (${formatPercent(withinEstimateRate)})`;
}

export function signedOrDash(value: number | null): string {
	return value === null ? '–' : formatSigned(value);
}

export function plainOrDash(value: number | null): string {
	return value === null ? '–' : formatNumber(value);
}

export function accuracyText(accuracy: EstimateAccuracy, unit: string): string {
	if (accuracy.withinEstimateRate === null) return 'No record carried an estimate.';
	return (
		`${formatNumber(accuracy.withinEstimate)} of ${records(accuracy.withEstimate)} with an estimate were charged within it ` +
		`(${formatPercent(accuracy.withinEstimateRate)}); mean difference from expected ` +
		`${signedOrDash(accuracy.meanDifferenceFromExpected)} ${unit}, mean absolute ` +
		`${plainOrDash(accuracy.meanAbsoluteDifferenceFromExpected)}.`
	);
}

export function runwayText(runway: SpendRunway, unit: string): string {
	if (runway.burnRatePerDay === null) {
		return 'Runway: not enough to go on (it needs credits spent over at least an hour).';
	}
	const rate = `${formatNumber(runway.burnRatePerDay)} ${unit} a day over ${formatNumber(runway.days ?? 0)} days`;
	if (runway.runwayDays === null || runway.remaining === null) return `Burn rate: ${rate}.`;
	return `Burn rate: ${rate}; ${formatNumber(runway.remaining)} remaining last about ${formatNumber(runway.runwayDays)} days at that rate.`;
}

/** '3 records skipped: 2 no provider, 1 negative credits.', or null when none was. */
export function skippedText(totals: SpendTotals): string | null {
	const { count, reasons } = totals.skipped;
	if (count === 0) return null;
	const parts = (Object.keys(reasons) as SkipReason[]).map(
		(reason) => `${reasons[reason]} ${SKIP_REASONS[reason]}`,
	);
	return `${records(count)} skipped: ${parts.join(', ')}.`;
}

export function outsideText(totals: SpendTotals): string | null {
	return totals.outsidePeriod === 0
		? null
		: `${records(totals.outsidePeriod)} outside the period left out.`;
}
