/**
 * The spend ledger through n8n's engine: the creditSpend record a generation adds, Summarize
 * Spend reading records back (from a generation or ledger rows), and the Credit Gate's budget.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../engine/workflows';
import { xmlProblems } from '../unit/spend/xmlCheck';

const sandbox = useSandbox();

const credits = (name: string, parameters: IDataObject, extra: Partial<INode> = {}) =>
	packageNode(name, 'aiCredits', parameters as never, extra);

async function run(rows: IDataObject[], ...nodes: INode[]) {
	return await runWorkflow(chain(manualTrigger(), fixedItems('Rows', rows), ...nodes), {
		credentials: sandboxCredentials(sandbox),
	});
}

const summarize = (parameters: IDataObject = {}, extra: Partial<INode> = {}) =>
	credits('Summarize', { resource: 'spend', operation: 'summarize', ...parameters }, extra);

/** Ledger rows as n8n's Data Table node returns them: flat, numbers sometimes as text. */
const rows: IDataObject[] = [
	{
		provider: 'gamma',
		operation: 'generateDeck',
		model: 'flux-1-pro',
		credits: 60,
		estimateMin: 50,
		estimateMax: 70,
		at: '2026-11-02T09:00:00.000Z',
		workflowId: 'wf1',
		executionId: '1',
		reference: 'g1',
	},
	{
		provider: 'gamma',
		operation: 'generateDeck',
		model: 'flux-1-pro',
		credits: '80',
		estimateMin: '50',
		estimateMax: '70',
		at: '2026-11-02T15:00:00.000Z',
		workflowId: 'wf1',
		executionId: '2',
		reference: 'g2',
	},
	{
		provider: 'gamma',
		operation: 'generateDeck',
		model: null,
		credits: 20,
		estimateMin: null,
		estimateMax: null,
		at: '2026-11-03T23:30:00.000Z',
		workflowId: 'wf2',
		executionId: '3',
		reference: 'g3',
	},
	{ provider: 'gamma', credits: 'n/a', at: '2026-11-03T10:00:00.000Z' },
];

describe('creditSpend on every generation that spent', () => {
	it('Generate Deck adds one flat row: provider, operation, model, credits, the estimate, when, where, what', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		const deck = { numCards: 6, imageModel: 'flux-1-pro' };
		const { outputs, error } = await run(
			[{ topic: 'Alps' }],
			credits('Estimate', { resource: 'gamma', operation: 'estimateCredits', ...deck }),
			credits('Generate', {
				resource: 'gamma',
				operation: 'generateDeck',
				inputText: '={{ $json.topic }}',
				numCards: 6,
				additionalOptions: { imageModel: 'flux-1-pro' },
				runOptions: { pollIntervalSeconds: 1 },
			}),
		);
		expect(error).toBeUndefined();
		const [item] = outputs.Generate[0];
		const estimate = item.json.creditEstimate as IDataObject;
		const generation = item.json.gammaGeneration as IDataObject;
		expect(item.json.creditSpend).toEqual({
			provider: 'gamma',
			operation: 'generateDeck',
			model: 'flux-1-pro',
			credits: 60,
			estimateMin: estimate.min,
			estimateMax: estimate.max,
			at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
			workflowId: 'test-workflow',
			executionId: expect.stringMatching(/^\d+$/),
			reference: generation.generationId,
		});
	});

	it('no creditSpend where nothing was charged (a refusal)', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1);
		const { outputs } = await run(
			[{}],
			credits('Generate', { resource: 'gamma', operation: 'generateDeck', inputText: 'x' }),
		);
		expect(outputs.Generate[0][0].json.creditSpend).toBeUndefined();
	});
});

