/**
 * The weekly-spend-report example in the editor: a week of spend in its Data Table, the workflow
 * run from "Execute workflow", and the chart that Summarize Spend put in binary `chart` rendered
 * in Chromium. n8n's own binary viewer does not show it: n8n serves binary data for viewing only
 * for the types in ViewableMimeTypes (n8n's packages/@n8n/api-types/src/schemas/binary-data.schema.ts,
 * the same list in 1.123.81, 2.8.4 and 2.41.1), which has no image/svg+xml, so the editor offers
 * the file for download. The test downloads it as the editor does (GET /rest/binary-data) and
 * renders that file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { xmlProblems } from '../../test/unit/spend/xmlCheck';
import { DataTables, pointAtTable, SPEND_TABLE, type RowValue } from './dataTables';
import { exampleWorkflowId } from './examples';
import { showExample, type Tour } from './editorTour';
import type { N8nServer } from './n8n';

const EXAMPLE = 'weekly-spend-report';
const DAY_MS = 86_400_000;

interface BinaryMeta {
	id?: string;
	data?: string;
	mimeType?: string;
	fileName?: string;
}

/** A week of decks as the spend-ledger example records them: days ago, credits, cards. */
const WEEK: Array<[number, number, number]> = [
	[6, 80, 8],
	[5, 120, 12],
	[5, 60, 6],
	[3, 200, 20],
	[2, 100, 10],
	[1, 50, 5],
	[0, 140, 14],
];

function weekOfSpend(now: number): Array<Record<string, RowValue>> {
	return WEEK.map(([daysAgo, credits, cards], index) => ({
		provider: 'gamma',
		operation: 'generateDeck',
		model: 'flux-1-pro',
		credits,
		estimateMin: cards * 9,
		estimateMax: cards * 11,
		at: new Date(now - daysAgo * DAY_MS - (index % 3) * 3_600_000).toISOString(),
		workflowId: exampleWorkflowId('spend-ledger'),
		executionId: String(index + 1),
		reference: `deck-${index + 1}`,
	}));
}

/**
 * Seeds the week, runs the example from the editor (canvas screenshot into `canvasFolder`),
 * then renders its chart at twice its size into `chartFile`. Throws when the chart is not a
 * well-formed SVG or Chromium does not draw it.
 */
export async function showSpendChart(
	tour: Tour,
	options: { chartFile: string; canvasFolder: string },
): Promise<{ chartFile: string; canvasFile: string; svg: string }> {
	const { server } = tour;
	const tables = await DataTables.of(server);
	const tableId = await tables.recreate(SPEND_TABLE.name, SPEND_TABLE.columns);
	await tables.insert(tableId, weekOfSpend(Date.now()));
	await pointAtTable(server, exampleWorkflowId(EXAMPLE), tableId);
	const canvasFile = await showExample(tour, EXAMPLE, options.canvasFolder);

	const svg = await chartOfLatestRun(server, exampleWorkflowId(EXAMPLE));
	const problems = xmlProblems(svg);
	if (problems.length > 0)
		throw new Error(`The chart is not well-formed XML: ${problems.join('; ')}`);
	writeFileSync(path.join(options.canvasFolder, 'spend-chart.svg'), svg);

	const page = await tour.browser.context.newPage();
	try {
		const source = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
		await page.setContent(
			`<!doctype html><body style="margin:0;background:#fff"><img id="chart" alt="" src="${source}"></body>`,
		);
		const chart = page.locator('#chart');
		const size = await chart.evaluate(
			(element) =>
				new Promise<{ width: number; height: number }>((resolve) => {
					const img = element as HTMLImageElement;
					const done = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
					if (img.complete) return done();
					img.addEventListener('load', done, { once: true });
					img.addEventListener('error', done, { once: true });
				}),
		);
		if (size.width === 0 || size.height === 0) {
			throw new Error(`Chromium did not render the chart (an SVG of ${svg.length} characters)`);
		}
		// Twice its size, so the picture stays sharp on a high-density screen.
		await chart.evaluate((element, { width, height }) => {
			Object.assign((element as HTMLImageElement).style, {
				width: `${width * 2}px`,
				height: `${height * 2}px`,
				display: 'block',
			});
		}, size);
		await chart.screenshot({ path: options.chartFile });
	} finally {
		await page.close();
	}
	return { chartFile: options.chartFile, canvasFile, svg };
}

/** Summarize Spend's `chart` in the workflow's newest execution, downloaded as the editor does. */
async function chartOfLatestRun(server: N8nServer, workflowId: string): Promise<string> {
	const [latest] = await server.executions(workflowId);
	if (!latest) throw new Error(`No execution of ${workflowId}`);
	const execution = await server.execution(latest.id);
	const runs = execution?.run.data.resultData.runData['Summarize Spend'] as
		| Array<{ data?: { main?: Array<Array<{ binary?: Record<string, BinaryMeta> }>> } }>
		| undefined;
	const chart = runs?.[0]?.data?.main?.[0]?.[0]?.binary?.chart;
	if (!chart) throw new Error(`Execution ${latest.id} has no chart on Summarize Spend's output`);
	if (chart.mimeType !== 'image/svg+xml') throw new Error(`The chart is ${chart.mimeType}`);
	// n8n's filesystem (2.x default) and database modes store the file apart and keep its id;
	// the in-memory mode keeps it in the run data, in base64.
	if (!chart.id) return Buffer.from(chart.data ?? '', 'base64').toString('utf8');
	const query = new URLSearchParams({ id: chart.id, action: 'download' });
	const response = await server.authorizedFetch(`/rest/binary-data?${query}`);
	if (!response.ok) {
		throw new Error(`GET /rest/binary-data answered ${response.status}: ${await response.text()}`);
	}
	return await response.text();
}
