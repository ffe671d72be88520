/**
 * A bar chart of spend groups as a standalone SVG document: no scripts, images, external fonts
 * or styles, so it opens the same in a browser, an image viewer or as an email attachment.
 * Horizontal bars, so long labels and many groups stay readable.
 */
import { selectBars, type ChartGroup, type ChartOrder } from './chartBars';
import { niceScale } from './chartScale';
import { formatCompact, formatNumber } from './format';
import { escapeMarkup, shortLabel, truncate, wrapText } from './text';

export type { ChartGroup, ChartOrder } from './chartBars';

export interface SpendChartOptions {
	title: string;
	/** What the values count, e.g. 'credits'. */
	unit: string;
	/** The period, as the footnote shows it, e.g. '2026-03-01 00:00 – 2026-04-01 00:00 (UTC)'. */
	period?: string;
	/** 'chronological' for days and weeks: an overflow folds the earliest, not the smallest. */
	order?: ChartOrder;
	/** Bars drawn at most, the combined one included (default 31: a month of days; at least 2). */
	maxBars?: number;
	/** More footnote lines, e.g. that providers' credits are different units. */
	notes?: string[];
}

const WIDTH = 720;
const MARGIN = 20;
const ROW = 22;
const BAR = 14;
const TOP = 64;
/** Average glyph width of a 12 px system sans-serif, to size the label and value columns. */
const CHAR = 7;
const LABEL_CHARS = 28;
const TITLE_CHARS = 80;
const NOTE_CHARS = 110;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const COLORS = {
	text: '#1f2328',
	muted: '#59636e',
	grid: '#d8dee4',
	bar: '#3b6fd4',
	combined: '#9aa4af',
	background: '#ffffff',
};

/** Coordinates with at most one decimal, written the same way every time. */
function n(value: number): string {
	return String(Math.round(value * 10) / 10);
}

function text(
	x: number,
	y: number,
	content: string,
	attributes: Record<string, string | number> = {},
): string {
	const extra = Object.entries(attributes)
		.map(
			([name, value]) => ` ${name}="${typeof value === 'number' ? n(value) : escapeMarkup(value)}"`,
		)
		.join('');
	return `<text x="${n(x)}" y="${n(y)}"${extra}>${escapeMarkup(content)}</text>`;
}

function svgDocument(height: number, title: string, body: string[]): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${n(height)}" viewBox="0 0 ${WIDTH} ${n(height)}" role="img" font-family="${FONT}" font-size="12" fill="${COLORS.text}">`,
		`<title>${escapeMarkup(title)}</title>`,
		`<rect width="${WIDTH}" height="${n(height)}" fill="${COLORS.background}"/>`,
		...body,
		'</svg>',
		'',
	].join('\n');
}

/** Footnotes wrapped to the chart's width, each at most three lines. */
function noteLines(notes: string[]): string[] {
	return notes.flatMap((note) => {
		const lines = wrapText(note, NOTE_CHARS);
		return lines.length <= 3
			? lines
			: [...lines.slice(0, 2), truncate(lines.slice(2).join(' '), NOTE_CHARS)];
	});
}

function footnotes(lines: string[], y: number): string[] {
	return lines.map((line, index) =>
		text(MARGIN, y + index * 16, line, { 'font-size': 11, fill: COLORS.muted }),
	);
}

/**
 * The chart as SVG text. The same groups and options always give the same bytes. With no
 * groups it says there was no spend in the period.
 */
export function spendBarChartSvg(
	groups: readonly ChartGroup[],
	options: SpendChartOptions,
): string {
	const title = shortLabel(options.title, TITLE_CHARS);
	const order = options.order ?? 'rank';
	const maxBars = Math.max(2, Math.floor(options.maxBars ?? 31));
	const { bars, combinedCount } = selectBars(groups, order, maxBars);
	const heading = text(MARGIN, 30, title, { 'font-size': 16, 'font-weight': 'bold' });
	const lines = [
		[options.unit, options.period].filter(Boolean).join(' · '),
		...(combinedCount === 0
			? []
			: [
					order === 'chronological'
						? `The latest ${bars.length - 1} of ${groups.length} shown; the ${combinedCount} earlier are combined.`
						: `The top ${bars.length - 1} of ${groups.length} shown; the other ${combinedCount} are combined.`,
				]),
		...(options.notes ?? []),
	];
	const notes = noteLines(lines);

	if (bars.length === 0) {
		const body = [
			heading,
			text(WIDTH / 2, TOP + 24, 'No spend in this period', {
				'text-anchor': 'middle',
				'font-size': 14,
				fill: COLORS.muted,
			}),
			...footnotes(notes, TOP + 72),
		];
		return svgDocument(TOP + 72 + notes.length * 16 + MARGIN, title, body);
	}

	const labels = bars.map((bar) => shortLabel(bar.label, LABEL_CHARS));
	const values = bars.map((bar) => formatNumber(bar.credits));
	const longest = (list: string[]) => Math.max(...list.map((one) => Array.from(one).length));
	const labelWidth = Math.min(longest(labels), LABEL_CHARS) * CHAR + 12;
	const valueWidth = Math.min(longest(values), 32) * CHAR + 10;
	const plotX = MARGIN + labelWidth;
	const plotWidth = WIDTH - MARGIN - valueWidth - plotX;
	const scale = niceScale(Math.max(...bars.map((bar) => bar.credits)));
	const plotBottom = TOP + bars.length * ROW;
	const xOf = (value: number) => plotX + (value / scale.max) * plotWidth;

	const body = [heading];
	for (const tick of scale.ticks) {
		const x = xOf(tick);
		body.push(
			`<line x1="${n(x)}" y1="${TOP - 6}" x2="${n(x)}" y2="${n(plotBottom)}" stroke="${COLORS.grid}" stroke-width="1"/>`,
			text(x, plotBottom + 16, formatCompact(tick), {
				'text-anchor': 'middle',
				'font-size': 11,
				fill: COLORS.muted,
			}),
		);
	}
	bars.forEach((bar, index) => {
		const rowTop = TOP + index * ROW;
		const width = bar.credits > 0 ? Math.max(1, xOf(bar.credits) - plotX) : 0;
		const middle = rowTop + ROW / 2 + 4;
		const style: Record<string, string> = bar.combined
			? { 'font-style': 'italic', fill: COLORS.muted }
			: {};
		body.push(
			text(plotX - 8, middle, labels[index], { 'text-anchor': 'end', ...style }),
			`<rect x="${n(plotX)}" y="${n(rowTop + (ROW - BAR) / 2)}" width="${n(width)}" height="${BAR}" fill="${bar.combined ? COLORS.combined : COLORS.bar}"/>`,
			text(plotX + width + 6, middle, values[index]),
		);
	});
	body.push(
		`<line x1="${n(plotX)}" y1="${TOP - 6}" x2="${n(plotX)}" y2="${n(plotBottom)}" stroke="${COLORS.muted}" stroke-width="1"/>`,
		...footnotes(notes, plotBottom + 40),
	);
	return svgDocument(plotBottom + 40 + (notes.length - 1) * 16 + MARGIN, title, body);
}
