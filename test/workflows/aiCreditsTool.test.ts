/**
 * The AI Credits node as an AI agent's tool, called through n8n-core's own tool invocation: what
 * the agent is handed (small: ranges and a summary line, not breakdowns or its own arguments),
 * and the opt-in a spending operation needs before an agent can spend credits with it.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import { callAsTool } from '../engine/toolCall';
import { packageNode, sandboxCredentials } from '../engine/workflows';
import { estimateGamma } from '../../nodes/shared/pricing';

const sandbox = useSandbox();

const tool = (parameters: IDataObject) =>
	packageNode('AI Credits', 'aiCredits', { resource: 'gamma', ...parameters } as never);

async function call(node: INode, args: IDataObject) {
	return await callAsTool(node, args, sandboxCredentials(sandbox));
}

const fromAI = {
	numCards: "={{ $fromAI('numCards', 'Cards in the deck', 'number') }}",
	imageModel: "={{ $fromAI('imageModel', 'Gamma image model id', 'string') }}",
};

describe('AI Credits as an AI agent tool (n8n-core tool invocation)', () => {
	it('Estimate Credits answers with the range, assumptions and one summary line, no breakdown', async () => {
		const answer = await call(tool({ operation: 'estimateCredits', ...fromAI }), {
			numCards: 12,
			imageModel: 'flux-1-pro',
		});
		const expected = estimateGamma({ numCards: 12, imageModel: 'flux-1-pro' });
		expect(answer).toEqual([
			{
				creditEstimate: {
					provider: 'gamma',
					min: expected.min,
					expected: expected.expected,
					max: expected.max,
					unit: 'credits',
					pricingVersion: expected.pricingVersion,
					assumptions: expected.assumptions,
				},
				summary: `Estimate: ${expected.min} to ${expected.max} credits (expected ${expected.expected}).`,
			},
		]);
	});

	it('Check Balance answers with what is left and where it was read', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 432);
		const answer = (await call(tool({ operation: 'checkBalance' }), {})) as IDataObject[];
		expect(answer).toEqual([
			{
				creditBalance: {
					provider: 'gamma',
					remaining: 432,
					checkedAt: expect.any(String),
					source: 'gammaNotFoundProbe',
				},
				summary: 'Balance: 432 credits left on gamma.',
			},
		]);
	});

	it('a spending operation refuses an agent unless the node allows agents to spend, and sends nothing', async () => {
		const generate = tool({
			operation: 'generateDeck',
			inputText: "={{ $fromAI('topic', 'What the deck is about', 'string') }}",
			numCards: 5,
		});
		const answer = await call(generate, { topic: 'Alps' }).catch((error: Error) => error);
		expect(JSON.stringify(answer)).toMatch(
			/This tool starts Gamma generations, which spend credits, and it is not allowed to spend them/,
		);
		expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(0);
	});

	it('allowed, it generates and answers with the estimate next to the charge', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		const generate = tool({
			operation: 'generateDeck',
			allowAgentSpending: true,
			inputText: "={{ $fromAI('topic', 'What the deck is about', 'string') }}",
			numCards: 5,
			additionalOptions: { imageModel: 'flux-1-quick' },
			runOptions: { pollIntervalSeconds: 1 },
		});
		const [answer] = (await call(generate, { topic: 'Alps' })) as IDataObject[];
		const expected = estimateGamma({ numCards: 5, imageModel: 'flux-1-quick' });
		expect(answer.creditEstimate).toMatchObject({ min: expected.min, max: expected.max });
		expect(answer.gammaGeneration).toMatchObject({
			status: 'completed',
			gammaUrl: expect.stringMatching(/^https:\/\//),
			credits: { deducted: expect.any(Number) },
		});
		expect(String(answer.summary)).toMatch(
			new RegExp(
				`^Estimate: ${expected.min} to ${expected.max} credits .* Gamma generation \\S+ completed: https://\\S+, \\d+ credits charged, \\d+ left\\.$`,
			),
		);
		expect(Object.keys(answer).sort()).toEqual([
			'creditBalance',
			'creditEstimate',
			'gammaGeneration',
			'summary',
		]);
	});
});
