import type { IConnections, IDataObject, INode } from 'n8n-workflow';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import { fixedItems, manualTrigger, packageNode, sandboxCredentials } from '../engine/workflows';

const sandbox = useSandbox();

/** Start → Rows → [Check Balance] → Credit Gate; the gate's two outputs are the result. */
async function gate(
	rows: IDataObject[],
	gateParameters: Record<string, unknown>,
	options: {
		checkBalance?: 'gamma' | 'stabilityAi' | 'imagineArt';
		continueOnFail?: boolean;
		credentials?: object;
	} = {},
) {
	const nodes: INode[] = [manualTrigger(), fixedItems('Rows', rows)];
	if (options.checkBalance) {
		nodes.push(
			packageNode('Balance', 'aiCredits', {
				resource: options.checkBalance,
				operation: 'checkBalance',
			}),
		);
	}
	const gateNode = packageNode('Gate', 'creditGate', gateParameters as never);
	if (options.continueOnFail) gateNode.onError = 'continueRegularOutput';
	nodes.push(gateNode);
	const connections: IConnections = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	const result = await runWorkflow(
		{ nodes, connections },
		{ credentials: sandboxCredentials(sandbox, options.credentials as never) },
	);
	const [enough = [], notEnough = []] = result.outputs.Gate ?? [];
	return { ...result, enough, notEnough };
}

const estimateRow = (id: number, max: number, extra: object = {}) => ({
	id,
	creditEstimate: {
		provider: 'gamma',
		min: max / 3,
		expected: (2 * max) / 3,
		max,
		unit: 'credits',
		...extra,
	},
});