describe('Summarize Spend', () => {
	it('groups ledger rows by day in the time zone, with the estimate next to the charge', async () => {
		const { outputs, error } = await run(
			rows,
			summarize({ groupBy: 'day', summaryOptions: { timeZone: 'Europe/Berlin' } }),
		);
		expect(error).toBeUndefined();
		const items = outputs.Summarize[0];
		const groups = items.slice(0, -1).map((item) => item.json.spendGroup as IDataObject);
		// 23:30Z on the 3rd is 00:30 on the 4th in Berlin
		expect(groups.map((g) => [g.key, g.credits, g.count])).toEqual([
			['2026-11-02', 140, 2],
			['2026-11-04', 20, 1],
		]);
		expect(groups[0]).toMatchObject({
			withEstimate: 2,
			withinEstimate: 1,
			withinEstimateRate: 0.5,
			meanDifferenceFromExpected: 10,
		});
		expect(items.slice(0, -1).map((item) => item.pairedItem)).toEqual([
			[{ item: 0 }, { item: 1 }],
			[{ item: 2 }],
		]);

		const summary = items.at(-1)!;
		const spendSummary = summary.json.spendSummary as IDataObject;
		expect(spendSummary.totals).toMatchObject({
			credits: 160,
			count: 3,
			skipped: { count: 1, reasons: { invalidCredits: 1 } },
		});
		expect(String(spendSummary.digest)).toMatch(/160/);
		expect(summary.binary?.chart).toMatchObject({
			mimeType: 'image/svg+xml',
			fileName: 'spend-chart.svg',
		});
		const svg = Buffer.from(summary.binary!.chart.data, 'base64').toString('utf8');
		expect(xmlProblems(svg)).toEqual([]);
		expect(svg).toContain('2026-11-02');
		expect(summary.binary?.report).toMatchObject({ mimeType: 'text/html' });
		const html = Buffer.from(summary.binary!.report.data, 'base64').toString('utf8');
		expect(html).toMatch(/<table/);
		expect(summary.pairedItem).toHaveLength(rows.length);
	});

	it('a custom period leaves the rest out, and a balance item gives the runway', async () => {
		const balance = {
			creditBalance: { provider: 'gamma', remaining: 700, checkedAt: '2026-11-04T00:00:00.000Z' },
		};
		const { outputs } = await run(
			[...rows, balance],
			summarize({
				groupBy: 'provider',
				period: 'custom',
				from: '2026-11-02T00:00:00.000Z',
				to: '2026-11-04T00:00:00.000Z',
				output: 'summary',
				summaryOptions: { timeZone: 'UTC' },
			}),
		);
		const [summary] = outputs.Summarize[0];
		const spendSummary = summary.json.spendSummary as IDataObject;
		expect(spendSummary.totals).toMatchObject({ credits: 160, outsidePeriod: 0 });
		// 160 credits over 2 days: 80 a day, 700 left → 8.75 days
		expect(spendSummary.runway).toEqual({
			gamma: { burnRatePerDay: 80, runwayDays: 8.75, days: 2, remaining: 700 },
		});
		expect(String(spendSummary.digest)).toMatch(/8\.75/);
	});

	it('a generation straight into Summarize Spend: its own creditSpend and balance', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 500);
		const { outputs } = await run(
			[{ topic: 'a' }, { topic: 'b' }],
			credits('Generate', {
				resource: 'gamma',
				operation: 'generateDeck',
				inputText: '={{ $json.topic }}',
				numCards: 5,
				runOptions: { pollIntervalSeconds: 1 },
			}),
			summarize({ groupBy: 'workflow', output: 'summary' }),
		);
		const spendSummary = outputs.Summarize[0][0].json.spendSummary as IDataObject;
		const totals = spendSummary.totals as IDataObject;
		expect(totals.count).toBe(2);
		expect(totals.credits).toBe(500 - sandbox.getCredits('gamma', sandbox.keys.gamma));
		expect(spendSummary.groups).toEqual([
			expect.objectContaining({ key: 'test-workflow', count: 2 }),
		]);
	});

	it('an unknown time zone is an error naming it; with continue-on-fail one item carries it', async () => {
		const bad = { summaryOptions: { timeZone: 'Mars/Olympus' } };
		const { error } = await run(rows, summarize(bad));
		expect(error?.message).toMatch(/Mars\/Olympus/);
		const { outputs } = await run(rows, summarize(bad, { onError: 'continueRegularOutput' }));
		expect(outputs.Summarize[0]).toHaveLength(1);
		expect(String(outputs.Summarize[0][0].json.error)).toMatch(/Mars\/Olympus/);
	});
});

describe('Credit Gate budget per period', () => {
	it('passes what fits both the balance and the budget; the decision says which limit stopped the rest', async () => {
		const { outputs } = await run(
			[{ cost: 40 }, { cost: 40 }, { cost: 40 }],
			packageNode('Gate', 'creditGate', {
				requiredFrom: 'custom',
				requiredCredits: '={{ $json.cost }}',
				balanceFrom: 'gamma',
				options: { budget: 200, budgetPeriod: 'month', spentThisPeriod: '={{ 110 }}' },
			} as never),
		);
		const [enough, notEnough] = outputs.Gate;
		expect(enough).toHaveLength(2);
		const stopped = notEnough[0].json.creditGate as IDataObject;
		expect(stopped).toMatchObject({
			passed: false,
			limitedBy: 'budget',
			budget: {
				limit: 200,
				spentThisPeriod: 110,
				reservedBefore: 80,
				left: 10,
				period: 'month',
				periodStart: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			},
		});
		expect(String(stopped.reason)).toMatch(/^Over budget: needs 40/);
	});
});
