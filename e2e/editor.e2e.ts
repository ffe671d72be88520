/**
 * The n8n editor as a user sees it, in Debian's Chromium: the package installed as a community
 * package, each node found in the node panel, its icon loaded, its parameters shown without an
 * error (and run from its panel when it can run alone), an example run from the canvas, and the
 * weekly spend report run from the canvas with its chart rendered.
 * Screenshots go to a temporary folder (`npm run screenshots` writes docs/images instead).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, NODES_IN_PANEL } from './support/editor';
import { showExample, showNode, startTour, type Tour } from './support/editorTour';
import { showSpendChart } from './support/spendChart';
import { N8N_VERSION, tempFolder } from './support/paths';

const SETUP_TIMEOUT_MS = 300_000;
const TEST_TIMEOUT_MS = 120_000;

describe(`the n8n ${N8N_VERSION} editor in Chromium, with the package installed from the Community Nodes folder`, () => {
	let tour: Tour | undefined;
	const screenshots = tempFolder('screenshots');

	beforeAll(async () => {
		if (!existsSync(CHROMIUM)) {
			throw new Error(
				`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set AI_CREDITS_CHROMIUM)`,
			);
		}
		tour = await startTour(tempFolder('editor'));
	}, SETUP_TIMEOUT_MS);

	afterAll(async () => {
		await tour?.close({ keepFolder: process.env.AI_CREDITS_E2E_KEEP === '1' });
		process.stderr.write(`editor screenshots: ${screenshots}\n`);
	}, 60_000);

	test.each(NODES_IN_PANEL.map((node) => [node.search, node]))(
		'"%s" is in the node panel with its icon, and its parameters open without an error',
		async (_search, node) => {
			if (!tour) throw new Error('Skipped: the editor did not start (see above)');
			const file = await showNode(tour.editor, node, screenshots);
			expect(statSync(file).size).toBeGreaterThan(10_000);
		},
		TEST_TIMEOUT_MS,
	);

	test(
		'the batch-estimate-gate example opens with every icon and runs from "Execute workflow"',
		async () => {
			if (!tour) throw new Error('Skipped: the editor did not start (see above)');
			const file = await showExample(tour, 'batch-estimate-gate', screenshots);
			expect(statSync(file).size).toBeGreaterThan(10_000);
		},
		TEST_TIMEOUT_MS,
	);

	test(
		'weekly-spend-report runs from "Execute workflow" on a week of Data Table rows, emails the report, and Chromium renders its chart',
		async () => {
			if (!tour) throw new Error('Skipped: the editor did not start (see above)');
			tour.sink.clear();
			const shown = await showSpendChart(tour, {
				chartFile: path.join(screenshots, 'spend-chart.png'),
				canvasFolder: screenshots,
			});
			expect(statSync(shown.canvasFile).size).toBeGreaterThan(10_000);
			// A bar chart of the week at twice its size: a picture, not a blank or broken image.
			expect(statSync(shown.chartFile).size).toBeGreaterThan(10_000);
			expect(shown.svg).toContain('AI credits spent in the last 7 days');
			expect(tour.sink.mails.map((mail) => mail.subject)).toEqual([
				'AI credits: 750 spent in the last 7 days',
			]);
		},
		TEST_TIMEOUT_MS,
	);
});
