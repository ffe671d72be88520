/**
 * Fuzz: Summarize Spend on ledgers with every kind of bad row (what a sheet or a hand-edited Data
 * Table can hold), pure core and through n8n's engine. Every row is counted exactly once (in a
 * group, as outside the period, or as skipped with its reason), nothing is NaN or Infinity, and
 * the chart and the report stay well-formed whatever the labels hold.
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import {
	SPEND_GROUP_BY,
	spendBarChartSvg,
	spendReportHtml,
	summarizeSpend,
} from '../../nodes/shared/spend';
import { runWorkflow, shutdownEngine } from '../engine/runWorkflow';
import { chain, fixedItems, manualTrigger, packageNode } from '../engine/workflows';
import { xmlProblems } from '../unit/spend/xmlCheck';
import { badNumber, badString, PROTOTYPE_NAMES, SEED } from './arbitraries';

const label = fc.oneof(
	fc.constantFrom<unknown>('flux-1-pro', '<script>&"\'', '\u0000\u001f', '💸', ...PROTOTYPE_NAMES),
	fc.string({ maxLength: 40 }),
	badString,
);
const at = fc.oneof(
	fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01') }).map((d) => d.toISOString()),
	fc.constantFrom<unknown>('2026-03-29 02:30', '2026-13-01', 'yesterday', '', null, 45000, {}),
);
const row = fc.record(
	{
		provider: fc.oneof(fc.constantFrom<unknown>('gamma', 'stabilityAi', 'imagineArt'), label),
		operation: label,
		model: fc.oneof(label, fc.constant(null)),
		credits: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), badNumber),
		estimateMin: fc.oneof(fc.integer({ min: 0, max: 100 }), badNumber, fc.constant(null)),
		estimateMax: fc.oneof(fc.integer({ min: 0, max: 200 }), badNumber, fc.constant(null)),
		at,
		workflowId: label,
	},
	{ requiredKeys: [] },
);
const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu');
const groupBy = fc.constantFrom(...SPEND_GROUP_BY);

function finite(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(finite);
	if (value && typeof value === 'object') return Object.values(value).every(finite);
	return true;
}

afterAll(async () => await shutdownEngine());

describe('fuzz: Summarize Spend', () => {
	it('counts every row once, stays finite, and keeps the chart and report well-formed', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 60 }), groupBy, zone, (rows, by, timeZone) => {
				const summary = summarizeSpend(rows, {
					groupBy: by,
					timeZone,
					from: '2025-06-01T00:00:00.000Z',
					to: '2026-06-01T00:00:00.000Z',
				});
				const { totals, groups } = summary;
				expect(totals.count + totals.outsidePeriod + totals.skipped.count).toBe(rows.length);
				expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(totals.count);
				expect(groups.flatMap((group) => group.inputs).sort((a, b) => a - b)).toEqual(
					[...new Set(groups.flatMap((group) => group.inputs))].sort((a, b) => a - b),
				);
				expect(finite(summary)).toBe(true);
				const chart = spendBarChartSvg(groups, { title: 'Spend', unit: 'credits' });
				expect(xmlProblems(chart)).toEqual([]);
				expect(xmlProblems(spendReportHtml(summary))).toEqual([]);
				expect(chart).not.toMatch(/<script/);
			}),
			{ seed: SEED, numRuns: 300 },
		);
	});

	it('through n8n: a run never fails on bad rows, and every row is accounted for', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(row, { minLength: 1, maxLength: 40 }),
				groupBy,
				async (rows, by) => {
					const node = packageNode('Summarize', 'aiCredits', {
						resource: 'spend',
						operation: 'summarize',
						groupBy: by,
						output: 'summary',
					} as never);
					const { outputs, error } = await runWorkflow(
						chain(manualTrigger(), fixedItems('Rows', rows as IDataObject[]), node),
					);
					expect(error).toBeUndefined();
					const [summary] = outputs.Summarize[0];
					const totals = (summary.json.spendSummary as { totals: Record<string, unknown> }).totals;
					const skipped = (totals.skipped as { count: number }).count;
					expect((totals.count as number) + skipped + (totals.outsidePeriod as number)).toBe(
						rows.length,
					);
					expect(summary.binary?.chart.mimeType).toBe('image/svg+xml');
				},
			),
			{ seed: SEED, numRuns: 25 },
		);
	});
});
