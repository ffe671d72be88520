import { useSandbox } from '../engine/sandboxLifecycle';
import { callAsTool } from '../engine/toolCall';
import { packageNode, sandboxCredentials } from '../engine/workflows';

const sandbox = useSandbox();

/** The gate as an agent's tool: the agent says what the job needs, the gate checks Gamma live. */
const askGate = async (credits: number) =>
	await callAsTool(
		packageNode('Gate', 'creditGate', {
			requiredFrom: 'custom',
			requiredCredits: "={{ $fromAI('credits', 'Credits the job needs', 'number') }}",
			balanceFrom: 'gamma',
		}),
		{ credits },
		sandboxCredentials(sandbox),
	);

describe('Credit Gate as an AI agent tool (n8n-core tool invocation)', () => {
	it('answers with the decision when the job fits', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 200);
		expect(await askGate(30)).toEqual([
			expect.objectContaining({
				creditGate: expect.objectContaining({
					passed: true,
					required: 30,
					available: 200,
					remainingAfter: 170,
					reason: expect.stringContaining('Enough credits'),
				}),
			}),
		]);
	});

	it('answers with the decision when it does not fit (n8n hands an agent only the first output)', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 200);
		expect(await askGate(300)).toEqual([
			expect.objectContaining({
				creditGate: expect.objectContaining({
					passed: false,
					required: 300,
					available: 200,
					reason: expect.stringContaining('Not enough credits'),
				}),
			}),
		]);
	});
});
