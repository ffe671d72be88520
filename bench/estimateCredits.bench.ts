/**
 * Issue 3: Estimate Credits on 10,000 items against n8n's No Operation node on the same items,
 * whole workflow (Start → 10,000 rows → node) through n8n's engine, median of interleaved runs.
 */
import type { INode, INodeParameters } from 'n8n-workflow';
import { runWorkflow } from '../test/engine/runWorkflow';
import { chain, fixedItems, manualTrigger, packageNode } from '../test/engine/workflows';
import { interleave, noOp, ratio, type Sample } from './measure';

const ITEMS = 10_000;
const ROUNDS = 7;
const MODELS = ['flux-1-quick', 'dall-e-3', 'imagen-4-ultra', 'recraft-v4'];

const rows = Array.from({ length: ITEMS }, (_, row) => ({
	row,
	cards: 5 + (row % 40),
	model: MODELS[row % MODELS.length],
}));

const EXPRESSIONS = { numCards: '={{ $json.cards }}', imageModel: '={{ $json.model }}' };

function expressionsOnly(): INode {
	return {
		id: 'Measured',
		name: 'Measured',
		type: 'test.readGammaParameters',
		typeVersion: 1,
		position: [0, 0],
		parameters: EXPRESSIONS,
	};
}

function estimate(parameters: INodeParameters): INode {
	return packageNode('Measured', 'aiCredits', {
		resource: 'gamma',
		operation: 'estimateCredits',
		...parameters,
	});
}

async function measure(node: INode): Promise<Sample> {
	const workflow = chain(manualTrigger(), fixedItems('Rows', rows), node);
	const started = process.hrtime.bigint();
	const result = await runWorkflow(workflow);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.error) throw new Error(result.error.message);
	if (result.outputs.Measured[0].length !== ITEMS) throw new Error('lost items');
	return { wallMs, nodeMs: result.run.data.resultData.runData.Measured[0].executionTime };
}

export async function benchEstimateCredits(): Promise<void> {
	const results = await interleave(
		{
			noOp: () => measure(noOp()),
			fixed: () => measure(estimate({ numCards: 12, imageModel: 'dall-e-3' })),
			expressionsOnly: () => measure(expressionsOnly()),
			perRow: () => measure(estimate(EXPRESSIONS)),
		},
		ROUNDS,
	);
	const row = (
		label: string,
		value: { wallMs: number; nodeMs: number },
		baseline: number,
		against: string,
	) =>
		`  ${label.padEnd(46)} ${value.wallMs.toFixed(0).padStart(8)} ms  ${ratio(value.wallMs, baseline).padStart(7)} ${against}  (node ${value.nodeMs.toFixed(0)} ms)\n`;
	process.stdout.write(
		`\nEstimate Credits on ${ITEMS.toLocaleString('en')} items, whole workflow (median of ${ROUNDS} runs)\n` +
			row('No Operation (n8n)', results.noOp, results.noOp.wallMs, 'NoOp') +
			row('Estimate Credits, fixed parameters', results.fixed, results.noOp.wallMs, 'NoOp') +
			row(
				'n8n evaluating 2 expressions per item',
				results.expressionsOnly,
				results.noOp.wallMs,
				'NoOp',
			) +
			row(
				'Estimate Credits, the same 2 expressions',
				results.perRow,
				results.expressionsOnly.wallMs,
				'expressions alone',
			) +
			'  target: Estimate Credits ≤ 1.5× No Operation\n' +
			'  Code node: not measured. Its package, n8n-nodes-base 2.8.1, cannot be a dev dependency\n' +
			'  here: its xlsx dependency is a tarball outside the npm registry, and pinning it needs a\n' +
			'  package.json "overrides" field, which n8n\'s community-node rules forbid.\n',
	);
}
