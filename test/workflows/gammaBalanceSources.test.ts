/**
 * Where a Gamma balance comes from, said on every balance: Gamma's 404 probe (unconfirmed) or a
 * generation's own report (certain, as of that generation); the gate passes the source on.
 */
import type { IConnections, IDataObject, INode } from 'n8n-workflow';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import { fixedItems, manualTrigger, packageNode, sandboxCredentials } from '../engine/workflows';

const sandbox = useSandbox();

function chained(nodes: INode[]): { nodes: INode[]; connections: IConnections } {
	const connections: IConnections = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { nodes, connections };
}

const deck = (parameters: IDataObject = {}) =>
	packageNode('Deck', 'aiCredits', {
		resource: 'gamma',
		operation: 'generateDeck',
		inputText: 'Quarterly review',
		numCards: 3,
		runOptions: { pollIntervalSeconds: 1 },
		...parameters,
	});

const fromGeneration = packageNode('Balance', 'aiCredits', {
	resource: 'gamma',
	operation: 'checkBalance',
	readFrom: 'recentGeneration',
	generationId: '={{ $json.gammaGeneration.generationId }}',
});

describe('Gamma balance sources', () => {
	it('a generation reports the balance after its charge, with source and the generation it follows', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 500);
		const { outputs, error } = await runWorkflow(
			chained([manualTrigger(), fixedItems('Rows', [{}]), deck()]),
			{ credentials: sandboxCredentials(sandbox) },
		);
		expect(error).toBeUndefined();
		const json = outputs.Deck[0][0].json;
		const generation = json.gammaGeneration as IDataObject;
		const charged = (generation.credits as IDataObject).deducted as number;
		expect(json.creditBalance).toMatchObject({
			provider: 'gamma',
			remaining: 500 - charged,
			source: 'generation',
			asOf: { generationId: generation.generationId },
		});
	});

	it('Read From "A Recent Generation": one read per generation, and the gate says where its number came from', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 500);
		const gate = packageNode('Gate', 'creditGate', {
			requiredFrom: 'custom',
			requiredCredits: 40,
		} as never);
		const { outputs, error } = await runWorkflow(
			chained([manualTrigger(), fixedItems('Rows', [{}]), deck(), fromGeneration, gate]),
			{ credentials: sandboxCredentials(sandbox) },
		);
		expect(error).toBeUndefined();
		const generationId = (outputs.Deck[0][0].json.gammaGeneration as IDataObject).generationId;
		const balance = outputs.Balance[0][0].json.creditBalance as IDataObject;
		expect(balance).toMatchObject({ source: 'generation', asOf: { generationId } });
		expect(balance.remaining).toBe(sandbox.getCredits('gamma', sandbox.keys.gamma));
		const reads = sandbox.requests.filter(
			(r) => r.method === 'GET' && r.path === `/v1.0/generations/${String(generationId)}`,
		);
		expect(reads.length).toBeGreaterThan(0);
		const [enough] = outputs.Gate;
		expect(enough[0].json.creditGate).toMatchObject({ passed: true, balanceSource: 'generation' });
	});

	it('reads a generation once however many items name it', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 500);
		const first = await runWorkflow(chained([manualTrigger(), fixedItems('Rows', [{}]), deck()]), {
			credentials: sandboxCredentials(sandbox),
		});
		const generationId = (first.outputs.Deck[0][0].json.gammaGeneration as IDataObject)
			.generationId as string;
		sandbox.clearRequests();
		const rows = [1, 2, 3].map((row) => ({ row, gammaGeneration: { generationId } }));
		const { outputs, error } = await runWorkflow(
			chained([manualTrigger(), fixedItems('Rows', rows), fromGeneration]),
			{ credentials: sandboxCredentials(sandbox) },
		);
		expect(error).toBeUndefined();
		expect(outputs.Balance[0].map((item) => item.json.row)).toEqual([1, 2, 3]);
		expect(sandbox.countRequests({ provider: 'gamma' })).toBe(1);
	});

	it('a generation still pending has no balance to give: a clear error, not a number', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 500);
		sandbox.setGammaCompletionDelay(60_000);
		const { outputs, error } = await runWorkflow(
			chained([
				manualTrigger(),
				fixedItems('Rows', [{}]),
				deck({ waitForCompletion: false }),
				fromGeneration,
			]),
			{ credentials: sandboxCredentials(sandbox) },
		);
		expect(outputs.Deck[0][0].json.gammaGeneration).toMatchObject({ status: 'pending' });
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(
			/^Gamma generation \S+ reports no credits yet \(status pending\)$/,
		);
	});
});
