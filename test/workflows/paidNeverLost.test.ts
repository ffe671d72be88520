/**
 * A generation batch never drops what was paid for: an item refused for credits is its outcome,
 * not a node failure; when the node must stop, its error lists every generation it started; and
 * Options › Re-check Live Balance Before Each Spend refuses, before sending, what no longer fits.
 */
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';
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

// 6 cards, flux-1-pro: the sandbox charges 2 a card + 8 an image = 60 a deck
const DECK = { numCards: 6, additionalOptions: { imageModel: 'flux-1-pro' } };
const CHARGE = 60;

function generate(runOptions: IDataObject = {}, extra: Partial<INode> = {}): INode {
	return packageNode(
		'Generate',
		'aiCredits',
		{
			resource: 'gamma',
			operation: 'generateDeck',
			inputText: '={{ $json.topic }}',
			...DECK,
			runOptions: { pollIntervalSeconds: 1, ...runOptions },
		} as never,
		extra,
	);
}

function estimate(): INode {
	return packageNode('Estimate', 'aiCredits', {
		resource: 'gamma',
		operation: 'estimateCredits',
		numCards: DECK.numCards,
		imageModel: DECK.additionalOptions.imageModel,
	} as never);
}

const topics = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ topic: `Topic ${i}` }));

async function run(count: number, ...nodes: INode[]) {
	return await runWorkflow(chain(manualTrigger(), fixedItems('Rows', topics(count)), ...nodes), {
		credentials: sandboxCredentials(sandbox),
	});
}

const charged = () => sandbox.gammaGenerations().filter((g) => g.creditsDeducted > 0);
const generationOf = (item: INodeExecutionData) => item.json.gammaGeneration as IDataObject;

describe('an item refused for credits is an outcome, not a failure', () => {
	it('refused at the request: the decks before it are on the output, nothing is lost', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 2 * CHARGE + 10);
		const { outputs, error } = await run(3, generate());
		expect(error).toBeUndefined();
		const items = outputs.Generate[0];
		expect(items.map((item) => generationOf(item).status)).toEqual([
			'completed',
			'completed',
			'refused',
		]);
		expect(generationOf(items[2])).toMatchObject({ refusedBy: 'provider', generationId: null });
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[2].json.topic).toBe('Topic 2');
		expect(charged()).toHaveLength(2);
		expect(sandbox.getCredits('gamma', sandbox.keys.gamma)).toBe(10);
	});

	it('refused when the generation ran (several accepted against one balance): the id is kept', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 2 * CHARGE + 10);
		sandbox.setGammaCompletionDelay(600);
		const { outputs, error } = await run(3, generate({ concurrency: 3 }));
		expect(error).toBeUndefined();
		const generations = outputs.Generate[0].map(generationOf);
		expect(generations.filter((g) => g.status === 'completed')).toHaveLength(2);
		const refused = generations.filter((g) => g.status === 'refused');
		expect(refused).toHaveLength(1);
		expect(refused[0]).toMatchObject({
			refusedBy: 'provider',
			generationId: expect.any(String),
			credits: null,
			reason: expect.stringMatching(/Not enough Gamma credits to finish generation/),
		});
		// every deck Gamma charged is on the output
		const shown = new Set(generations.map((g) => g.generationId));
		for (const deck of charged()) expect(shown.has(deck.id)).toBe(true);
	});

	it('with On Error "Continue (using error output)" a refused item goes to the error output', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, CHARGE + 10);
		const { outputs, error } = await run(2, generate({}, { onError: 'continueErrorOutput' }));
		expect(error).toBeUndefined();
		const [ok, failed] = outputs.Generate;
		expect(ok.map((item) => generationOf(item).status)).toEqual(['completed']);
		expect(failed).toHaveLength(1);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(String(failed[0].json.error)).toMatch(/Not enough Gamma credits \(403\)/);
	});
});