describe('Credit Gate (real n8n engine, balances from the sandbox)', () => {
	it('reserves across a batch: 200 available, 30 each → the first 6 pass, the rest do not', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 200);
		const rows = Array.from({ length: 8 }, (_, i) => estimateRow(i, 30));
		const { enough, notEnough, error } = await gate(rows, {}, { checkBalance: 'gamma' });

		expect(error).toBeUndefined();
		expect(enough.map((item) => item.json.id)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(notEnough.map((item) => item.json.id)).toEqual([6, 7]);
		expect(enough[5].json.creditGate).toMatchObject({
			passed: true,
			required: 30,
			available: 50,
			reservedBefore: 150,
			remainingAfter: 20,
		});
		expect(notEnough[0].json.creditGate).toMatchObject({
			passed: false,
			available: 20,
			reservedBefore: 180,
		});
		expect(String((notEnough[0].json.creditGate as { reason: string }).reason)).toMatch(
			/Not enough credits/,
		);
		// pairedItem points at the gate's own input item, whichever output the item went to
		expect(enough.map((item) => item.pairedItem)).toEqual(
			[0, 1, 2, 3, 4, 5].map((item) => ({ item })),
		);
		expect(notEnough.map((item) => item.pairedItem)).toEqual([{ item: 6 }, { item: 7 }]);
		expect(sandbox.countRequests({ provider: 'gamma' })).toBe(1);
	});

	it('uses the chosen estimate bound, and a custom amount by expression', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 100);
		const rows = [estimateRow(0, 90), estimateRow(1, 90)];
		const expected = await gate(rows, { requiredFrom: 'expected' }, { checkBalance: 'gamma' });
		// expected = 60: the first passes (100), the second sees 40
		expect(expected.enough.map((i) => i.json.id)).toEqual([0]);

		const custom = await gate(
			[
				{ id: 0, cost: 70 },
				{ id: 1, cost: 20 },
				{ id: 2, cost: 20 },
			],
			{ requiredFrom: 'custom', requiredCredits: '={{ $json.cost }}' },
			{ checkBalance: 'gamma' },
		);
		expect(custom.enough.map((i) => i.json.id)).toEqual([0, 1]);
		expect(custom.notEnough.map((i) => i.json.id)).toEqual([2]);
	});

	it('keeps the floor and the safety margin out of reach', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 200);
		const rows = Array.from({ length: 8 }, (_, i) => estimateRow(i, 30));
		// 200 − 20 floor − 10 % (20) = 160 → 5 items of 30
		const { enough, notEnough } = await gate(
			rows,
			{ options: { floor: 20, marginPercent: 10 } },
			{ checkBalance: 'gamma' },
		);
		expect(enough).toHaveLength(5);
		expect(notEnough).toHaveLength(3);
		expect(enough[0].json.creditGate).toMatchObject({ available: 160 });
	});

	it('without reservation, each item is judged on the whole balance', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 200);
		const rows = Array.from({ length: 8 }, (_, i) => estimateRow(i, 30));
		const { enough } = await gate(rows, { reserveAcrossItems: false }, { checkBalance: 'gamma' });
		expect(enough).toHaveLength(8);
	});

	describe('ImagineArt Pro rule, with the balance checked live', () => {
		const live = { balanceFrom: 'imagineArt' };
		const imagineRow = (id: number, max: number, pro: boolean) => ({
			id,
			creditEstimate: {
				provider: 'imagineArt',
				min: max,
				expected: max,
				max,
				requiresSubscription: pro,
			},
		});

		// Only where the entries name their kind can the draw plan be made (the hypothetical shape).
		beforeEach(() => sandbox.setImagineArtCreditShape('typed'));

		it('free credits do not pay for a Pro model; the draw plan is reported', async () => {
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 100,
				subscription: 50,
				topUp: 0,
			});
			const { enough, notEnough } = await gate(
				[imagineRow(0, 60, true), imagineRow(1, 60, false)],
				live,
			);
			expect(notEnough.map((i) => i.json.id)).toEqual([0]);
			expect(notEnough[0].json.creditGate).toMatchObject({ available: 50 });
			expect(enough.map((i) => i.json.id)).toEqual([1]);
			expect(enough[0].json.creditGate).toMatchObject({
				drawPlan: { free: 60, subscription: 0, topUp: 0 },
			});
			expect(sandbox.countRequests({ provider: 'imagineArt', path: '/v1/credit' })).toBe(1);
		});

		it('nothing counts for a Pro model once the subscription has lapsed', async () => {
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 100,
				subscription: 0,
				topUp: 900,
				subscriptionActive: false,
			});
			const { enough, notEnough } = await gate(
				[imagineRow(0, 10, true), imagineRow(1, 10, false)],
				live,
			);
			expect(notEnough.map((i) => i.json.id)).toEqual([0]);
			expect(notEnough[0].json.creditGate).toMatchObject({ available: 0 });
			expect(enough.map((i) => i.json.id)).toEqual([1]);
		});

		it('with the balance as ImagineArt really sends it (no kinds), the whole total counts, and no draw plan is made up', async () => {
			sandbox.setImagineArtCreditShape('capture');
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 100,
				subscription: 50,
				topUp: 0,
			});
			const { enough, notEnough } = await gate([imagineRow(0, 150, true)], live);
			expect(notEnough).toEqual([]);
			expect(enough[0].json.creditGate).toMatchObject({ passed: true, available: 150 });
			expect(enough[0].json.creditGate).not.toHaveProperty('drawPlan');
			expect(String((enough[0].json.creditGate as IDataObject).reason)).toMatch(
				/assumes the subscription is active/,
			);
		});
	});

	describe('fails closed', () => {
		it('an item without an estimate stops the run with an error naming the item', async () => {
			sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
			const { error } = await gate([estimateRow(0, 10), { id: 1 }], {}, { checkBalance: 'gamma' });
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toMatch(/Item 1 has no creditEstimate\.max/);
			expect(error?.context).toMatchObject({ itemIndex: 1 });
		});

		it('with continue-on-fail, such an item goes to Not Enough Credits with the reason', async () => {
			const { enough, notEnough, error } = await gate(
				[estimateRow(0, 10), { id: 1 }],
				{},
				{ checkBalance: 'gamma', continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(enough.map((i) => i.json.id)).toEqual([0]);
			expect(notEnough[0].json.creditGate).toMatchObject({ passed: false, required: null });
			expect(String((notEnough[0].json.creditGate as { reason: string }).reason)).toMatch(
				/no creditEstimate/,
			);
		});

		it('an item without a balance never passes', async () => {
			const { error } = await gate([estimateRow(0, 0)], {});
			expect(error?.message).toMatch(/no creditBalance/);
		});

		it('a balance that cannot be read sends every item to Not Enough Credits (continue-on-fail)', async () => {
			const { enough, notEnough } = await gate(
				[estimateRow(0, 1), estimateRow(1, 1)],
				{ balanceFrom: 'gamma' },
				{ continueOnFail: true, credentials: { aiCreditsGammaApi: { apiKey: 'sk-gamma-wrong' } } },
			);
			expect(enough).toHaveLength(0);
			expect(notEnough).toHaveLength(2);
			expect(String((notEnough[0].json.creditGate as { reason: string }).reason)).toMatch(
				/Balance could not be read: Gamma rejected the API key/,
			);
			expect(JSON.stringify(notEnough)).not.toContain('sk-gamma-wrong');
		});

		it("an estimate for one provider is never gated on another provider's balance", async () => {
			const { error } = await gate([estimateRow(0, 1)], {}, { checkBalance: 'stabilityAi' });
			expect(error?.message).toMatch(/estimate for gamma but a balance of stabilityAi/);
		});
	});
});
