/**
 * Summarize Spend on 10,000 spend records against n8n's No Operation node on the same items,
 * whole workflow (Start → 10,000 rows → node) through n8n's engine, median of interleaved runs.
 * Target: within 2× No Operation.
 */
import type { INode } from 'n8n-workflow';
import { runWorkflow } from '../test/engine/runWorkflow';
import { chain, fixedItems, manualTrigger, packageNode } from '../test/engine/workflows';
import { interleave, noOp, ratio, type Sample } from './measure';

const ITEMS = 10_000;
const ROUNDS = 7;
const PROVIDERS = ['gamma', 'gamma', 'gamma', 'stabilityAi', 'imagineArt'];
const MODELS = ['flux-1-quick', 'dall-e-3', 'imagen-4-ultra', 'recraft-v4', null];

/** Rows as a Data Table returns a spend ledger: the flat creditSpend columns. */
const rows = Array.from({ length: ITEMS }, (_, row) => ({
	provider: PROVIDERS[row % PROVIDERS.length],
	operation: 'generateDeck',
	model: MODELS[row % MODELS.length],
	credits: 5 + (row % 40),
	estimateMin: row % 3 === 0 ? null : 10,
	estimateMax: row % 3 === 0 ? null : 40,
	at: new Date(Date.UTC(2026, 2, 1) + row * 260_000).toISOString(),
	workflowId: `wf${row % 7}`,
	executionId: String(1000 + Math.floor(row / 50)),
	reference: `gen_${row}`,
}));

function summarize(groupBy: string, output: string): INode {
	return packageNode('Measured', 'aiCredits', {
		resource: 'spend',
		operation: 'summarize',
		groupBy,
		output,
		summaryOptions: { timeZone: 'Europe/Berlin' },
	});
}

async function measure(node: INode, expectedItems?: number): Promise<Sample> {
	const workflow = chain(manualTrigger(), fixedItems('Rows', rows), node);
	const started = process.hrtime.bigint();
	const result = await runWorkflow(workflow);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.error) throw new Error(result.error.message);
	const out = result.outputs.Measured[0];
	if (expectedItems !== undefined && out.length !== expectedItems) throw new Error('wrong items');
	return { wallMs, nodeMs: result.run.data.resultData.runData.Measured[0].executionTime };
}

export async function benchSummarizeSpend(): Promise<void> {
	const results = await interleave(
		{
			noOp: () => measure(noOp(), ITEMS),
			summaryByDay: () => measure(summarize('day', 'summary'), 1),
			groupsAndSummaryByModel: () => measure(summarize('model', 'summaryAndGroups'), 6),
		},
		ROUNDS,
	);
	const row = (label: string, value: { wallMs: number; nodeMs: number }) =>
		`  ${label.padEnd(58)} ${value.wallMs.toFixed(0).padStart(6)} ms  ${ratio(value.wallMs, results.noOp.wallMs).padStart(7)} No Operation  (node ${value.nodeMs.toFixed(0)} ms)\n`;
	process.stdout.write(
		`\nSummarize Spend on ${ITEMS.toLocaleString('en')} records, whole workflow (median of ${ROUNDS} runs; target ≤ 2×)\n` +
			row('No Operation', results.noOp) +
			row('Summarize Spend by day, summary with chart and report', results.summaryByDay) +
			row('Summarize Spend by model, groups and summary', results.groupsAndSummaryByModel),
	);
}