describe('when the node must stop, its error lists every generation the run started', () => {
	// Item 2 asks for more cards than Gamma makes: it fails before anything is sent
	const thirdFails = { numCards: '={{ $json.topic === "Topic 2" ? 1000 : 6 }}' };

	it('lists the decks paid for before the failure, with ids, URLs and credits', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		const { error } = await run(3, { ...generate(), ...withParameters(thirdFails) });
		const paid = charged();
		expect(paid).toHaveLength(2);
		expect(error?.message).toMatch(/numCards/);
		for (const deck of paid) expect(error?.description).toContain(deck.id);
		expect(error?.description).toMatch(/item 0: \S+ \(completed, https:\/\/\S+, 60 credits\)/);
		expect(error?.description).toMatch(/Gamma › Get Generation/);
	});

	it('lets the decks in flight finish and lists them too', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		sandbox.setGammaCompletionDelay(500);
		const failsSecond = { numCards: '={{ $json.topic === "Topic 1" ? 1000 : 6 }}' };
		const { error } = await run(3, {
			...generate({ concurrency: 3 }),
			...withParameters(failsSecond, { concurrency: 3 }),
		});
		const paid = charged();
		expect(paid).toHaveLength(2);
		for (const deck of paid) expect(error?.description).toContain(deck.id);
		expect(error?.description).toMatch(/item 0: .*; item 2: /);
	});

	it('lists a generation that started and did not finish as unknown', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		sandbox.setGammaCompletionDelay(60_000);
		const { error } = await run(1, generate({ timeoutMinutes: 0.05 }));
		const [started] = sandbox.gammaGenerations();
		expect(error?.message).toMatch(/still pending/);
		expect(error?.description).toContain(`item 0: ${started.id} (unknown)`);
	});
});

function withParameters(parameters: IDataObject, runOptions: IDataObject = {}): Partial<INode> {
	const node = generate(runOptions);
	return { parameters: { ...node.parameters, ...parameters } as INode['parameters'] };
}

describe('Options › Re-check Live Balance Before Each Spend', () => {
	const recheck = (runOptions: IDataObject = {}, extra: Partial<INode> = {}) =>
		generate({ recheckBalanceBeforeSpend: true, ...runOptions }, extra);
	const probes = () =>
		sandbox.countRequests({
			provider: 'gamma',
			method: 'GET',
			path: /^\/v1\.0\/generations\/[^/]+$/,
		});

	async function estimateMax(): Promise<number> {
		const { outputs } = await run(1, estimate());
		return (outputs.Estimate[0][0].json.creditEstimate as IDataObject).max as number;
	}

	it('refuses, sending nothing, when the live balance no longer covers the estimate', async () => {
		const max = await estimateMax();
		// another run spent since the gate passed: the live balance is below this item's max
		sandbox.setCredits('gamma', sandbox.keys.gamma, max - 1);
		sandbox.clearRequests();
		const { outputs, error } = await run(1, estimate(), recheck());
		expect(error).toBeUndefined();
		expect(generationOf(outputs.Generate[0][0])).toMatchObject({
			status: 'refused',
			refusedBy: 'recheck',
			generationId: null,
			credits: { deducted: 0 },
			reason: `Not started: Gamma's balance no longer covers this item (${max - 1} credits left; its estimate needs up to ${max})`,
			hint: expect.stringMatching(/reserves credits within one execution only/),
		});
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(0);
	});

	it("holds this run's generations in flight (Gamma charges when they complete)", async () => {
		const max = await estimateMax();
		sandbox.setCredits('gamma', sandbox.keys.gamma, 2 * max + 1);
		sandbox.setGammaCompletionDelay(600);
		sandbox.clearRequests();
		const { outputs } = await run(3, estimate(), recheck({ concurrency: 3 }));
		const generations = outputs.Generate[0].map(generationOf);
		expect(generations.map((g) => g.status).sort()).toEqual(['completed', 'completed', 'refused']);
		const refused = generations.find((g) => g.status === 'refused');
		expect(refused).toMatchObject({ refusedBy: 'recheck' });
		expect(String(refused?.reason)).toContain(
			`${2 * max} held by this run's generations in flight`,
		);
		// one balance read before each POST, and only two POSTs
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(2);
		expect(probes()).toBeGreaterThanOrEqual(3);
	});

	it('releases what a finished generation held, so a long batch is not refused for its own decks', async () => {
		const max = await estimateMax();
		sandbox.setCredits('gamma', sandbox.keys.gamma, max + CHARGE * 2);
		const { outputs } = await run(3, estimate(), recheck());
		expect(outputs.Generate[0].map((item) => generationOf(item).status)).toEqual([
			'completed',
			'completed',
			'completed',
		]);
	});

	it('needs a Gamma estimate on the item', async () => {
		const { error } = await run(1, recheck());
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			'Item 0 has no Gamma credit estimate to re-check the balance against',
		);
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(0);
	});

	it("says so when Gamma's answer carries no balance, and sends nothing", async () => {
		sandbox.setGammaNotFoundCarriesCredits(false);
		const { error } = await run(1, estimate(), recheck());
		expect(error?.message).toMatch(/Gamma did not report a balance/);
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(0);
	});
});
