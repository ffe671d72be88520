/**
 * Bad parameter values (issue 14): each is a NodeOperationError naming the parameter, the value
 * and the item, never a raw JavaScript error, a silent pass-through or a non-finite number; under
 * continue-on-fail every item comes out.
 */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';
import { createPoller } from '../engine/pollTrigger';
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

const ROWS = [{ a: 1 }, { a: 2 }];

async function run(node: INode, rows: IDataObject[] = ROWS) {
	return await runWorkflow(chain(manualTrigger(), fixedItems('Rows', rows), node), {
		credentials: sandboxCredentials(sandbox),
	});
}

const credits = (parameters: INodeParameters) => packageNode('Node', 'aiCredits', parameters);
const gate = (parameters: INodeParameters) => packageNode('Node', 'creditGate', parameters);

/** The run failed with a NodeOperationError whose message matches, on item `item`. */
async function expectFailure(node: INode, message: RegExp, item = 0, rows?: IDataObject[]) {
	const { error } = await run(node, rows);
	expect(error?.name).toBe('NodeOperationError');
	expect(error?.message).toMatch(message);
	expect((error as { context?: IDataObject } | undefined)?.context?.itemIndex).toBe(item);
	return error;
}

describe('option values are checked against the declared ones, by own keys', () => {
	it.each([
		[{ resource: 'bogus', operation: 'checkBalance' }, /resource must be one of: .*got "bogus"/],
		[{ resource: 'constructor' }, /resource must be one of/],
		[{ resource: 'gamma', operation: 'constructor' }, /operation must be one of: .*"constructor"/],
		[{ resource: 'gamma', operation: '__proto__' }, /operation must be one of/],
		[
			{ resource: 'imagineArt', operation: 'estimateCredits', estimateType: 'toString' },
			/estimateType must be one of: .*"toString"/,
		],
	])('%j', async (parameters, message) => {
		await expectFailure(credits(parameters as INodeParameters), message);
	});

	it('under continue-on-fail an unknown resource loses no item', async () => {
		const { outputs, error } = await run({
			...credits({ resource: 'bogus' }),
			onError: 'continueRegularOutput',
		});
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((item) => item.json.a)).toEqual([1, 2]);
		expect(String(outputs.Node[0][1].json.error)).toMatch(/resource must be one of/);
	});

	it("the gate's live check with __proto__ is an input error", async () => {
		await expectFailure(gate({ balanceFrom: '__proto__' }), /balanceFrom must be one of/);
	});

	it.each([
		[
			{
				resource: 'stabilityAi',
				operation: 'estimateCredits',
				service: '={{ "V1-Text-To-Image" }}',
			},
			/service must be written v1-text-to-image/,
		],
		[
			{ resource: 'imagineArt', operation: 'estimateCredits', estimateType: 'IMAGE' },
			/estimateType must be one of: .*"IMAGE"/,
		],
		[
			{ resource: 'gamma', operation: 'estimateCredits', imageSource: 'AIGenerated' },
			/imageSource must be one of: .*"AIGenerated"/,
		],
		[{ resource: 'GAMMA', operation: 'checkBalance' }, /resource must be one of/],
	])(
		'another letter case is an error, not an estimate without the fields it shows: %j',
		async (parameters, message) => {
			await expectFailure(credits(parameters as INodeParameters), message);
		},
	);
});

describe('expression results are type-checked', () => {
	it('an object as generation id', async () => {
		const node = credits({
			resource: 'gamma',
			operation: 'getGeneration',
			generationId: '={{ $json.id }}',
		});
		await expectFailure(node, /generationId must be text \(got \{"x":1\}\)/, 0, [{ id: { x: 1 } }]);
		const { outputs } = await run({ ...node, onError: 'continueRegularOutput' }, [
			{ id: 'no-such-generation' },
			{ id: { x: 1 } },
		]);
		expect(String(outputs.Node[0][1].json.error)).toBe('generationId must be text (got {"x":1}).');
	});
});

