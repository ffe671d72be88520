import { readFileSync } from 'fs';
import path from 'path';
import type { IDataObject, INode } from 'n8n-workflow';
import { USER_AGENT } from '../../nodes/shared/transport/userAgent';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { runListSearch } from '../engine/listSearch';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../engine/workflows';

const sandbox = useSandbox();

const FAST = { pollIntervalSeconds: 1 };

function gammaNode(parameters: IDataObject, extra: Partial<INode> = {}): INode {
	return packageNode('Gamma', 'aiCredits', { resource: 'gamma', ...parameters } as never, extra);
}

async function run(rows: IDataObject[], node: INode, credentials = sandboxCredentials(sandbox)) {
	return await runWorkflow(chain(manualTrigger(), fixedItems('Rows', rows), node), { credentials });
}

const posts = () => sandbox.countRequests({ provider: 'gamma', method: 'POST' });
const postBodies = () =>
	sandbox.requests
		.filter((r) => r.provider === 'gamma' && r.method === 'POST')
		.map((r) => r.body as IDataObject);

describe('Generate Deck', () => {
	it('waits for the deck, records its credits, refreshes the balance and downloads the PDF', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		const { outputs, error } = await run(
			[{ topic: 'Hiking in the Alps' }],
			gammaNode({
				operation: 'generateDeck',
				inputText: '={{ $json.topic }}',
				numCards: 6,
				additionalOptions: { exportAs: 'pdf', title: 'Alps: a guide', imageModel: 'flux-1-pro' },
				runOptions: { ...FAST, downloadExport: true },
			}),
		);
		expect(error).toBeUndefined();
		const [item] = outputs.Gamma[0];
		// sandbox charges 2 a card + one image a card at the model's price (flux-1-pro: 8)
		const charge = 6 * 2 + 6 * 8;
		expect(item.json.topic).toBe('Hiking in the Alps');
		expect(item.json.gammaGeneration).toMatchObject({
			status: 'completed',
			generationId: expect.any(String),
			gammaId: expect.any(String),
			gammaUrl: expect.stringMatching(/^https:\/\//),
			exportUrl: expect.stringContaining('/exports/'),
			title: 'Alps: a guide',
			credits: { deducted: charge, remaining: 1000 - charge },
		});
		expect(item.json.creditBalance).toMatchObject({ provider: 'gamma', remaining: 1000 - charge });
		expect(sandbox.getCredits('gamma', sandbox.keys.gamma)).toBe(1000 - charge);
		expect(item.binary?.data).toMatchObject({
			fileName: 'Alps a guide.pdf',
			mimeType: 'application/pdf',
			fileExtension: 'pdf',
		});
		expect(Buffer.from(item.binary!.data.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(posts()).toBe(1);
		// the signed export URL is fetched without the API key
		const download = sandbox.requests.find((r) => r.path.startsWith('/exports/'));
		expect(download?.headers).not.toHaveProperty('x-api-key');
	});

	it('names pptx and png (zip) exports with the right extension and MIME type', async () => {
		for (const [exportAs, extension, mimeType] of [
			['pptx', 'pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
			['png', 'zip', 'application/zip'],
		]) {
			const { outputs } = await run(
				[{}],
				gammaNode({
					operation: 'generateDeck',
					inputText: 'Export test',
					numCards: 2,
					additionalOptions: { exportAs, title: 'Deck' },
					runOptions: { ...FAST, downloadExport: true },
				}),
			);
			expect(outputs.Gamma[0][0].binary?.data).toMatchObject({
				fileName: `Deck.${extension}`,
				mimeType,
			});
		}
	});

	it('sends only what the user filled in', async () => {
		await run(
			[{}],
			gammaNode({ operation: 'generateDeck', inputText: 'Minimal', runOptions: FAST }),
		);
		expect(postBodies()[0]).toEqual({
			inputText: 'Minimal',
			textMode: 'generate',
			format: 'presentation',
			numCards: 10,
		});
	});

	it('sends the card dimensions of the chosen format only, and the nested options Gamma expects', async () => {
		await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'A post',
				format: 'social',
				themeId: { __rl: true, mode: 'list', value: 'aurora' },
				additionalOptions: {
					presentationDimensions: '16x9',
					socialDimensions: '4x5',
					folderId: { __rl: true, mode: 'id', value: 'fld-marketing' },
					textAmount: 'brief',
					language: 'pt-br',
					imageSource: 'pexels',
					headerFooter: {
						elements: [
							{ position: 'bottomRight', type: 'cardNumber' },
							{ position: 'topLeft', type: 'text', value: '© Acme' },
						],
					},
					hideFromFirstCard: true,
					externalAccess: 'view',
					emailRecipients: 'ana@example.com, bo@example.com',
					emailAccess: 'comment',
					enableSearchEngineIndexing: true,
				},
				runOptions: FAST,
			}),
		);
		expect(postBodies()[0]).toMatchObject({
			format: 'social',
			themeId: 'aurora',
			folderId: 'fld-marketing',
			textOptions: { amount: 'brief', language: 'pt-br' },
			imageOptions: { source: 'pexels' },
			cardOptions: {
				dimensions: '4x5',
				headerFooter: {
					bottomRight: { type: 'cardNumber' },
					topLeft: { type: 'text', value: '© Acme' },
					hideFromFirstCard: true,
				},
			},
			sharingOptions: {
				externalAccess: 'view',
				emailOptions: { recipients: ['ana@example.com', 'bo@example.com'], access: 'comment' },
				enableSearchEngineIndexing: true,
			},
		});
		expect(postBodies()[0]).not.toHaveProperty('folderIds');
		// Every field sent, at every level, is one the documented classic body has (the fixture
		// has no header or footer: their shape is asserted above).
		const documented = JSON.parse(
			readFileSync(
				path.join(__dirname, '..', 'contracts', 'gamma', 'classic-create-request-full.json'),
				'utf8',
			),
		).request.body;
		const paths = (value: unknown, prefix = ''): string[] =>
			value && typeof value === 'object' && !Array.isArray(value)
				? Object.entries(value).flatMap(([key, inner]) => [
						`${prefix}${key}`,
						...paths(inner, `${prefix}${key}.`),
					])
				: [];
		const known = new Set(paths(documented));
		const unknown = paths(postBodies()[0]).filter(
			(field) => !known.has(field) && !field.startsWith('cardOptions.headerFooter'),
		);
		expect(unknown).toEqual([]);
	});

	it('leaves out Number of Cards when cards follow the input text breaks', async () => {
		const { outputs, error } = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'One\n---\nTwo\n---\nThree',
				numCards: 7,
				additionalOptions: { cardSplit: 'inputTextBreaks' },
				runOptions: FAST,
			}),
		);
		expect(error).toBeUndefined();
		expect(postBodies()[0]).toMatchObject({ cardSplit: 'inputTextBreaks' });
		expect(postBodies()[0]).not.toHaveProperty('numCards');
		expect(outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({ status: 'completed' });
	});

	it('refuses more than one folder before spending, naming them', async () => {
		const { error } = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'Filed twice',
				additionalOptions: { folderId: { __rl: true, mode: 'id', value: 'fld-a, fld-b' } },
				runOptions: FAST,
			}),
		);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('Folder names 2 folders: fld-a, fld-b');
		expect(posts()).toBe(0);
	});

	it("keeps Gamma's warnings on the item", async () => {
		const { outputs } = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'Warned',
				format: 'webpage',
				additionalOptions: { presentationDimensions: '4x3' },
				runOptions: FAST,
			}),
		);
		// the presentation size is not sent for a webpage; nothing to warn about here
		expect(outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({ warnings: null });
		expect(postBodies()[0]).not.toHaveProperty('cardOptions');

		const bad = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'Warned',
				format: 'document',
				additionalOptions: { documentDimensions: '={{ "16x9" }}' },
				runOptions: FAST,
			}),
		);
		expect(String((bad.outputs.Gamma[0][0].json.gammaGeneration as IDataObject).warnings)).toMatch(
			/dimensions/,
		);
	});

	it("compares the real charge with the item's estimate", async () => {
		const workflow = chain(
			manualTrigger(),
			fixedItems('Rows', [{ cards: 5 }]),
			packageNode('Estimate', 'aiCredits', {
				resource: 'gamma',
				operation: 'estimateCredits',
				numCards: '={{ $json.cards }}',
				imageModel: 'flux-1-quick',
			}),
			gammaNode({
				operation: 'generateDeck',
				inputText: 'Estimated deck',
				numCards: '={{ $json.cards }}',
				additionalOptions: { imageModel: 'flux-1-quick' },
				runOptions: FAST,
			}),
		);
		const { outputs } = await runWorkflow(workflow, { credentials: sandboxCredentials(sandbox) });
		const generation = outputs.Gamma[0][0].json.gammaGeneration as IDataObject;
		// estimate 5 cards × 1–3 + 5 images × 2 = 15–25; the sandbox charges 5 × 2 + 5 × 2 = 20
		expect(generation.estimateComparison).toEqual({
			estimatedMin: 15,
			estimatedExpected: 20,
			estimatedMax: 25,
			actual: 20,
			withinRange: true,
			differenceFromExpected: 0,
		});
	});

	it('runs several decks at once and keeps the input order and pairing', async () => {
		const rows = ['one', 'two', 'three', 'four'].map((topic) => ({ topic }));
		const { outputs } = await run(
			rows,
			gammaNode({
				operation: 'generateDeck',
				inputText: '={{ $json.topic }}',
				numCards: 2,
				runOptions: { ...FAST, concurrency: 4 },
			}),
		);
		const items = outputs.Gamma[0];
		expect(items.map((i) => i.json.topic)).toEqual(['one', 'two', 'three', 'four']);
		expect(items.map((i) => i.pairedItem)).toEqual([0, 1, 2, 3].map((item) => ({ item })));
		expect(items.every((i) => (i.json.gammaGeneration as IDataObject).status === 'completed')).toBe(
			true,
		);
		expect(posts()).toBe(4);
		const ids = new Set(items.map((i) => (i.json.gammaGeneration as IDataObject).generationId));
		expect(ids.size).toBe(4);
	});

	it("a failed generation is a NodeApiError with Gamma's message and the generation id", async () => {
		const { error } = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'Please [sandbox:fail]',
				runOptions: FAST,
			}),
		);
		const [generation] = sandbox.gammaGenerations();
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/^Gamma could not generate it: .+/);
		expect(error?.message).toContain(generation.id);
		expect(posts()).toBe(1);
	});

	it('returns the generation id at once when not waiting, and Get Generation picks it up', async () => {
		const started = await run(
			[{}],
			gammaNode({ operation: 'generateDeck', inputText: 'Later', waitForCompletion: false }),
		);
		const pending = started.outputs.Gamma[0][0].json.gammaGeneration as IDataObject;
		expect(pending).toMatchObject({ status: 'pending', credits: null });

		const picked = await run(
			[{ id: pending.generationId }],
			gammaNode({
				operation: 'getGeneration',
				generationId: '={{ $json.id }}',
				waitForCompletion: true,
				runOptions: FAST,
			}),
		);
		expect(picked.outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({
			generationId: pending.generationId,
			status: 'completed',
			credits: { deducted: expect.any(Number) },
		});
		expect(posts()).toBe(1);
	});

	it('Get Generation of an unknown id says so', async () => {
		const { error } = await run(
			[{}],
			gammaNode({ operation: 'getGeneration', generationId: 'nope' }),
		);
		expect(error?.message).toMatch(/Gamma answered 404: Generation ID not found/);
	});
});

