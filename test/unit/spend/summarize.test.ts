import { roundCredits } from '../../../nodes/shared/pricing/core/numbers';
import { SpendInputError } from '../../../nodes/shared/spend/errors';
import {
	MIXED_PROVIDERS_NOTE,
	summarizeSpend,
	type SummarizeOptions,
} from '../../../nodes/shared/spend/summarize';
import { manyItems, spend } from './fixtures';

const UTC = (groupBy: SummarizeOptions['groupBy'], more: Partial<SummarizeOptions> = {}) => ({
	groupBy,
	timeZone: 'UTC',
	...more,
});

describe('summarizeSpend', () => {
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
		spend({ model: 'dall-e', credits: 25, at: '2026-03-03T10:00:00.000Z', workflowId: 'wf2' }),
		spend({ credits: 0.1, at: '2026-03-04T10:00:00.000Z' }),
		spend({ credits: 0.2, estimate: { min: 0, max: 1 }, at: '2026-03-04T11:00:00.000Z' }),
	];

	it('groups by model, most credits first, a missing model as (no model)', () => {
		const { groups, totals } = summarizeSpend(records, UTC('model'));
		expect(groups.map((g) => [g.key, g.credits, g.count])).toEqual([
			['dall-e', 25, 1],
			['flux', 25, 2],
			['(no model)', 0.3, 2],
		]);
		expect(groups[1]).toEqual({
			key: 'flux',
			credits: 25,
			count: 2,
			withEstimate: 2,
			withinEstimate: 1,
			withinEstimateRate: 0.5,
			// expected 10: +0 and +5
			meanDifferenceFromExpected: 2.5,
			meanAbsoluteDifferenceFromExpected: 2.5,
			first: '2026-03-01T10:00:00.000Z',
			last: '2026-03-02T10:00:00.000Z',
			// the records' places in the input, for n8n's item pairing
			inputs: [0, 1],
		});
		expect(groups.map((g) => g.inputs)).toEqual([[2], [0, 1], [3, 4]]);
		expect(groups[0].withinEstimateRate).toBeNull();
		expect(groups[0].meanDifferenceFromExpected).toBeNull();
		expect(groups[0].meanAbsoluteDifferenceFromExpected).toBeNull();
		expect(groups[2]).toMatchObject({
			withEstimate: 1,
			withinEstimate: 1,
			meanDifferenceFromExpected: -0.3,
		});
		expect(totals).toMatchObject({
			credits: 50.3,
			count: 5,
			withEstimate: 3,
			withinEstimate: 2,
			withinEstimateRate: 0.6667,
			// (0 + 5 - 0.3) / 3 and (0 + 5 + 0.3) / 3
			meanDifferenceFromExpected: 1.57,
			meanAbsoluteDifferenceFromExpected: 1.77,
			byProvider: { gamma: 50.3 },
			mixedProviders: false,
			from: '2026-03-01T10:00:00.000Z',
			to: '2026-03-04T11:00:00.000Z',
			first: '2026-03-01T10:00:00.000Z',
			last: '2026-03-04T11:00:00.000Z',
			outsidePeriod: 0,
			skipped: { count: 0, reasons: {} },
			notes: [],
		});
	});

	it('counts a charge on either end of the estimate as within it', () => {
		const ends = [
			spend({ credits: 8, estimate: { min: 8, max: 12 }, at: '2026-03-01T10:00:00Z' }),
			spend({ credits: 12, estimate: { min: 8, max: 12 }, at: '2026-03-01T10:00:00Z' }),
			spend({ credits: 12.01, estimate: { min: 8, max: 12 }, at: '2026-03-01T10:00:00Z' }),
			spend({ credits: 7.99, estimate: { min: 8, max: 12 }, at: '2026-03-01T10:00:00Z' }),
		];
		expect(summarizeSpend(ends, UTC('provider')).totals).toMatchObject({
			withEstimate: 4,
			withinEstimate: 2,
			withinEstimateRate: 0.5,
		});
	});

	it('groups by workflow and by provider', () => {
		expect(summarizeSpend(records, UTC('workflow')).groups.map((g) => [g.key, g.credits])).toEqual([
			['wf1', 25.3],
			['wf2', 25],
		]);
		const noWorkflow = summarizeSpend(
			[spend({ credits: 1, at: '2026-03-01T00:00:00Z', workflowId: '' })],
			UTC('workflow'),
		);
		expect(noWorkflow.groups[0].key).toBe('(no workflow)');
		expect(summarizeSpend(records, UTC('provider')).groups.map((g) => g.key)).toEqual(['gamma']);
	});

	it('breaks a tie on credits by key, in code-unit order', () => {
		const tied = ['b', 'B', 'a', 'é'].map((model) =>
			spend({ model, credits: 5, at: '2026-03-01T00:00:00Z' }),
		);
		expect(summarizeSpend(tied, UTC('model')).groups.map((g) => g.key)).toEqual([
			'B',
			'a',
			'b',
			'é',
		]);
	});

	it('groups by day and week in calendar order, whatever the credits', () => {
		const days = summarizeSpend(records, UTC('day')).groups;
		expect(days.map((g) => [g.key, g.credits])).toEqual([
			['2026-03-01', 10],
			['2026-03-02', 15],
			['2026-03-03', 25],
			['2026-03-04', 0.3],
		]);
		const weeks = summarizeSpend(
			[
				spend({ credits: 1, at: '2027-01-04T00:00:00Z' }),
				spend({ credits: 50, at: '2026-12-31T12:00:00Z' }),
				spend({ credits: 2, at: '2027-01-03T12:00:00Z' }),
				spend({ credits: 3, at: '2026-12-27T12:00:00Z' }),
			],
			UTC('week'),
		).groups;
		expect(weeks.map((g) => [g.key, g.credits, g.count])).toEqual([
			['2026-W52', 3, 1],
			['2026-W53', 52, 2],
			['2027-W01', 1, 1],
		]);
	});

	it('takes days in the time zone asked for, across a DST change', () => {
		const around = [
			spend({ credits: 1, at: '2026-03-28T22:30:00Z' }), // 23:30 CET, 28 March
			spend({ credits: 2, at: '2026-03-28T23:30:00Z' }), // 00:30 CET, 29 March
			spend({ credits: 4, at: '2026-03-29T21:30:00Z' }), // 23:30 CEST, 29 March
			spend({ credits: 8, at: '2026-03-29T22:30:00Z' }), // 00:30 CEST, 30 March
		];
		const key = (timeZone: string) =>
			summarizeSpend(around, { groupBy: 'day', timeZone }).groups.map((g) => [g.key, g.credits]);
		expect(key('Europe/Berlin')).toEqual([
			['2026-03-28', 1],
			['2026-03-29', 6],
			['2026-03-30', 8],
		]);
		expect(key('UTC')).toEqual([
			['2026-03-28', 3],
			['2026-03-29', 12],
		]);
		expect(key('America/New_York').map(([day]) => day)).toEqual(['2026-03-28', '2026-03-29']);
	});

	it('keeps records in [from, to) and counts the others as outside the period', () => {
		const summary = summarizeSpend(
			records,
			UTC('day', { from: '2026-03-02T10:00:00Z', to: '2026-03-04T11:00:00Z' }),
		);
		expect(summary.groups.map((g) => g.key)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
		expect(summary.totals).toMatchObject({
			credits: 40.1,
			count: 3,
			outsidePeriod: 2,
			from: '2026-03-02T10:00:00.000Z',
			to: '2026-03-04T11:00:00.000Z',
			first: '2026-03-02T10:00:00.000Z',
			last: '2026-03-04T10:00:00.000Z',
		});
	});

	it('reads from and to without an offset in the time zone', () => {
		const inBerlin = summarizeSpend(records, {
			groupBy: 'day',
			timeZone: 'Europe/Berlin',
			from: '2026-03-02',
			to: '2026-03-03',
		});
		expect(inBerlin.totals.from).toBe('2026-03-01T23:00:00.000Z');
		expect(inBerlin.totals.to).toBe('2026-03-02T23:00:00.000Z');
		expect(inBerlin.totals.count).toBe(1);
	});

	it('skips unreadable records and counts them by reason', () => {
		const summary = summarizeSpend(
			[
				...records,
				'junk',
				{ provider: '', credits: 1, at: '2026-03-01T00:00:00Z' },
				{ provider: 'gamma', credits: -2, at: '2026-03-01T00:00:00Z' },
				{ provider: 'gamma', credits: 'abc', at: '2026-03-01T00:00:00Z' },
				{ provider: 'gamma', credits: 1, at: 'when?' },
				{ provider: 'gamma', credits: 1, at: 'never' },
			],
			UTC('provider'),
		);
		expect(summary.totals.count).toBe(5);
		expect(summary.totals.skipped).toEqual({
			count: 6,
			reasons: {
				notAnObject: 1,
				missingProvider: 1,
				invalidCredits: 1,
				negativeCredits: 1,
				invalidAt: 2,
			},
		});
		expect(Object.keys(summary.totals.skipped.reasons)).toEqual([
			'notAnObject',
			'missingProvider',
			'invalidCredits',
			'negativeCredits',
			'invalidAt',
		]);
	});

	it('keeps credits per provider in each group when providers mix, and says they are not the same money', () => {
		const mixed = [
			...records,
			spend({ provider: 'stabilityAi', model: 'flux', credits: 3.5, at: '2026-03-02T12:00:00Z' }),
			spend({ provider: 'imagineArt', model: 'dall-e', credits: 1, at: '2026-03-03T12:00:00Z' }),
		];
		const byModel = summarizeSpend(mixed, UTC('model'));
		expect(byModel.groups.find((g) => g.key === 'flux')?.byProvider).toEqual({
			gamma: 25,
			stabilityAi: 3.5,
		});
		expect(byModel.groups.find((g) => g.key === '(no model)')?.byProvider).toEqual({ gamma: 0.3 });
		expect(Object.keys(byModel.totals.byProvider)).toEqual(['gamma', 'imagineArt', 'stabilityAi']);
		expect(byModel.totals.mixedProviders).toBe(true);
		expect(byModel.totals.notes).toEqual([MIXED_PROVIDERS_NOTE]);
		expect(MIXED_PROVIDERS_NOTE).toMatch(/not the same money/);

		const byProvider = summarizeSpend(mixed, UTC('provider'));
		expect(byProvider.groups.every((g) => g.byProvider === undefined)).toBe(true);
		expect(byProvider.totals.notes).toEqual([MIXED_PROVIDERS_NOTE]);
		expect(
			summarizeSpend(records, UTC('model')).groups.every((g) => g.byProvider === undefined),
		).toBe(true);
	});

	it('rounds credits for output only', () => {
		const tenths = Array.from({ length: 10 }, (_, index) =>
			spend({ credits: 0.1, at: `2026-03-01T00:00:0${index}Z` }),
		);
		const { totals, groups } = summarizeSpend(tenths, UTC('provider'));
		expect(totals.credits).toBe(1);
		expect(groups[0].credits).toBe(1);
		const thirds = [1, 2, 3].map(() => spend({ credits: 1 / 3, at: '2026-03-01T00:00:00Z' }));
		expect(summarizeSpend(thirds, UTC('provider')).totals.credits).toBe(1);
	});

	it('summarizes nothing as empty groups and zero totals', () => {
		const { groups, totals } = summarizeSpend([], UTC('day'));
		expect(groups).toEqual([]);
		expect(totals).toMatchObject({
			credits: 0,
			count: 0,
			from: null,
			to: null,
			first: null,
			last: null,
			withinEstimateRate: null,
			byProvider: {},
			mixedProviders: false,
		});
	});

	it('does not change its input', () => {
		const input = manyItems(50);
		const copy = structuredClone(input);
		summarizeSpend(input, UTC('model'));
		expect(input).toEqual(copy);
	});

	it('rejects options it cannot use', () => {
		const fieldOf = (options: Partial<SummarizeOptions>) => {
			try {
				summarizeSpend(records, { ...UTC('day'), ...options } as SummarizeOptions);
			} catch (error) {
				expect(error).toBeInstanceOf(SpendInputError);
				return (error as SpendInputError).field;
			}
			return 'no error';
		};
		expect(fieldOf({ groupBy: 'month' as 'day' })).toBe('groupBy');
		expect(fieldOf({ timeZone: 'Mars/Base' })).toBe('timeZone');
		expect(fieldOf({ from: 'last week' })).toBe('from');
		expect(fieldOf({ to: '2026-02-30' })).toBe('to');
		expect(fieldOf({ from: '2026-03-02', to: '2026-03-01' })).toBe('to');
		expect(fieldOf({ from: '2026-03-02', to: '2026-03-02' })).toBe('no error');
	});

	describe('10,000 records', () => {
		const items = manyItems(10_000);
		const records10k = items.map(
			(item) =>
				item.json.creditSpend as {
					credits: number;
					provider: string;
					model?: string;
					estimate?: { min: number; max: number };
				},
		);
		const sum = (list: { credits: number }[]) =>
			list.reduce((total, one) => total + one.credits, 0);

		it.each(['provider', 'model', 'workflow', 'day', 'week'] as const)(
			'by %s: totals equal the sum of the records, and groups add up to them',
			(groupBy) => {
				const { groups, totals } = summarizeSpend(items, { groupBy, timeZone: 'Europe/Berlin' });
				expect(totals.count).toBe(10_000);
				expect(totals.credits).toBe(roundCredits(sum(records10k)));
				expect(groups.reduce((total, group) => total + group.count, 0)).toBe(10_000);
				expect(Math.abs(sum(groups) - totals.credits)).toBeLessThanOrEqual(0.005 * groups.length);
				expect(totals.byProvider).toEqual({
					gamma: roundCredits(sum(records10k.filter((r) => r.provider === 'gamma'))),
					stabilityAi: roundCredits(sum(records10k.filter((r) => r.provider === 'stabilityAi'))),
				});
				const withEstimate = records10k.filter((r) => r.estimate !== undefined);
				expect(totals.withEstimate).toBe(withEstimate.length);
				expect(totals.withinEstimate).toBe(
					withEstimate.filter((r) => r.credits >= 8 && r.credits <= 14).length,
				);
				expect(totals.meanDifferenceFromExpected).toBe(
					roundCredits(
						sum(withEstimate.map((r) => ({ credits: r.credits - 11 }))) / withEstimate.length,
					),
				);
			},
		);

		it('by model: each group has exactly its records', () => {
			const { groups } = summarizeSpend(items, UTC('model'));
			for (const group of groups) {
				const mine = records10k.filter((r) => (r.model ?? '(no model)') === group.key);
				expect(group.count).toBe(mine.length);
				expect(group.credits).toBe(roundCredits(sum(mine)));
			}
		});

		it('by day: every day of the 30 days the records span, in order', () => {
			const { groups, totals } = summarizeSpend(items, {
				groupBy: 'day',
				timeZone: 'Europe/Berlin',
			});
			expect(totals.first).toBe('2026-03-01T00:00:00.000Z');
			expect(totals.last).toBe(new Date(Date.UTC(2026, 2, 1) + 9_999 * 260_000).toISOString());
			expect(groups[0].key).toBe('2026-03-01');
			expect(groups.map((g) => g.key)).toEqual([...groups.map((g) => g.key)].sort());
			expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
		});

		it('in a few milliseconds once warm', () => {
			summarizeSpend(items, { groupBy: 'day', timeZone: 'Europe/Berlin' });
			const times = [0, 1, 2, 3, 4].map(() => {
				const started = performance.now();
				summarizeSpend(items, { groupBy: 'day', timeZone: 'Europe/Berlin' });
				return performance.now() - started;
			});
			// Generous for a loaded CI machine; the bench measures it properly (about 3 ms).
			expect(Math.min(...times)).toBeLessThan(50);
		});
	});
});
