/**
 * npm run screenshots: the editor tour of the e2e test, writing its pictures to docs/images/
 * (ai-credits-trigger.png, ai-credits.png, credit-gate.png, example-batch-estimate-gate.png,
 * spend-chart.png: the weekly spend report's chart, rendered by Chromium).
 * A node whose checks fail still gets its picture; the command then exits 1 and says why.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NODES_IN_PANEL } from '../support/editor';
import { showExample, showNode, startTour } from '../support/editorTour';
import { showSpendChart } from '../support/spendChart';
import { PACKAGE_ROOT, tempFolder } from '../support/paths';

async function main(): Promise<number> {
	const folder = path.join(PACKAGE_ROOT, 'docs', 'images');
	mkdirSync(folder, { recursive: true });
	const started = Date.now();
	const tour = await startTour(tempFolder('screenshots'));
	const failures: string[] = [];
	try {
		for (const node of NODES_IN_PANEL) {
			try {
				console.log(
					`wrote ${path.relative(PACKAGE_ROOT, await showNode(tour.editor, node, folder))}`,
				);
			} catch (error) {
				failures.push(`${node.search}: ${(error as Error).message}`);
			}
		}
		try {
			const file = await showExample(tour, 'batch-estimate-gate', folder);
			console.log(`wrote ${path.relative(PACKAGE_ROOT, file)}`);
		} catch (error) {
			failures.push(`batch-estimate-gate: ${(error as Error).message}`);
		}
		// The canvas of the weekly report is not one of the README's pictures.
		const canvasFolder = tempFolder('screenshots-canvas');
		try {
			const { chartFile } = await showSpendChart(tour, {
				chartFile: path.join(folder, 'spend-chart.png'),
				canvasFolder,
			});
			console.log(`wrote ${path.relative(PACKAGE_ROOT, chartFile)}`);
		} catch (error) {
			failures.push(`spend chart: ${(error as Error).message}`);
		} finally {
			rmSync(canvasFolder, { recursive: true, force: true });
		}
	} finally {
		await tour.close();
	}
	console.log(`screenshots took ${((Date.now() - started) / 1000).toFixed(1)} s`);
	for (const failure of failures) console.error(`\nFAILED ${failure}`);
	return failures.length === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
