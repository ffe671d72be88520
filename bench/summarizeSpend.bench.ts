/**
 * Summarize Spend's pure core (nodes/shared/spend) on 10,000 items carrying `creditSpend`, against
 * copying the same items (`items.map((i) => ({ ...i }))`, a stand-in for n8n's No Operation), in
 * one process: median of interleaved runs, each the mean of REPEAT calls. Not yet in bench/run.ts:
 * it goes there with the bench of the node itself. Alone: npx ts-node --transpile-only bench/summarizeSpend.bench.ts
 */
import {
	periodText,
	runwayFromSpend,
	spendBarChartSvg,
	spendDigestText,
	spendReportHtml,
	summarizeSpend,
	type SpendGroupBy,
} from '../nodes/shared/spend';
import { interleave, ratio, type Sample } from './measure';

const ITEMS = 10_000;
const ROUNDS = 15;
const REPEAT = 10;
const ZONE = 'Europe/Berlin';
const PROVIDERS = ['gamma', 'gamma', 'gamma', 'stabilityAi', 'imagineArt'];
const MODELS = ['flux-1-quick', 'dall-e-3', 'imagen-4-ultra', 'recraft-v4', undefined];

const items = Array.from({ length: ITEMS }, (_, row) => ({
	json: {
		row,
		topic: `Topic ${row}`,
		creditSpend: {
			provider: PROVIDERS[row % PROVIDERS.length],
			operation: 'generateDeck',
			model: MODELS[row % MODELS.length],
			credits: 5 + (row % 40),
			estimate: row % 3 === 0 ? undefined : { min: 10, max: 40 },
			at: new Date(Date.UTC(2026, 2, 1) + row * 260_000).toISOString(),
			workflowId: `wf${row % 7}`,
			executionId: String(1000 + Math.floor(row / 50)),
			reference: `gen_${row}`,
		},
	},
}));

/** Results are kept here so no call can be optimised away. */
let sink = 0;

function timed(run: () => number): Promise<Sample> {
	const started = process.hrtime.bigint();
	for (let index = 0; index < REPEAT; index++) sink += run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6 / REPEAT;
	return Promise.resolve({ wallMs: ms, nodeMs: ms });
}

const summarize = (groupBy: SpendGroupBy) =>
	summarizeSpend(items, { groupBy, timeZone: ZONE, from: '2026-03-01', to: '2026-04-01' });

function everything(): number {
	const summary = summarize('model');
	const { totals } = summary;
	const runway = runwayFromSpend(
		totals.byProvider.gamma ?? 0,
		totals.from ?? '',
		totals.to ?? '',
		5000,
	);
	const svg = spendBarChartSvg(summary.groups, {
		title: 'AI credit spend by model',
		unit: 'credits',
		period: periodText(summary),
		notes: totals.notes,
	});
	return (
		svg.length +
		spendReportHtml(summary, { runway }).length +
		spendDigestText(summary, { runway }).length
	);
}

export async function benchSummarizeSpend(): Promise<void> {
	const results = await interleave(
		{
			copy: () => timed(() => items.map((item) => ({ ...item })).length),
			byModel: () => timed(() => summarize('model').groups.length),
			byDay: () => timed(() => summarize('day').groups.length),
			everything: () => timed(everything),
		},
		ROUNDS,
	);
	const row = (label: string, value: { wallMs: number }) =>
		`  ${label.padEnd(52)} ${value.wallMs.toFixed(2).padStart(8)} ms  ${ratio(value.wallMs, results.copy.wallMs).padStart(8)} copy\n`;
	process.stdout.write(
		`\nSummarize Spend core on ${ITEMS.toLocaleString('en')} items, in process (median of ${ROUNDS} runs of ${REPEAT} calls)\n` +
			row('Copying the items (stand-in for No Operation)', results.copy) +
			row('summarizeSpend by model', results.byModel) +
			row(`summarizeSpend by day (${ZONE})`, results.byDay) +
			row('summarize + chart SVG + HTML report + digest', results.everything) +
			`  (checksum ${sink % 997})\n`,
	);
}

if (require.main === module) {
	benchSummarizeSpend().catch((error) => {
		process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
		process.exitCode = 1;
	});
}