describe('Generate From Template', () => {
	it('posts gammaId and prompt to from-template and returns the finished gamma', async () => {
		const { outputs, error } = await run(
			[{}],
			gammaNode({
				operation: 'generateFromTemplate',
				gammaId: 'tmpl-onepager',
				prompt: 'Team update for Q3',
				additionalOptions: {
					imageModel: 'flux-1-quick',
					workspaceAccess: 'edit',
					title: 'Q3 update',
				},
				runOptions: FAST,
			}),
		);
		expect(error).toBeUndefined();
		const request = sandbox.requests.find((r) => r.method === 'POST');
		expect(request?.path).toBe('/v1.0/generations/from-template');
		expect(request?.headers['user-agent']).toBe(USER_AGENT);
		expect(request?.body).toEqual({
			gammaId: 'tmpl-onepager',
			prompt: 'Team update for Q3',
			title: 'Q3 update',
			imageOptions: { model: 'flux-1-quick' },
			sharingOptions: { workspaceAccess: 'edit' },
		});
		expect(outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({ status: 'completed' });
	});
});

describe('never spends twice', () => {
	const deck = (extra: IDataObject = {}) =>
		gammaNode({
			operation: 'generateDeck',
			inputText: 'Once only',
			numCards: 2,
			runOptions: FAST,
			...extra,
		});

	it('re-sends the POST after a 429, which Gamma did not take, honouring Retry-After', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			method: 'POST',
			path: '/v1.0/generations',
			kind: 'rateLimit',
			retryAfterSeconds: 1,
		});
		const { outputs, error } = await run([{}], deck());
		expect(error).toBeUndefined();
		expect(posts()).toBe(2);
		expect(sandbox.gammaGenerations()).toHaveLength(1);
		expect(outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({ status: 'completed' });
	});

	it('does not re-send after a 500 that came after Gamma accepted it, and says it may have started', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			method: 'POST',
			path: '/v1.0/generations',
			kind: 'errorAfterAccept',
		});
		const { error } = await run([{}], deck());
		expect(posts()).toBe(1);
		expect(sandbox.gammaGenerations()).toHaveLength(1);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/Gamma had a server error \(500\).*may have started/);
		expect(error?.description).toMatch(/check your account .* before running again/);
	});

	it('does not re-send after a dropped connection', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			method: 'POST',
			path: '/v1.0/generations',
			kind: 'drop',
		});
		const { error } = await run([{}], deck());
		expect(posts()).toBe(1);
		expect(error?.message).toBe(
			'Could not reach Gamma: the connection was closed before an answer came',
		);
		expect(error?.description).toMatch(/Network error ECONNRESET/);
		expect(error?.description).toMatch(/may charge for it/);
	});

	it('re-sends when the connection was refused (nothing reached Gamma), a bounded number of times', async () => {
		const closed = await startSandbox();
		const deadUrl = closed.baseUrls.gamma;
		await closed.close();
		const { error } = await run(
			[{}],
			deck(),
			sandboxCredentials(sandbox, { aiCreditsGammaApi: { baseUrl: deadUrl } }),
		);
		expect(error?.message).toBe(
			'Could not reach Gamma: the connection was refused (after 4 attempts)',
		);
		expect(error?.description).not.toMatch(/may charge/);
	});

	it('a poll that fails for a moment is retried; the deck still completes with one POST', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			method: 'GET',
			path: '/v1.0/generations/*',
			kind: 'status',
			status: 503,
		});
		const { outputs, error } = await run([{}], deck());
		expect(error).toBeUndefined();
		expect(outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({ status: 'completed' });
		expect(posts()).toBe(1);
	});

	it('a batch with one bad item makes exactly one POST per item it started', async () => {
		const node = deck({ inputText: '={{ $json.text }}', runOptions: { ...FAST, concurrency: 1 } });
		node.onError = 'continueRegularOutput';
		const { outputs } = await run(
			[{ text: 'fine' }, { text: 'x [sandbox:fail]' }, { text: 'fine too' }],
			node,
		);
		const items = outputs.Gamma[0];
		expect(posts()).toBe(3);
		expect(items[0].json.gammaGeneration).toMatchObject({ status: 'completed' });
		expect(items[1].json.error).toMatch(/could not generate/);
		expect(items[1].json.gammaGeneration).toMatchObject({ generationId: expect.any(String) });
		expect(items[2].json.gammaGeneration).toMatchObject({ status: 'completed' });
	});
});

