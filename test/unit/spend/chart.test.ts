import { spendBarChartSvg, type ChartGroup } from '../../../nodes/shared/spend/chart';
import { xmlProblems } from './xmlCheck';

const NASTY = `<script>alert(1)</script>&"'`;
const options = {
	title: 'Spend by model',
	unit: 'credits',
	period: '2026-03-01 00:00 – 2026-04-01 00:00 (UTC)',
};
const groups = (count: number, credits = (index: number) => (index + 1) * 10): ChartGroup[] =>
	Array.from({ length: count }, (_, index) => ({ key: `model-${index}`, credits: credits(index) }));

/** [label, bar width] of each bar, in order. */
function bars(svg: string): [string, number][] {
	const pattern =
		/<text [^>]*text-anchor="end"[^>]*>([^<]*)<\/text>\n<rect [^>]*width="([\d.]+)" height="14"/g;
	return [...svg.matchAll(pattern)].map((match) => [match[1], Number(match[2])]);
}

function attribute(svg: string, name: string): string | undefined {
	return new RegExp(`^<svg [^>]*\\b${name}="([^"]*)"`).exec(svg)?.[1];
}

describe('spendBarChartSvg', () => {
	const cases: [string, ChartGroup[]][] = [
		['no groups', []],
		['one group', [{ key: 'gamma', credits: 120 }]],
		['three groups', groups(3)],
		['60 groups', groups(60)],
		['all zero', groups(5, () => 0)],
		['huge numbers', groups(4, (index) => 12_345_678_901.5 * (index + 1))],
		[
			'nasty labels',
			[
				{ key: NASTY, credits: 5 },
				{ key: 'a\u0000b\u001f\u007f\ud800c\uffff\n\t', credits: 3 },
				{ key: '', credits: 1 },
			],
		],
	];

	it.each(cases)('%s: a well-formed standalone SVG document', (_, input) => {
		const svg = spendBarChartSvg(input, { ...options, title: `${NASTY} title`, notes: [NASTY] });
		expect(xmlProblems(svg)).toEqual([]);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
		expect(svg.endsWith('</svg>\n')).toBe(true);
		expect(attribute(svg, 'width')).toBe('720');
		expect(attribute(svg, 'viewBox')).toBe(`0 0 720 ${attribute(svg, 'height')}`);
		expect(Number(attribute(svg, 'height'))).toBeGreaterThan(60);
		// nothing fetched or run: no scripts, links, images, external fonts or styles
		const withoutNamespace = svg.replace('http://www.w3.org/2000/svg', '');
		for (const outside of [
			'<script',
			'href',
			'url(',
			'@import',
			'<image',
			'<foreignObject',
			'<style',
			'http',
			' on',
		]) {
			expect(withoutNamespace).not.toContain(outside);
		}
		expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
		expect(svg).not.toMatch(/NaN|Infinity|undefined|e\+\d/);
		expect(svg).toContain('font-family="system-ui, -apple-system,');
	});

	it('escapes labels, the title and notes', () => {
		const svg = spendBarChartSvg([{ key: NASTY, credits: 5 }], {
			...options,
			title: NASTY,
			notes: [NASTY],
		});
		expect(svg).not.toContain('<script');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;');
		expect(svg).toContain(`<title>&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;</title>`);
	});

	it('turns control characters into spaces and broken surrogates into U+FFFD', () => {
		const svg = spendBarChartSvg([{ key: 'a\u0001b\nc\ud800d', credits: 1 }], options);
		expect(bars(svg)[0][0]).toBe('a b c\ufffdd');
		// no C0 control character but the newlines between elements
		expect([...svg].some((char) => char.charCodeAt(0) < 0x20 && char !== '\n')).toBe(false);
	});

	it('is deterministic: the same input gives the same bytes', () => {
		const first = spendBarChartSvg(groups(40), options);
		spendBarChartSvg(
			groups(7, () => 3),
			{ ...options, title: 'other' },
		);
		expect(spendBarChartSvg(groups(40), options)).toBe(first);
		expect(spendBarChartSvg(groups(40), { ...options })).toBe(first);
	});

	it('says there was no spend when there are no groups', () => {
		const svg = spendBarChartSvg([], options);
		expect(svg).toContain('>No spend in this period</text>');
		expect(svg).toContain('credits · 2026-03-01 00:00 – 2026-04-01 00:00 (UTC)');
		expect(svg).not.toContain('<rect x=');
	});

	it('draws bars in proportion, labelled, with their values', () => {
		const svg = spendBarChartSvg(
			[
				{ key: 'gamma', credits: 100 },
				{ key: 'stabilityAi', credits: 50 },
				{ key: 'imagineArt', credits: 0 },
			],
			options,
		);
		const drawn = bars(svg);
		expect(drawn.map(([label]) => label)).toEqual(['gamma', 'stabilityAi', 'imagineArt']);
		expect(drawn[0][1] / drawn[1][1]).toBeCloseTo(2, 1);
		expect(drawn[2][1]).toBe(0);
		expect(svg).toMatch(/>100<\/text>/);
		expect(svg).toMatch(/>50<\/text>/);
		// gridlines at round values
		for (const tick of ['0', '25', '50', '75', '100']) expect(svg).toContain(`>${tick}</text>`);
		expect(svg).toContain('<title>Spend by model</title>');
	});

	it('shows a tiny spend as a visible bar', () => {
		const drawn = bars(
			spendBarChartSvg(
				[
					{ key: 'a', credits: 1_000_000 },
					{ key: 'b', credits: 0.01 },
				],
				options,
			),
		);
		expect(drawn[1][1]).toBe(1);
	});

	it('with 60 ranked groups: the top 30 in their order, then one bar for the other 30', () => {
		const shuffled = groups(60, (index) => ((index * 37) % 60) + 1);
		const svg = spendBarChartSvg(shuffled, options);
		const drawn = bars(svg);
		expect(drawn).toHaveLength(31);
		const top = [...shuffled].sort((a, b) => b.credits - a.credits).slice(0, 30);
		const topKeys = new Set(top.map((group) => group.key));
		expect(drawn.slice(0, 30).map(([label]) => label)).toEqual(
			shuffled.filter((group) => topKeys.has(group.key)).map((group) => group.key),
		);
		expect(drawn[30][0]).toBe('30 others');
		// the other 30 are 1..30
		expect(svg).toContain(`>${(30 * 31) / 2}</text>`);
		expect(svg).toContain('The top 30 of 60 shown; the other 30 are combined.');
		expect(svg).toContain('font-style="italic"');
	});

	it('with 60 days: everything earlier in one bar first, then the latest 30', () => {
		const days = Array.from({ length: 60 }, (_, index) => ({
			key: new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10),
			credits: 1,
		}));
		const drawn = bars(spendBarChartSvg(days, { ...options, order: 'chronological' }));
		expect(drawn[0][0]).toBe('30 earlier');
		expect(drawn.slice(1).map(([label]) => label)).toEqual(days.slice(30).map((day) => day.key));
		expect(
			bars(spendBarChartSvg(days.slice(0, 31), { ...options, order: 'chronological' })),
		).toHaveLength(31);
		expect(
			bars(spendBarChartSvg(days, { ...options, order: 'chronological', maxBars: 8 }))[0][0],
		).toBe('53 earlier');
	});

	it('shortens long labels to 28 characters, never splitting an emoji', () => {
		const long = `${'x'.repeat(26)}😀😀 and more`;
		const label = bars(spendBarChartSvg([{ key: long, credits: 1 }], options))[0][0];
		expect(label).toBe(`${'x'.repeat(26)}😀…`);
		expect(Array.from(label)).toHaveLength(28);
	});

	it('writes huge numbers with thousands separators and compact axis ticks', () => {
		const svg = spendBarChartSvg(
			[
				{ key: 'a', credits: 12_345_678_901.5 },
				{ key: 'b', credits: 999.999 },
			],
			options,
		);
		expect(svg).toContain('>12,345,678,901.5</text>');
		expect(svg).toContain('>1,000</text>');
		expect(svg).toMatch(/>15B<\/text>/);
	});

	it('draws all-zero credits as empty bars on a 0–1 axis', () => {
		const svg = spendBarChartSvg(
			groups(3, () => 0),
			options,
		);
		expect(bars(svg).map(([, width]) => width)).toEqual([0, 0, 0]);
		expect(svg).toContain('>1</text>');
	});

	it('wraps a long note onto more lines instead of cutting it', () => {
		const note =
			'Credits of different providers are different units, not the same money: compare them per provider (byProvider).';
		const svg = spendBarChartSvg(groups(2), { ...options, notes: [note] });
		expect(svg).toContain('(byProvider).</text>');
		expect(svg).not.toContain('…');
	});
});

describe('xmlProblems (the checker itself)', () => {
	it.each([
		['<a><b></a></b>', /closes/],
		['<a>', /unclosed/],
		['<a/><b/>', /2 root/],
		['<a x="1" x="2"/>', /repeated/],
		['<a>&nbsp;</a>', /bare &/],
		['<a>Tom & Jerry</a>', /bare &/],
		['<a x="<"/>', /< in the value/],
		['<a x=1/>', /cannot read/],
		['<a>\u0001</a>', /illegal character/],
		['<a>&#1;</a>', /illegal character/],
		['text<a/>', /outside the root/],
	])('finds the problem in %j', (document, problem) => {
		expect(xmlProblems(document).join('\n')).toMatch(problem);
	});

	it('accepts well-formed documents', () => {
		expect(
			xmlProblems(
				'<?xml version="1.0"?>\n<!-- hi --><a x="1" y=\'&amp;\'><b/>t &lt; &#x1F600;</a>\n',
			),
		).toEqual([]);
	});
});
