/**
 * The spend examples (spend-ledger, weekly-spend-report, monthly-budget-gate) in a running n8n:
 * the Data Table they share made through n8n's REST API and picked in their Data table nodes,
 * rows seeded where a test needs a history, each run from its trigger as "Execute workflow"
 * runs it, and the table, the sandbox's ledger and the email caught on 127.0.0.1 checked.
 */
import { estimateGamma, type GammaEstimateInput } from '../../nodes/shared/pricing';
import type { Sandbox } from '../../test/sandbox/server';
import { xmlProblems } from '../../test/unit/spend/xmlCheck';
import {
	DATA_TABLE_PLACEHOLDER,
	dataTableNodes,
	DataTables,
	pointAtTable,
	SPEND_EXAMPLES,
	SPEND_TABLE,
	type RowValue,
	type TableRow,
} from './dataTables';
import { exampleWorkflowId, loadExamples, type WorkflowJson } from './examples';
import type { Execution, N8nServer } from './n8n';
import { outputOf, ran, runError, type Json } from './runData';
import type { SmtpSink } from './smtpSink';
import type { SpendRow } from '../../nodes/shared/spend';

export interface SpendContext {
	server: N8nServer;
	sandbox: Sandbox;
	sink: SmtpSink;
}

const TEST_TIMEOUT_MS = 180_000;
const MANUAL_TRIGGER = 'When clicking ‘Execute workflow’';
const DAY_MS = 86_400_000;

/** A creditSpend record as generations write it and the ledger table holds it. */
type Spend = SpendRow;
type Gate = {
	passed: boolean;
	limitedBy: string | null;
	reason: string;
	budget?: { limit: number; spentThisPeriod: number; left: number; period: string };
};

function workflowOf(name: string): WorkflowJson {
	const found = loadExamples().find((example) => example.name === name);
	if (!found) throw new Error(`examples/${name}.json is missing`);
	return found.workflow;
}

/** The example's own deck rows, read from its Code node as n8n would run it. */
function deckTopics(name: string): Array<{ topic: string; cards: number }> {
	const node = workflowOf(name).nodes.find((candidate) => candidate.name === 'Deck Topics');
	const run = new Function(String(node?.parameters.jsCode)) as () => Array<{ json: unknown }>;
	return run().map((item) => item.json as { topic: string; cards: number });
}

function maxEstimate(name: string, cards: number): number {
	const parameters = workflowOf(name).nodes.find(
		(node) => node.name === 'Estimate Deck Credits',
	)!.parameters;
	return estimateGamma({
		generationType: parameters.generationType,
		imageSource: parameters.imageSource,
		imageModel: parameters.imageModel,
		numCards: cards,
	} as GammaEstimateInput).max;
}

function succeeded(execution: Execution): Execution {
	const error = runError(execution.run);
	if (error || execution.status !== 'success') {
		throw new Error(`The run ended ${execution.status}: ${error ?? 'no error in its run data'}`);
	}
	return execution;
}

/** A ledger row as the examples write it, `at` that long ago. */
function seedRow(credits: number, agoMs: number, reference: string): Record<string, RowValue> {
	return {
		provider: 'gamma',
		operation: 'generateDeck',
		model: 'flux-1-pro',
		credits,
		estimateMin: null,
		estimateMax: null,
		at: new Date(Date.now() - agoMs).toISOString(),
		workflowId: 'seeded',
		executionId: 'seeded',
		reference,
	};
}

/** The budget gate's order: each deck reserves its estimate's max while it fits what is left. */
function expectedPasses(topics: Array<{ topic: string; max: number }>, left: number): string[] {
	const passed: string[] = [];
	for (const { topic, max } of topics) {
		if (max <= left) {
			left -= max;
			passed.push(topic);
		}
	}
	return passed;
}