describe('numbers are finite and within the declared bounds', () => {
	it('1e308 overflowing in an estimate is an error, not Infinity', async () => {
		await expectFailure(
			credits({
				resource: 'imagineArt',
				operation: 'estimateCredits',
				estimateType: 'custom',
				customCost: 1e308,
				count: 10,
			}),
			/comes out as Infinity/,
		);
	});

	it('1e308 in an override is an error, not Infinity', async () => {
		await expectFailure(
			credits({
				resource: 'stabilityAi',
				operation: 'estimateCredits',
				service: 'core',
				count: 10,
				priceOverrides: '{"services": {"core": 1e308}}',
			}),
			/comes out as Infinity/,
		);
	});

	it('Infinity from an expression names the parameter', async () => {
		await expectFailure(
			credits({ resource: 'gamma', operation: 'estimateCredits', numCards: '={{ 1e309 }}' }),
			/numCards must be .*\(got Infinity\)/,
		);
	});

	it('the gate: 1e308 needed with a balance of 1e308 is a finite decision', async () => {
		const { outputs, error } = await run(
			gate({ requiredFrom: 'custom', requiredCredits: 1e308, options: { marginPercent: 10 } }),
			[{ creditBalance: { provider: 'gamma', remaining: 1e308 } }],
		);
		expect(error).toBeUndefined();
		const decision = outputs.Node[1][0].json.creditGate as IDataObject;
		expect(decision).toMatchObject({ passed: false, required: 1e308 });
		expect(Number.isFinite(decision.available)).toBe(true);
		expect(Number.isFinite(decision.remainingAfter)).toBe(true);
	});

	it.each([
		[{ floor: '={{ "abc" }}' }, /options.floor must be a number of at least 0 \(got "abc"\)/],
		[{ floor: -50 }, /options.floor must be a number of at least 0 \(got -50\)/],
		[{ marginPercent: 150 }, /options.marginPercent must be a number from 0 to 100/],
	])("the gate's %j", async (options, message) => {
		const rows = [
			{ creditEstimate: { max: 80 }, creditBalance: { provider: 'gamma', remaining: 100 } },
		];
		await expectFailure(gate({ options } as INodeParameters), message, 0, rows);
	});

	it('the gate: a bad floor under continue-on-fail keeps every item, none passes', async () => {
		const rows = ROWS.map((row) => ({
			...row,
			creditEstimate: { max: 80 },
			creditBalance: { provider: 'gamma', remaining: 100 },
		}));
		const { outputs, error } = await run(
			{ ...gate({ options: { floor: -500 } }), onError: 'continueErrorOutput' },
			rows,
		);
		expect(error).toBeUndefined();
		expect(outputs.Node[0]).toEqual([]);
		expect(outputs.Node[2].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it("the gate's custom amount from an expression: 'abc' names the item", async () => {
		await expectFailure(
			gate({ requiredFrom: 'custom', requiredCredits: '={{ $json.need }}' }),
			/requiredCredits must be a number of at least 0 \(got "abc"\)/,
			1,
			[
				{ need: 5, creditBalance: { provider: 'gamma', remaining: 100 } },
				{ need: 'abc', creditBalance: { provider: 'gamma', remaining: 100 } },
			],
		);
	});

	const deck = (runOptions: INodeParameters) =>
		credits({
			resource: 'gamma',
			operation: 'generateDeck',
			inputText: 'Hi',
			numCards: 2,
			runOptions,
		});

	it.each([
		[{ pollIntervalSeconds: '={{ "abc" }}' }, /runOptions.pollIntervalSeconds must be/],
		[{ pollIntervalSeconds: 0 }, /runOptions.pollIntervalSeconds must be a number from 1/],
		[{ timeoutMinutes: '={{ "abc" }}' }, /runOptions.timeoutMinutes must be/],
		[{ concurrency: 0 }, /runOptions.concurrency must be a whole number from 1 to 20/],
		[{ concurrency: 2.5 }, /runOptions.concurrency must be a whole number/],
	])('Generate Deck %j: an error before any request', async (runOptions, message) => {
		const before = sandbox.countRequests({ provider: 'gamma', method: 'POST' });
		await expectFailure(deck(runOptions), message);
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(before);
	});

	it('Generate Deck: a bad concurrency under continue-on-fail keeps every item', async () => {
		const { outputs, error } = await run({
			...deck({ concurrency: '={{ "abc" }}' }),
			onError: 'continueRegularOutput',
		});
		expect(error).toBeUndefined();
		expect(outputs.Node[0].map((item) => item.json.a)).toEqual([1, 2]);
		expect(String(outputs.Node[0][0].json.error)).toMatch(/runOptions.concurrency/);
	});
});

describe('the trigger', () => {
	it.each([
		[{ threshold: '={{ "abc" }}' }, /threshold must be a number of at least 0 \(got "abc"\)/],
		[{ hysteresisPercent: '={{ "abc" }}' }, /hysteresisPercent must be a number/],
		[{ threshold: -1 }, /threshold must be a number of at least 0/],
	])(
		'%j is an error, not a trigger that never fires or never re-arms',
		async (parameters, message) => {
			const poller = await createPoller(
				packageNode('Watch', 'aiCreditsTrigger', {
					provider: 'gamma',
					event: 'balanceBelowThreshold',
					...parameters,
				} as never),
				sandboxCredentials(sandbox),
			);
			await expect(poller.poll()).rejects.toThrow(message);
		},
	);
});

describe('node-level choices of Check Balance are checked too', () => {
	it.each([
		['gamma', 'readFrom'],
		['imagineArt', 'authentication'],
		['stabilityAi', 'onRateLimit'],
	])('%s %s = "__proto__" is a clear error on every item, none lost', async (resource, name) => {
		const node = {
			...packageNode('Balance', 'aiCredits', {
				resource,
				operation: 'checkBalance',
				[name]: '={{ "__proto__" }}',
				// n8n cannot tell which fields an expression-valued choice shows: fill the required one.
				generationId: 'gen_unused',
			}),
			onError: 'continueRegularOutput' as const,
		};
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', [{ a: 1 }, { a: 2 }]), node),
			{ credentials: sandboxCredentials(sandbox) },
		);
		expect(error).toBeUndefined();
		const items = outputs.Balance[0];
		expect(items.map((item) => item.json.a)).toEqual([1, 2]);
		expect(String(items[0].json.error)).toMatch(new RegExp(`^${name} must be one of`));
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('Gamma generation inputs are checked before anything is sent', () => {
	it.each([
		['generateDeck', { inputText: '={{ {"a":1} }}' }, /^inputText must be/],
		['generateDeck', { inputText: 'x', numCards: '={{ 1e308 }}' }, /^numCards must be/],
		['generateDeck', { inputText: 'x', format: '={{ "constructor" }}' }, /^format must be one of/],
		['generateDeck', { inputText: 'x', textMode: '={{ "Preserve" }}' }, /^textMode must be one of/],
		['generateWithGamma5', { prompt: 'x', numCards: '={{ 101 }}' }, /^numCards must be/],
		['generateWithGamma5', { prompt: 'x', format: '={{ "webpage" }}' }, /^format must be one of/],
		[
			'generateWithGamma5',
			{ prompt: 'x', quality: '={{ "__proto__" }}' },
			/^quality must be one of/,
		],
		['generateFromTemplate', { gammaId: '={{ ["t"] }}', prompt: 'x' }, /^gammaId must be/],
	])('%s %j', async (operation, parameters, message) => {
		const node = packageNode('Gamma', 'aiCredits', {
			resource: 'gamma',
			operation,
			...(parameters as IDataObject),
		} as INodeParameters);
		const { error } = await runWorkflow(chain(manualTrigger(), fixedItems('Rows', [{}]), node), {
			credentials: sandboxCredentials(sandbox),
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(0);
	});
});
