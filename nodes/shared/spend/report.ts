/** Summarize Spend as a small HTML report (email-safe: inline styles only) and a text digest. */
import { formatNumber, formatPercent } from './format';
import {
	accuracyText,
	DIFFERENCE_DEFINITION,
	GROUP_NAMES,
	outsideText,
	periodText,
	plainOrDash,
	providersText,
	records,
	runwayText,
	signedOrDash,
	skippedText,
	spendTitle,
	withinText,
} from './reportLines';
import type { SpendRunway } from './runway';
import type { SpendGroup, SpendSummary, SpendTotals } from './summarize';
import { compareText } from './tally';
import { escapeMarkup, shortLabel } from './text';

export interface SpendReportOptions {
	/** Default: 'AI credit spend by <group>'. */
	title?: string;
	/** What credits are called (default 'credits'). */
	unit?: string;
	/** From runwayFromSpend, for one provider's credits. */
	runway?: SpendRunway | null;
	/** Digest: how many groups to name (default 5). */
	top?: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const CELL = 'padding:6px 10px;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:top';
const NUMBER_CELL = `${CELL};text-align:right;white-space:nowrap`;
const HEADING =
	'padding:6px 10px;border-bottom:2px solid #d8dee4;vertical-align:bottom;font-size:13px';
const NOTE = 'margin:12px 0 0;color:#59636e;font-size:13px';

interface Cell {
	text: string;
	number?: boolean;
	/** Shown one a line instead of `text`. */
	lines?: string[];
}

function cells(values: Cell[]): string {
	return values
		.map(({ text, number, lines }) => {
			const content = lines ? lines.map(escapeMarkup).join('<br />') : escapeMarkup(text);
			return `<td style="${number ? NUMBER_CELL : CELL}">${content}</td>`;
		})
		.join('');
}

function providerLines(byProvider: Record<string, number> | undefined): Cell {
	const entries = Object.entries(byProvider ?? {});
	return { text: '', lines: entries.map(([name, credits]) => `${name} ${formatNumber(credits)}`) };
}

function headingCells(values: Cell[]): string {
	return values
		.map(
			({ text, number }) =>
				`<th style="${HEADING};text-align:${number ? 'right' : 'left'}">${escapeMarkup(text)}</th>`,
		)
		.join('');
}

function row(label: string, stats: SpendGroup | SpendTotals, withProviders: boolean): Cell[] {
	const values: Cell[] = [
		{ text: label },
		{ text: formatNumber(stats.credits), number: true },
		{ text: formatNumber(stats.count), number: true },
		{ text: withinText(stats), number: true },
		{ text: signedOrDash(stats.meanDifferenceFromExpected), number: true },
		{ text: plainOrDash(stats.meanAbsoluteDifferenceFromExpected), number: true },
	];
	if (withProviders) values.push(providerLines(stats.byProvider));
	return values;
}

function paragraph(text: string | null, style = NOTE): string {
	return text === null ? '' : `<p style="${style}">${escapeMarkup(text)}</p>`;
}

/** A complete HTML document: the period, a table of the groups with a total row, and notes. */
export function spendReportHtml(summary: SpendSummary, options: SpendReportOptions = {}): string {
	const title = spendTitle(summary.groupBy, options.title);
	const unit = options.unit ?? 'credits';
	const { totals } = summary;
	const withProviders = summary.groups.some((group) => group.byProvider !== undefined);
	const headings: Cell[] = [
		{ text: GROUP_NAMES[summary.groupBy].one },
		{ text: unit.charAt(0).toUpperCase() + unit.slice(1), number: true },
		{ text: 'Records', number: true },
		{ text: 'Within estimate', number: true },
		{ text: 'Mean difference from expected', number: true },
		{ text: 'Mean absolute difference', number: true },
		...(withProviders ? [{ text: 'By provider' }] : []),
	];
	const body =
		summary.groups.length === 0
			? `<tr><td style="${CELL}" colspan="${headings.length}">No spend in this period.</td></tr>`
			: summary.groups
					.map((group) => `<tr>${cells(row(group.key, group, withProviders))}</tr>`)
					.join('\n');
	const total = row('Total', totals, withProviders);

	return [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8" />',
		'<meta name="viewport" content="width=device-width, initial-scale=1" />',
		`<title>${escapeMarkup(title)}</title>`,
		'</head>',
		`<body style="margin:0;padding:24px;background-color:#f6f8fa;color:#1f2328;font-family:${FONT};font-size:14px;line-height:1.45">`,
		'<div style="max-width:860px;margin:0 auto;background-color:#ffffff;border:1px solid #d8dee4;border-radius:6px;padding:24px">',
		`<h1 style="margin:0 0 4px;font-size:20px">${escapeMarkup(title)}</h1>`,
		paragraph(periodText(summary), 'margin:0 0 16px;color:#59636e'),
		'<table style="border-collapse:collapse;width:100%;font-size:14px">',
		`<thead><tr>${headingCells(headings)}</tr></thead>`,
		`<tbody>\n${body}\n</tbody>`,
		`<tfoot style="font-weight:bold"><tr>${cells(total)}</tr></tfoot>`,
		'</table>',
		paragraph(accuracyText(totals, unit), 'margin:16px 0 0'),
		options.runway ? paragraph(runwayText(options.runway, unit), 'margin:8px 0 0') : '',
		...totals.notes.map((note) => paragraph(note)),
		paragraph(outsideText(totals)),
		paragraph(skippedText(totals)),
		paragraph(DIFFERENCE_DEFINITION),
		'</div>',
		'</body>',
		'</html>',
		'',
	]
		.filter((line) => line !== '')
		.join('\n');
}

function topGroups(summary: SpendSummary, top: number): string {
	const { groups, totals } = summary;
	const ranked = [...groups].sort((a, b) => b.credits - a.credits || compareText(a.key, b.key));
	const showShare = !totals.mixedProviders && totals.credits > 0;
	const named = ranked.slice(0, top).map((group) => {
		const share = showShare ? ` (${formatPercent(group.credits / totals.credits)})` : '';
		return `${shortLabel(group.key, 40)} ${formatNumber(group.credits)}${share}`;
	});
	const more = ranked.length > top ? `, and ${ranked.length - top} more` : '';
	return `Top ${GROUP_NAMES[summary.groupBy].many}: ${named.join(', ')}${more}.`;
}

/** A few plain-text lines for Slack or an email: total, top groups, estimates, runway. */
export function spendDigestText(summary: SpendSummary, options: SpendReportOptions = {}): string {
	const unit = options.unit ?? 'credits';
	const { totals } = summary;
	const lines = [
		`${shortLabel(spendTitle(summary.groupBy, options.title), 80)}, ${periodText(summary)}`,
	];
	if (totals.count === 0) {
		lines.push('No spend in this period.');
	} else {
		const mixed = totals.mixedProviders
			? ` (${providersText(totals.byProvider)}: different units, not the same money)`
			: '';
		lines.push(
			`Total: ${formatNumber(totals.credits)} ${unit} in ${records(totals.count)}${mixed}.`,
		);
		lines.push(topGroups(summary, Math.max(1, Math.floor(options.top ?? 5))));
		lines.push(`Estimates: ${accuracyText(totals, unit)}`);
	}
	if (options.runway) lines.push(runwayText(options.runway, unit));
	const skipped = skippedText(totals);
	if (skipped !== null) lines.push(skipped);
	return `${lines.join('\n')}\n`;
}