describe('errors that tell the user what to do', () => {
	it('401: a wrong key, never quoted', async () => {
		const key = 'sk-gamma-wrong-4711';
		const { error } = await run(
			[{}],
			gammaNode({ operation: 'generateDeck', inputText: 'x' }),
			sandboxCredentials(sandbox, { aiCreditsGammaApi: { apiKey: key } }),
		);
		expect(error?.message).toMatch(/Gamma rejected the API key \(401\)/);
		expect(JSON.stringify(error)).not.toContain(key);
	});

	it("403: not enough credits is the item's outcome, with where to buy more", async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 3);
		const { outputs, error } = await run(
			[{}],
			gammaNode({ operation: 'generateDeck', inputText: 'x' }),
		);
		expect(error).toBeUndefined();
		const [item] = outputs.Gamma[0];
		expect(item.json.gammaGeneration).toMatchObject({
			status: 'refused',
			refusedBy: 'provider',
			generationId: null,
			credits: { deducted: 0 },
			reason: expect.stringMatching(/Not enough Gamma credits \(403\)/),
			hint: expect.stringMatching(/Settings > Billing/),
		});
		expect(sandbox.gammaGenerations()).toHaveLength(0);
	});

	it("400: Gamma's own validation message", async () => {
		const { error } = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'x',
				themeId: { __rl: true, mode: 'id', value: 'no-such-theme' },
			}),
		);
		expect(error?.message).toMatch(/Gamma answered 400: .*themeId/);
	});
});

