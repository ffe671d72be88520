/**
 * The n8n editor in Debian's Chromium, driven with playwright-core as a user would: sign in, open
 * a new workflow, find a node in the node panel, open its parameters, run it, screenshot.
 * Every check that fails throws an Error that says what the user would have seen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, selectors, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { OWNER } from './n8n';
import type { NodeTypePrefix } from './examples';

/** Debian's Chromium (`apt-get install chromium`); AI_CREDITS_CHROMIUM overrides. */
export const CHROMIUM = process.env.AI_CREDITS_CHROMIUM ?? '/usr/bin/chromium';

const VIEWPORT = { width: 1440, height: 900 };
const ACTION_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 60_000;

// n8n marks its elements with data-test-id (Playwright's default is data-testid).
selectors.setTestIdAttribute('data-test-id');

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, no sync, no updates, no background traffic. */
export async function launchBrowser(): Promise<Browser> {
	const profile = mkdtempSync(path.join(tmpdir(), 'ai-credits-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: VIEWPORT,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
	context.setDefaultTimeout(ACTION_TIMEOUT_MS);
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** How a user finds one of the package's nodes in the node panel, and what it must show. */
export interface NodeInPanel {
	/** Screenshot file name without .png. */
	key: string;
	type: 'aiCredits' | 'creditGate' | 'aiCreditsTrigger';
	/** What the user types in the node panel's search bar. */
	search: string;
	/** The result to click (n8n lists a trigger under its app: "AI Credits"). */
	result: string;
	/** The action to pick after it, for nodes with actions. */
	action?: string;
	/** A trigger is the first step, added from the empty canvas. */
	trigger: boolean;
	/** Parameters (by name) the panel must show right after adding the node. */
	parameters: string[];
	/** Run it from its panel ("Execute step" / "Fetch Test Event") and expect this in the output. */
	runShows?: string;
}

export const NODES_IN_PANEL: NodeInPanel[] = [
	{
		key: 'ai-credits-trigger',
		type: 'aiCreditsTrigger',
		search: 'AI Credits Trigger',
		result: 'AI Credits',
		action: 'On balance below threshold',
		trigger: true,
		parameters: ['provider', 'event', 'threshold', 'hysteresisPercent'],
		runShows: 'remaining',
	},
	{
		key: 'ai-credits',
		type: 'aiCredits',
		search: 'AI Credits',
		result: 'AI Credits',
		action: 'Estimate Gamma credits for a job',
		trigger: false,
		parameters: ['resource', 'operation', 'numCards', 'imageSource'],
		runShows: 'creditEstimate',
	},
	{
		key: 'credit-gate',
		type: 'creditGate',
		search: 'Credit Gate',
		result: 'Credit Gate',
		trigger: false,
		parameters: ['requiredFrom', 'balanceFrom', 'reserveAcrossItems'],
	},
];

/** Texts n8n shows in a node's panel when it cannot use the node. */
const PANEL_ERRORS = [
	/problem loading the parameters/i,
	/not currently installed/i,
	/install this node/i,
	/could not be loaded/i,
	/unrecognized node type/i,
];

export class Editor {
	/** Icon URLs that did not answer 200 (a broken icon is a broken first impression). */
	readonly iconFailures: string[] = [];
	/** Uncaught exceptions in the editor's page. */
	readonly pageErrors: string[] = [];

	private constructor(
		readonly page: Page,
		private readonly baseUrl: string,
		private readonly prefix: NodeTypePrefix,
	) {
		page.on('response', (response) => {
			if (new URL(response.url()).pathname.startsWith('/icons/') && response.status() !== 200) {
				this.iconFailures.push(`${response.status()} ${response.url()}`);
			}
		});
		page.on('pageerror', (error) => this.pageErrors.push(error.message));
		// Leaving a workflow with unsaved changes asks first; the tour always leaves.
		page.on('dialog', (dialog) => void dialog.accept());
	}

	/** Opens the sign-in page and signs in as the owner, through the form. */
	static async signIn(browser: Browser, baseUrl: string, prefix: NodeTypePrefix): Promise<Editor> {
		const page = await browser.context.newPage();
		const editor = new Editor(page, baseUrl, prefix);
		await page.goto(`${baseUrl}/signin`);
		await page.getByTestId('emailOrLdapLoginId').locator('input').fill(OWNER.email);
		await page.getByTestId('password').locator('input').fill(OWNER.password);
		await page.getByTestId('form-submit-button').click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		return editor;
	}

	nodeType(node: NodeInPanel): string {
		return `${this.prefix}.${node.type}`;
	}

	async newWorkflow(): Promise<void> {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.page.getByTestId('canvas-add-button').waitFor();
	}

	/**
	 * Adds a node from the node panel as a user does and leaves its panel (NDV) open. Fails when
	 * the search does not list it or its icon in the list does not load.
	 */
	async addNode(node: NodeInPanel): Promise<Locator> {
		const { page } = this;
		await page.getByTestId(node.trigger ? 'canvas-add-button' : 'node-creator-plus-button').click();
		const creator = page.getByTestId('node-creator');
		await creator.getByTestId('node-creator-search-bar').fill(node.search);
		const result = creator.getByTestId('item-iterator-item').filter({
			has: page.getByTestId('node-creator-item-name').getByText(node.result, { exact: true }),
		});
		await waitVisible(
			result,
			`"${node.result}" in the node panel after searching "${node.search}"`,
		);
		await expectIconLoaded(
			result.locator('img').first(),
			`the icon of "${node.result}" in the node panel`,
		);
		await result.click();
		if (node.action) {
			const action = creator
				.getByTestId('item-iterator-item')
				.filter({
					has: page.getByTestId('node-creator-item-name').getByText(node.action, { exact: true }),
				})
				.first();
			// On an empty canvas the panel lists an app's triggers first and folds its actions.
			const folded = creator.locator(
				'[data-category-collapsed="true"] > [data-test-id="node-creator-category-item"]',
			);
			await waitVisible(action.or(folded).first(), `the actions of "${node.result}"`);
			for (let open = await folded.count(); open > 0 && !(await action.isVisible()); open--) {
				await folded.first().click();
			}
			await waitVisible(action, `the action "${node.action}" under "${node.result}"`);
			await expectIconLoaded(
				action.locator('img').first(),
				`the icon of the action "${node.action}"`,
			);
			await action.click();
		}
		const ndv = page.getByTestId('ndv');
		if (!node.action) {
			// A community node without actions first shows its details page ("Installed",
			// "Via npm"), with an "Add to workflow" button.
			const addToWorkflow = creator.getByRole('button', { name: 'Add to workflow' });
			await waitVisible(ndv.or(addToWorkflow).first(), `${node.type} or its details page`);
			if (await addToWorkflow.isVisible()) await addToWorkflow.click();
		}
		await waitVisible(ndv, `the parameters panel of ${node.type} after adding it`);
		return ndv;
	}

	/** The open panel shows the parameters, its icon loads and no error is shown or thrown. */
	async checkPanel(ndv: Locator, node: NodeInPanel): Promise<void> {
		const parameters = ndv.getByTestId('node-parameters');
		await waitVisible(parameters, `the parameters of ${node.type}`);
		await expectIconLoaded(ndv.locator('img').first(), `the icon in the panel of ${node.type}`);
		const text = await ndv.innerText();
		const error = PANEL_ERRORS.find((pattern) => pattern.test(text));
		if (error) throw new Error(`The panel of ${node.type} shows an error (${error}):\n${text}`);
		// A parameter flagged by n8n (an issue icon, a red lint mark in a JSON or code field).
		const flagged = await parameters
			.locator('[data-test-id="parameter-issues"], .cm-lint-marker-error')
			.evaluateAll((elements) =>
				elements
					.filter((element) => (element as HTMLElement).offsetParent !== null)
					.map(
						(element) =>
							element.closest('[data-parameter-path]')?.getAttribute('data-parameter-path') ??
							element.textContent ??
							'?',
					),
			);
		if (flagged.length > 0) {
			throw new Error(
				`The panel of ${node.type} flags ${[...new Set(flagged)].join(', ')} as an error right after adding the node`,
			);
		}
		const hidden: string[] = [];
		for (const name of node.parameters) {
			if (!(await parameters.getByTestId(`parameter-input-${name}`).first().isVisible())) {
				hidden.push(name);
			}
		}
		if (hidden.length > 0) {
			throw new Error(
				`The panel of ${node.type} does not show the parameter(s) ${hidden.join(', ')}; ` +
					`it shows:\n${await parameters.innerText()}`,
			);
		}
		this.expectNoErrors(`opening ${node.type}`);
	}

	/** "Execute step" / "Fetch Test Event" in the panel, then the output must show `text`. */
	async runFromPanel(ndv: Locator, node: NodeInPanel, text: string): Promise<void> {
		await ndv.getByTestId('node-execute-button').click();
		const output = ndv.getByTestId('output-panel');
		try {
			await output.getByText(text).first().waitFor({ timeout: RUN_TIMEOUT_MS });
		} catch {
			throw new Error(
				`Running ${node.type} from its panel did not show "${text}"; the output says:\n${await output.innerText()}`,
			);
		}
		this.expectNoErrors(`running ${node.type}`);
	}

	async closePanel(ndv: Locator): Promise<void> {
		await ndv.getByTestId('ndv-close-button').click();
		await ndv.waitFor({ state: 'hidden' });
	}

	/** The node on the canvas, with its icon loaded. */
	async checkCanvasNode(node: NodeInPanel): Promise<void> {
		const onCanvas = this.page.locator(
			`[data-test-id="canvas-node"][data-node-type="${this.nodeType(node)}"]`,
		);
		await waitVisible(onCanvas.first(), `${this.nodeType(node)} on the canvas`);
		await expectIconLoaded(
			onCanvas.first().locator('img').first(),
			`the icon of ${node.type} on the canvas`,
		);
	}

	/**
	 * Opens a saved workflow, checks each of the package's nodes on the canvas has its icon,
	 * runs it with "Execute workflow" and waits until `expectedRuns` nodes have run.
	 */
	async openAndRunWorkflow(
		workflowId: string,
		expectedNodes: number,
		expectedRuns: number,
	): Promise<void> {
		const { page } = this;
		await page.goto(`${this.baseUrl}/workflow/${workflowId}`);
		const nodes = page.getByTestId('canvas-node');
		await waitVisible(nodes.first(), `the nodes of workflow ${workflowId}`);
		const count = await nodes.count();
		if (count !== expectedNodes) {
			throw new Error(`Workflow ${workflowId} shows ${count} nodes, expected ${expectedNodes}`);
		}
		const ours = page.locator(`[data-test-id="canvas-node"][data-node-type^="${this.prefix}."]`);
		for (let index = 0; index < (await ours.count()); index++) {
			const name = await ours.nth(index).getAttribute('data-node-name');
			await expectIconLoaded(ours.nth(index).locator('img').first(), `the icon of "${name}"`);
		}
		await page.getByTestId('execute-workflow-button').click();
		await waitVisible(
			page
				.locator('[data-test-id="canvas-node"] [data-test-id="canvas-node-status-success"]')
				.nth(expectedRuns - 1),
			`${expectedRuns} nodes of workflow ${workflowId} to run`,
			RUN_TIMEOUT_MS,
		);
		const failed = page.locator('[data-test-id="canvas-node-status-error"]');
		if ((await failed.count()) > 0) throw new Error(`A node of workflow ${workflowId} failed`);
		await page.getByTestId('zoom-to-fit').click();
		this.expectNoErrors(`running workflow ${workflowId}`);
	}

	async screenshot(file: string): Promise<void> {
		// Let transitions (panel slide-in, canvas zoom) finish so the picture is what a user sees.
		await this.page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 400))),
		);
		await this.page.screenshot({ path: file });
	}

	private expectNoErrors(when: string): void {
		if (this.iconFailures.length > 0) {
			throw new Error(`Icons failed to load while ${when}:\n${this.iconFailures.join('\n')}`);
		}
		if (this.pageErrors.length > 0) {
			throw new Error(`The editor threw while ${when}:\n${this.pageErrors.join('\n')}`);
		}
	}
}

async function waitVisible(
	locator: Locator,
	what: string,
	timeout = ACTION_TIMEOUT_MS,
): Promise<void> {
	try {
		await locator.waitFor({ state: 'visible', timeout });
	} catch {
		throw new Error(`Not shown within ${timeout / 1000} s: ${what}`);
	}
}

/** Waits for an <img> to finish loading; fails unless it decoded to a real picture. */
async function expectIconLoaded(image: Locator, what: string): Promise<void> {
	await waitVisible(image, what);
	const width = await image.evaluate(
		(element) =>
			new Promise<number>((resolve) => {
				const img = element as HTMLImageElement;
				if (img.complete) return resolve(img.naturalWidth);
				img.addEventListener('load', () => resolve(img.naturalWidth), { once: true });
				img.addEventListener('error', () => resolve(0), { once: true });
			}),
	);
	if (width === 0) {
		throw new Error(`${what} did not load (${await image.getAttribute('src')})`);
	}
}