export function describeSpendExamples(context: () => SpendContext): void {
	describe('the spend examples on a Data Table made through the REST API', () => {
		let tables: DataTables;
		let tableId: string;

		beforeAll(async () => {
			tables = await DataTables.of(context().server);
		}, 60_000);

		// Each test starts from an empty "AI credit spend", picked in every spend example.
		beforeEach(async () => {
			const { server, sink } = context();
			sink.clear();
			tableId = await tables.recreate(SPEND_TABLE.name, SPEND_TABLE.columns);
			for (const name of SPEND_EXAMPLES)
				await pointAtTable(server, exampleWorkflowId(name), tableId);
		}, 60_000);

		async function run(name: string, trigger: string): Promise<Execution> {
			return succeeded(
				await context().server.runManually(exampleWorkflowId(name), trigger, 120_000),
			);
		}

		test('each Data table node is version 1 (the only one n8n 1.123.81 has) on the placeholder table "AI credit spend", and Record Spend maps every creditSpend column', () => {
			for (const name of SPEND_EXAMPLES) {
				const nodes = dataTableNodes(workflowOf(name));
				expect(nodes.length).toBeGreaterThan(0);
				for (const node of nodes) {
					expect({ name, node: node.name, typeVersion: node.typeVersion }).toEqual({
						name,
						node: node.name,
						typeVersion: 1,
					});
					expect(node.parameters.dataTableId).toEqual({
						__rl: true,
						mode: 'list',
						value: DATA_TABLE_PLACEHOLDER,
						cachedResultName: SPEND_TABLE.name,
					});
				}
			}
			for (const name of ['spend-ledger', 'monthly-budget-gate']) {
				const record = workflowOf(name).nodes.find((node) => node.name === 'Record Spend')!;
				const columns = record.parameters.columns as {
					value: Record<string, string>;
					schema: Array<{ id: string; type: string }>;
				};
				expect(columns.schema.map(({ id, type }) => ({ name: id, type }))).toEqual(
					SPEND_TABLE.columns.map(({ name, type }) => ({
						name,
						type: type === 'date' ? 'dateTime' : type,
					})),
				);
				for (const { name: column } of SPEND_TABLE.columns) {
					expect(columns.value[column]).toBe(`={{ $json.creditSpend.${column} }}`);
				}
			}
		});

		test(
			'spend-ledger: one row per deck Gamma charged, equal to the sandbox ledger; a refused deck writes none',
			async () => {
				const { sandbox } = context();
				const topics = deckTopics('spend-ledger');
				const charges = topics.map((row) => maxEstimate('spend-ledger', row.cards));
				// Enough for the first two decks only: the third is refused, at the request or when
				// it runs against a balance the others spent.
				sandbox.setCredits('gamma', sandbox.keys.gamma, charges[0] + charges[1]);
				const started = Date.now();
				const execution = await run('spend-ledger', MANUAL_TRIGGER);

				const generations = sandbox.gammaGenerations();
				const charged = generations.filter((generation) => generation.status === 'completed');
				expect(charged.length).toBeGreaterThan(0);
				expect(charged.length).toBeLessThan(topics.length);
				const refused = outputOf(execution.run, 'Generate Deck', 1);
				expect(refused.length).toBe(topics.length - charged.length);
				expect(outputOf(execution.run, 'Refused or Failed').length).toBe(refused.length);

				const rows = await tables.rows(tableId);
				expect(rows.map((row) => [row.reference, row.credits]).sort()).toEqual(
					charged.map((generation) => [generation.id, generation.creditsDeducted]).sort(),
				);
				const decks = outputOf(execution.run, 'Generate Deck');
				expect(outputOf(execution.run, 'Record Spend')).toHaveLength(decks.length);
				for (const row of rows) {
					const deck = decks.find(
						(item) => (item.creditSpend as Spend).reference === row.reference,
					);
					const estimate = deck?.creditEstimate as { min: number; max: number };
					expect(columnsOf(row)).toEqual({
						...(deck?.creditSpend as Spend),
						estimateMin: estimate.min,
						estimateMax: estimate.max,
					});
					expect(row).toMatchObject({
						provider: 'gamma',
						operation: 'generateDeck',
						model: 'flux-1-pro',
						workflowId: exampleWorkflowId('spend-ledger'),
						executionId: execution.id,
					});
					expect(Date.parse(String(row.at))).toBeGreaterThanOrEqual(started - 1000);
					expect(Date.parse(String(row.at))).toBeLessThanOrEqual(Date.now());
				}
			},
			TEST_TIMEOUT_MS,
		);

		test(
			'weekly-spend-report: the last 7 days of rows summed by day, the runway from the balance, and an email with the digest, the SVG chart and the HTML report',
			async () => {
				const { sandbox, sink } = context();
				const recent = [
					seedRow(40, 3_600_000, 'recent-1'),
					seedRow(75, 2 * DAY_MS, 'recent-2'),
					seedRow(120, 5 * DAY_MS, 'recent-3'),
				];
				await tables.insert(tableId, [...recent, seedRow(999, 10 * DAY_MS, 'older')]);
				sandbox.setCredits('gamma', sandbox.keys.gamma, 2000);
				const execution = await run('weekly-spend-report', 'Every Monday at 09:00');

				const read = outputOf(execution.run, 'Spend of the Last 7 Days');
				expect(read.map((row) => row.reference).sort()).toEqual([
					'recent-1',
					'recent-2',
					'recent-3',
				]);
				const [summary] = outputOf(execution.run, 'Summarize Spend');
				const spend = summary.spendSummary as {
					groupBy: string;
					totals: { credits: number; count: number; outsidePeriod: number };
					groups: Array<{ credits: number; count: number }>;
					runway: Record<string, { remaining?: number }>;
					digest: string;
				};
				const total = recent.reduce((sum, row) => sum + Number(row.credits), 0);
				expect(spend.groupBy).toBe('day');
				expect(spend.totals).toMatchObject({ credits: total, count: 3, outsidePeriod: 0 });
				expect(spend.groups.reduce((sum, group) => sum + group.credits, 0)).toBe(total);
				// 1 hour, 2 days and 5 days ago: three days, whatever the time zone.
				expect(spend.groups.filter((group) => group.count > 0)).toHaveLength(3);
				expect(Object.keys(spend.runway)).toEqual(['gamma']);

				expect(sink.mails).toHaveLength(1);
				const [mail] = sink.mails;
				expect(mail.to).toEqual(['team@example.com']);
				expect(mail.subject).toBe(`AI credits: ${total} spent in the last 7 days`);
				const text = mail.parts.find((part) => part.contentType === 'text/plain');
				const lines = (value: string) => value.replace(/\r\n/g, '\n').trim();
				expect(lines(text?.content.toString('utf8') ?? '')).toBe(lines(spend.digest));
				const chart = mail.parts.find((part) => part.filename === 'spend-chart.svg');
				expect(chart?.contentType).toBe('image/svg+xml');
				const svg = chart!.content.toString('utf8');
				expect(svg).toMatch(/<svg[\s>]/);
				expect(xmlProblems(svg)).toEqual([]);
				const report = mail.parts.find((part) => part.filename === 'spend-report.html');
				expect(report?.contentType).toBe('text/html');
				expect(report!.content.toString('utf8')).toContain('AI credits spent in the last 7 days');
			},
			TEST_TIMEOUT_MS,
		);

		test(
			'monthly-budget-gate: this month\'s rows count against the budget (last month\'s do not), decks over it are stopped with limitedBy "budget", and what the decks that passed cost is counted on the next run',
			async () => {
				await tables.insert(tableId, [
					seedRow(500, 2_000, 'this-month-1'),
					seedRow(300, 1_000, 'this-month-2'),
					seedRow(5000, 40 * DAY_MS, 'last-month'),
				]);
				const topics = deckTopics('monthly-budget-gate').map((row) => ({
					topic: row.topic,
					max: maxEstimate('monthly-budget-gate', row.cards),
				}));
				let spent = 800;
				const passedByRound: string[][] = [];
				for (const round of ['first', 'second']) {
					const execution = await run('monthly-budget-gate', MANUAL_TRIGGER);
					const passes = expectedPasses(topics, 1000 - spent);
					for (const item of outputOf(execution.run, 'Add Spend This Month')) {
						expect({ round, spentThisMonth: item.spentThisMonth }).toEqual({
							round,
							spentThisMonth: spent,
						});
					}
					const enough = outputOf(execution.run, 'Credit Gate', 0);
					const stopped = outputOf(execution.run, 'Credit Gate', 1);
					expect({ round, passed: enough.map((item) => item.topic) }).toEqual({
						round,
						passed: passes,
					});
					expect(stopped.length).toBeGreaterThan(0);
					for (const item of stopped) {
						const gate = item.creditGate as Gate;
						expect(gate).toMatchObject({ passed: false, limitedBy: 'budget' });
						expect(gate.reason).toMatch(/^Over budget:/);
						expect(gate.budget).toMatchObject({
							limit: 1000,
							spentThisPeriod: spent,
							period: 'month',
						});
					}
					expect(outputOf(execution.run, 'Skipped: Over Budget or Balance')).toEqual(
						stopped.map((item) => ({
							topic: item.topic,
							limitedBy: 'budget',
							reason: (item.creditGate as Gate).reason,
						})),
					);
					const decks = ran(execution.run, 'Generate Deck')
						? outputOf(execution.run, 'Generate Deck')
						: [];
					expect(decks.map((item) => item.topic)).toEqual(passes);
					const rows = await tables.rows(tableId);
					expect(rows.filter((row) => row.executionId === execution.id)).toHaveLength(decks.length);
					spent += decks.reduce((sum, item) => sum + (item.creditSpend as Spend).credits, 0);
					passedByRound.push(passes);
				}
				// What the first run spent left less of the budget for the second.
				expect(passedByRound[0].length).toBeGreaterThan(0);
				expect(passedByRound[1].length).toBeLessThan(passedByRound[0].length);
			},
			TEST_TIMEOUT_MS,
		);
	});
}

/** A row's own columns, without n8n's id, createdAt and updatedAt; `at` as an ISO string. */
function columnsOf(row: TableRow): Json {
	const columns: Json = {};
	for (const { name } of SPEND_TABLE.columns) columns[name] = row[name];
	columns.at = new Date(String(row.at)).toISOString();
	return columns;
}