describe("the plan's limits, read from /v1.0/me before spending", () => {
	it('stops a deck with more cards than the plan makes, naming the limit, and sends nothing', async () => {
		const { error } = await run(
			[{}, {}],
			gammaNode({ operation: 'generateDeck', inputText: 'x', numCards: '={{ 70 }}' }),
		);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			'This generation asks for 70 cards; this Gamma plan makes at most 60 (maxGenerateCards)',
		);
		expect(posts()).toBe(0);
	});

	it('counts the cards of input text breaks, and reads /me once for the whole batch', async () => {
		const breaks = Array.from({ length: 61 }, (_, i) => `Card ${i}`).join('\n---\n');
		const { outputs } = await run(
			[{ text: 'One\n---\nTwo' }, { text: breaks }],
			gammaNode(
				{
					operation: 'generateDeck',
					inputText: '={{ $json.text }}',
					additionalOptions: { cardSplit: 'inputTextBreaks' },
					runOptions: FAST,
				},
				{ onError: 'continueRegularOutput' },
			),
		);
		const [ok, refused] = outputs.Gamma[0];
		expect(ok.json.gammaGeneration).toMatchObject({ status: 'completed' });
		expect(String(refused.json.error)).toMatch(/asks for 61 cards; .* at most 60/);
		expect(posts()).toBe(1);
		expect(sandbox.countRequests({ provider: 'gamma', path: '/v1.0/me' })).toBe(1);
	});

	it('stops an image model the plan does not offer', async () => {
		const key = 'sk-gamma-sandbox-two-models-0001';
		sandbox.addAccount('gamma', key, 500, { imageModels: ['flux-1-quick', 'flux-1-pro'] });
		const { error } = await run(
			[{}],
			gammaNode({
				operation: 'generateDeck',
				inputText: 'x',
				additionalOptions: { imageModel: 'imagen-4-fast' },
			}),
			sandboxCredentials(sandbox, { aiCreditsGammaApi: { apiKey: key } }),
		);
		expect(error?.message).toBe(
			'Image model imagen-4-fast is not available on this Gamma plan (availableImageModels)',
		);
		expect(error?.description).toBe(
			'Nothing was sent or charged. Pick one of: flux-1-quick, flux-1-pro.',
		);
		expect(posts()).toBe(0);
	});

	it('goes ahead when /me does not answer (it is undocumented)', async () => {
		sandbox.injectFault({ provider: 'gamma', path: '/v1.0/me', kind: 'status', status: 404 });
		const { outputs, error } = await run(
			[{}],
			gammaNode({ operation: 'generateDeck', inputText: 'x', numCards: 2, runOptions: FAST }),
		);
		expect(error).toBeUndefined();
		expect(outputs.Gamma[0][0].json.gammaGeneration).toMatchObject({ status: 'completed' });
	});
});

