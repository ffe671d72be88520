/**
 * On Error "Continue (using error output)": n8n moves an item to the error output only when it
 * carries `item.error` (n8n-core's WorkflowExecute.handleNodeErrorOutput), and then keeps only
 * `{ error }` as its fields: the pairing says which input item failed. The rest stay on the
 * success outputs.
 */
import type { IDataObject, INode } from 'n8n-workflow';
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

const toErrorOutput = (node: INode): INode => ({ ...node, onError: 'continueErrorOutput' });

describe('Continue (using error output)', () => {
	it('Generate Deck: the item Gamma refuses goes to the error output, the others stay', async () => {
		const node = toErrorOutput(
			packageNode('Deck', 'aiCredits', {
				resource: 'gamma',
				operation: 'generateDeck',
				inputText: '={{ $json.text }}',
				numCards: 2,
				runOptions: { pollIntervalSeconds: 1 },
			}),
		);
		const rows = [
			{ row: 0, text: 'Fine' },
			{ row: 1, text: 'Bad [sandbox:fail]' },
			{ row: 2, text: 'Fine too' },
		];
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', rows), node),
			{
				credentials: sandboxCredentials(sandbox),
			},
		);
		expect(error).toBeUndefined();
		const [success, failed] = outputs.Deck;
		expect(success.map((item) => item.json.row)).toEqual([0, 2]);
		expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
		expect(String(failed[0].json.error)).toMatch(/Gamma could not generate it/);
	});

	it('Check Balance: a wrong key sends every item to the error output, paired', async () => {
		const node = toErrorOutput(
			packageNode('Balance', 'aiCredits', { resource: 'stabilityAi', operation: 'checkBalance' }),
		);
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', [{ a: 1 }, { a: 2 }]), node),
			{
				credentials: sandboxCredentials(sandbox, {
					aiCreditsStabilityAiApi: { apiKey: 'sk-bad-0000' },
				}),
			},
		);
		expect(error).toBeUndefined();
		const [success, failed] = outputs.Balance;
		expect(success).toEqual([]);
		expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(failed[0].json.error)).toMatch(/rejected the API key/);
	});

	it('Estimate Credits: a bad value on one item sends that item only', async () => {
		const node = toErrorOutput(
			packageNode('Estimate', 'aiCredits', {
				resource: 'gamma',
				operation: 'estimateCredits',
				numCards: '={{ $json.cards }}',
			}),
		);
		const { outputs } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', [{ cards: 5 }, { cards: -3 }]), node),
			{ credentials: sandboxCredentials(sandbox) },
		);
		const [success, failed] = outputs.Estimate;
		expect(success.map((item) => item.json.cards)).toEqual([5]);
		expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
	});

	it('Credit Gate: an item without an estimate goes to the error output, not to Not Enough Credits', async () => {
		const gate = toErrorOutput(packageNode('Gate', 'creditGate', {} as never));
		const rows: IDataObject[] = [
			{
				id: 0,
				creditEstimate: { provider: 'gamma', min: 1, expected: 2, max: 3 },
				creditBalance: { provider: 'gamma', remaining: 100 },
			},
			{ id: 1, creditBalance: { provider: 'gamma', remaining: 100 } },
		];
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', rows), gate),
			{
				credentials: sandboxCredentials(sandbox),
			},
		);
		expect(error).toBeUndefined();
		const [enough, notEnough, failed] = outputs.Gate;
		expect(enough.map((item) => item.json.id)).toEqual([0]);
		expect(notEnough).toEqual([]);
		expect(failed.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
		expect(failed[0].json.error).toBe(
			'Item 1 has no creditEstimate.max, so the gate cannot tell what it needs',
		);
	});

	it('an operation that does not exist loses no item under continue-on-fail', async () => {
		const node = {
			...packageNode('Bogus', 'aiCredits', { resource: 'gamma', operation: 'bogus' }),
			onError: 'continueRegularOutput' as const,
		};
		const { outputs, error } = await runWorkflow(
			chain(manualTrigger(), fixedItems('Rows', [{ a: 1 }, { a: 2 }]), node),
			{ credentials: sandboxCredentials(sandbox) },
		);
		expect(error).toBeUndefined();
		expect(outputs.Bogus[0].map((item) => item.json.a)).toEqual([1, 2]);
		expect(String(outputs.Bogus[0][0].json.error)).toMatch(
			/operation must be one of: .* \(got "bogus"\)/,
		);
	});
});
