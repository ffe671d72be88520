/**
 * What `npm run screenshots` and the editor test both do: a real n8n with the package installed
 * as a community package, the editor in Chromium, and each node added from the node panel.
 */
import path from 'node:path';
import { Editor, launchBrowser, type Browser, type NodeInPanel } from './editor';
import { COMMUNITY_PACKAGE, prepareInstance, type Instance } from './instance';
import type { N8nServer } from './n8n';
import { startSmtpSink, type SmtpSink } from './smtpSink';

export interface Tour {
	instance: Instance;
	server: N8nServer;
	browser: Browser;
	editor: Editor;
	/** Where the weekly-spend-report example's email goes. */
	sink: SmtpSink;
	/** Stops the browser, n8n and the sandbox; removes the n8n folder unless asked to keep it. */
	close(options?: { keepFolder?: boolean }): Promise<void>;
}

export async function startTour(folder: string): Promise<Tour> {
	const sink = await startSmtpSink();
	let instance: Instance;
	try {
		instance = await prepareInstance(folder, COMMUNITY_PACKAGE, { smtpPort: sink.port });
	} catch (error) {
		await sink.close();
		throw error;
	}
	let server: N8nServer | undefined;
	let browser: Browser | undefined;
	try {
		server = await instance.n8n.start();
		await server.setupOwner();
		browser = await launchBrowser();
		const editor = await Editor.signIn(browser, server.url, instance.mode.prefix);
		const started = { server, browser };
		return {
			instance,
			server,
			browser,
			editor,
			sink,
			async close({ keepFolder = false } = {}) {
				await started.browser.close();
				await started.server.stop();
				await instance.close({ keepFolder });
				await sink.close();
			},
		};
	} catch (error) {
		await browser?.close();
		await server?.stop();
		await instance.close();
		await sink.close();
		throw error;
	}
}

/**
 * Adds the node to a new workflow from the node panel, checks its panel, runs it from there when
 * it can run on its own, screenshots the open panel to `<folder>/<key>.png`, then checks it on
 * the canvas. Every problem found is reported together, with the screenshot's path.
 */
export async function showNode(editor: Editor, node: NodeInPanel, folder: string): Promise<string> {
	const file = path.join(folder, `${node.key}.png`);
	await editor.newWorkflow();
	let ndv;
	try {
		ndv = await editor.addNode(node);
	} catch (error) {
		const failed = path.join(folder, `${node.key}-failed.png`);
		await editor.screenshot(failed);
		throw new Error(`${(error as Error).message}
(screenshot: ${failed})`);
	}
	const problems: string[] = [];
	await collect(problems, () => editor.checkPanel(ndv, node));
	if (node.runShows) {
		await collect(problems, () => editor.runFromPanel(ndv, node, node.runShows as string));
	}
	await editor.screenshot(file);
	await editor.closePanel(ndv);
	await collect(problems, () => editor.checkCanvasNode(node));
	if (problems.length > 0) throw new Error(`${problems.join('\n\n')}\n(screenshot: ${file})`);
	return file;
}

/**
 * Opens an imported example, runs it from the editor until `expectedRuns` nodes have run (all of
 * them unless a branch gets no items), screenshots the canvas.
 */
export async function showExample(
	tour: Tour,
	name: string,
	folder: string,
	expectedRuns?: number,
): Promise<string> {
	const workflow = tour.instance.workflows.get(name);
	if (!workflow?.id) throw new Error(`No imported example "${name}"`);
	const nodes = workflow.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote');
	await tour.editor.openAndRunWorkflow(workflow.id, nodes.length, expectedRuns ?? nodes.length);
	const file = path.join(folder, `example-${name}.png`);
	await tour.editor.screenshot(file);
	return file;
}

async function collect(problems: string[], check: () => Promise<void>): Promise<void> {
	try {
		await check();
	} catch (error) {
		problems.push(error instanceof Error ? error.message : String(error));
	}
}