describe('Theme and folder lists', () => {
	it("pages through every theme with Gamma's cursor and searches by name", async () => {
		const node = gammaNode({ operation: 'generateDeck' });
		const credentials = sandboxCredentials(sandbox);
		const names: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await runListSearch(node, 'searchThemes', credentials, undefined, token);
			names.push(...page.results.map((r) => r.name));
			token = page.paginationToken as string | undefined;
			pages++;
		} while (token);
		expect(pages).toBe(2);
		expect(names).toHaveLength(75);
		expect(new Set(names).size).toBe(75);

		const found = await runListSearch(node, 'searchThemes', credentials, 'acme');
		expect(found.results.map((r) => r.name)).toEqual(['Acme Brand', 'Acme Brand Dark']);
		const folders = await runListSearch(node, 'searchFolders', credentials);
		expect(folders.results).toContainEqual({ name: 'Marketing', value: 'fld-marketing' });
	});
});

describe('waiting', () => {
	let slow: Sandbox;

	beforeAll(async () => {
		slow = await startSandbox({ gammaCompletionDelayMs: 60_000 });
	});
	afterAll(async () => {
		await slow.close();
	});

	it('stops at the timeout with an error that carries the generation id', async () => {
		const started = Date.now();
		const node = gammaNode({
			operation: 'generateDeck',
			inputText: 'Slow deck',
			runOptions: { pollIntervalSeconds: 1, timeoutMinutes: 0.05 },
		});
		const { error } = await run([{}], node, sandboxCredentials(slow));
		const [generation] = slow.gammaGenerations();
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(`Gamma generation ${generation.id} was still pending after 3 s`);
		expect(error?.description).toMatch(/Get Generation/);
		expect(Date.now() - started).toBeLessThan(6000);
		// one POST, then a poll a second until the timeout
		expect(slow.countRequests({ provider: 'gamma', method: 'POST' })).toBe(1);
		expect(slow.countRequests({ provider: 'gamma', method: 'GET' })).toBeLessThanOrEqual(4);
	});

	it('with continue-on-fail, the timed-out item keeps the generation id for Get Generation', async () => {
		const node = gammaNode(
			{
				operation: 'generateDeck',
				inputText: 'Slow deck',
				runOptions: { pollIntervalSeconds: 1, timeoutMinutes: 0.05 },
			},
			{ onError: 'continueRegularOutput' },
		);
		const { outputs } = await run([{}], node, sandboxCredentials(slow));
		expect(outputs.Gamma[0][0].json).toMatchObject({
			error: expect.stringMatching(/still pending/),
			gammaGeneration: { generationId: expect.any(String), status: 'unknown' },
		});
	});

	it('stops promptly when the execution is cancelled', async () => {
		const controller = new AbortController();
		const node = gammaNode({
			operation: 'generateDeck',
			inputText: 'Cancel me',
			runOptions: { pollIntervalSeconds: 30 },
		});
		const running = runWorkflow(chain(manualTrigger(), node), {
			credentials: sandboxCredentials(slow),
			signal: controller.signal,
		});
		await new Promise((resolve) => setTimeout(resolve, 500));
		const abortedAt = Date.now();
		controller.abort();
		await running.catch(() => undefined);
		expect(Date.now() - abortedAt).toBeLessThan(1000);
	});
});
