import { spendDigestText, spendReportHtml } from '../../../nodes/shared/spend/report';
import { runwayFromSpend } from '../../../nodes/shared/spend/runway';
import { summarizeSpend } from '../../../nodes/shared/spend/summarize';
import { spend } from './fixtures';
import { xmlProblems } from './xmlCheck';

const NASTY = `<script>&"'`;
const records = [
	spend({
		model: 'flux',
		credits: 10,
		estimate: { min: 8, max: 12 },
		at: '2026-03-01T10:00:00.000Z',
	}),
	spend({
		model: 'flux',
		credits: 15,
		estimate: { min: 8, max: 12 },
		at: '2026-03-02T10:00:00.000Z',
	}),
	spend({ model: NASTY, credits: 1234.5, at: '2026-03-03T10:00:00.000Z' }),
	spend({ credits: 0.3, at: '2026-03-04T10:00:00.000Z' }),
	{ provider: 'gamma', credits: -1, at: '2026-03-01T00:00:00Z' },
	{ provider: 'gamma', credits: 5, at: '2026-02-01T00:00:00Z' },
];
const period = { from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' };
const summary = summarizeSpend(records, { groupBy: 'model', timeZone: 'Europe/Berlin', ...period });
const runway = runwayFromSpend(
	summary.totals.credits,
	summary.totals.from ?? '',
	summary.totals.to ?? '',
	500,
);

/** The cells' text of each table row, tags dropped and entities decoded. */
function tableRows(html: string): string[][] {
	const decode = (text: string) =>
		text
			.replace(/<br \/>/g, ' | ')
			.replace(/<[^>]+>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
		[...row[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => decode(cell[1])),
	);
}

describe('spendReportHtml', () => {
	const html = spendReportHtml(summary, { runway });

	it('is a complete, well-formed document with inline styles only', () => {
		expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
		expect(html).toContain('<meta charset="utf-8" />');
		expect(xmlProblems(html)).toEqual([]);
		for (const outside of [
			'<script',
			'<style',
			'<link',
			'class=',
			'href',
			'src=',
			'url(',
			'http',
		]) {
			expect(html).not.toContain(outside);
		}
		expect(html).toContain('<title>AI credit spend by model</title>');
	});

	it('escapes group keys and the title', () => {
		expect(html).toContain('&lt;script&gt;&amp;&quot;&#39;');
		const titled = spendReportHtml(summary, { title: NASTY });
		expect(titled).not.toContain('<script');
		expect(titled).toContain('<title>&lt;script&gt;&amp;&quot;&#39;</title>');
		expect(xmlProblems(titled)).toEqual([]);
	});

	it('has a row per group and a total row with credits, records, within estimate and mean differences', () => {
		expect(tableRows(html)).toEqual([
			[
				'Model',
				'Credits',
				'Records',
				'Within estimate',
				'Mean difference from expected',
				'Mean absolute difference',
			],
			[NASTY, '1,234.5', '1', '–', '–', '–'],
			['flux', '25', '2', '1 of 2 (50%)', '+2.5', '2.5'],
			['(no model)', '0.3', '1', '–', '–', '–'],
			['Total', '1,259.8', '4', '1 of 2 (50%)', '+2.5', '2.5'],
		]);
	});

	it('gives the period in the time zone, the runway, what was left out and the definitions', () => {
		expect(html).toContain('2026-03-01 00:00 – 2026-04-01 00:00 (Europe/Berlin)');
		// March in Berlin is 31 days less the hour clocks go forward
		expect(runway).toEqual({
			burnRatePerDay: 40.69,
			runwayDays: 12.29,
			days: 30.96,
			remaining: 500,
		});
		expect(html).toContain(
			'Burn rate: 40.69 credits a day over 30.96 days; 500 remaining last about 12.29 days at that rate.',
		);
		expect(html).toContain('1 record outside the period left out.');
		expect(html).toContain('1 record skipped: 1 negative credits.');
		expect(html).toContain('Difference from expected: credits charged minus the midpoint');
	});

	it('adds a by-provider column and the not-the-same-money note when providers mix', () => {
		const mixed = summarizeSpend(
			[
				...records,
				spend({ provider: 'stabilityAi', model: 'flux', credits: 7, at: '2026-03-05T00:00:00Z' }),
			],
			{ groupBy: 'model', timeZone: 'UTC' },
		);
		const mixedHtml = spendReportHtml(mixed);
		const rows = tableRows(mixedHtml);
		expect(rows[0][6]).toBe('By provider');
		expect(rows.find((row) => row[0] === 'flux')?.[6]).toBe('gamma 25 | stabilityAi 7');
		// no period asked for: February's record counts too
		expect(rows[rows.length - 1][6]).toBe('gamma 1,264.8 | stabilityAi 7');
		expect(mixedHtml).toContain('not the same money');
		expect(xmlProblems(mixedHtml)).toEqual([]);
	});

	it('says when there was no spend', () => {
		const empty = spendReportHtml(summarizeSpend([], { groupBy: 'day', timeZone: 'UTC' }));
		expect(empty).toContain('No spend in this period.');
		expect(empty).toContain('No record carried an estimate.');
		expect(xmlProblems(empty)).toEqual([]);
	});

	it('is deterministic', () => {
		expect(spendReportHtml(summary, { runway })).toBe(html);
	});
});

describe('spendDigestText', () => {
	it('is a few lines: period, total, top groups, estimates, runway, skipped', () => {
		expect(spendDigestText(summary, { runway }).split('\n')).toEqual([
			'AI credit spend by model, 2026-03-01 00:00 – 2026-04-01 00:00 (Europe/Berlin)',
			'Total: 1,259.8 credits in 4 records.',
			`Top models: ${NASTY} 1,234.5 (98%), flux 25 (2%), (no model) 0.3 (0%).`,
			'Estimates: 1 of 2 records with an estimate were charged within it (50%); mean difference from expected +2.5 credits, mean absolute 2.5.',
			'Burn rate: 40.69 credits a day over 30.96 days; 500 remaining last about 12.29 days at that rate.',
			'1 record skipped: 1 negative credits.',
			'',
		]);
	});

	it('names the top N and counts the rest; by day, the busiest days', () => {
		const days = summarizeSpend(
			[1, 2, 3, 4].map((day) => spend({ credits: day * 10, at: `2026-03-0${day}T12:00:00Z` })),
			{ groupBy: 'day', timeZone: 'UTC' },
		);
		expect(spendDigestText(days, { top: 2 })).toContain(
			'Top days: 2026-03-04 40 (40%), 2026-03-03 30 (30%), and 2 more.',
		);
	});

	it('keeps a label with line breaks on its line, and leaves out shares when providers mix', () => {
		const mixed = summarizeSpend(
			[
				spend({ model: 'a\nb\r\nc', credits: 10, at: '2026-03-01T00:00:00Z' }),
				spend({ provider: 'stabilityAi', model: 'x', credits: 4, at: '2026-03-01T00:00:00Z' }),
			],
			{ groupBy: 'model', timeZone: 'UTC' },
		);
		const lines = spendDigestText(mixed).split('\n');
		expect(lines[1]).toBe(
			'Total: 14 credits in 2 records (gamma 10 · stabilityAi 4: different units, not the same money).',
		);
		expect(lines[2]).toBe('Top models: a b  c 10, x 4.');
		expect(lines).toHaveLength(5);
	});

	it('says when there was no spend, and when there is not enough for a runway', () => {
		const empty = summarizeSpend([], { groupBy: 'provider', timeZone: 'UTC', ...period });
		const none = runwayFromSpend(0, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', 100);
		expect(spendDigestText(empty, { runway: none, title: 'Weekly spend' })).toBe(
			'Weekly spend, 2026-02-28 23:00 – 2026-03-31 22:00 (UTC)\n' +
				'No spend in this period.\n' +
				'Runway: not enough to go on (it needs credits spent over at least an hour).\n',
		);
	});
});
