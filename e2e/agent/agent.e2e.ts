/**
 * The package's nodes as tools of n8n's AI Agent, in a real n8n (the versions versions.json marks
 * "agent": true): an OpenAI Chat Model whose credential's Base URL is the sandbox's scripted model
 * (test/sandbox/scriptedModel.ts), so each model turn is the script's and every request n8n sends
 * the model is kept. The package is loaded as a custom extension (node types CUSTOM.aiCreditsTool
 * and CUSTOM.creditGateTool).
 *
 * Checked: the tools the model is offered (names, descriptions, JSON schemas, printed and kept in
 * .tmp/agent-<version>.json), that the agent runs them with the script's arguments, that their
 * answers come back to the model as tool messages with the pure estimator's numbers, the agent's
 * final output; what a tool's error does, by On Error setting; and the example
 * agent-credit-assistant, run from its Chat Trigger (pinned chat message, then the public chat
 * URL, which streams).
 */
import { rmSync } from 'node:fs';
import {
	estimateGamma,
	type CreditEstimate,
	type GammaEstimateInput,
} from '../../nodes/shared/pricing';
import { GAMMA_BALANCE_PROBE_ID } from '../../nodes/shared/providers/registry';
import { startSandbox, type Sandbox } from '../../test/sandbox/server';
import type { ModelRequest, ScriptedTurn } from '../../test/sandbox/scriptedModel';
import {
	loadExamples,
	prepareExample,
	sandboxCredentials,
	sandboxModelCredential,
	type CredentialJson,
	type WorkflowJson,
} from '../support/examples';
import { CUSTOM_EXTENSIONS } from '../support/instance';
import { N8n, type N8nServer } from '../support/n8n';
import { N8N_VERSION, tempFolder } from '../support/paths';
import { waitFor } from '../support/processes';
import { outputOf, ran } from '../support/runData';
import {
	describeRequests,
	findObject,
	keepRecord,
	offeredTypeVersions,
	ourToolDescription,
	toolAnswer,
	toolMessage,
	toolNodeRuns,
} from './agentRun';
import { agentWorkflow, AGENT_NODES, toolName, type AgentVersions } from './workflow';

const SETUP_TIMEOUT_MS = 300_000;
const TEST_TIMEOUT_MS = 120_000;

const ESTIMATE = toolName(AGENT_NODES.estimate);
const BALANCE = toolName(AGENT_NODES.balance);
const GATE = toolName(AGENT_NODES.gate);
const WRONG_KEY_BALANCE = toolName(AGENT_NODES.wrongKeyBalance);

const WRONG_GAMMA_KEY = 'sk-gamma-wrong-key-0000';
const UNKNOWN_IMAGE_MODEL = /^Unknown imageModel "dall-e-9000"/;
const WRONG_KEY_MESSAGE = 'Gamma rejected the API key (401): Invalid API key';

/**
 * What a package tool's error does to an agent run when the tool's On Error is n8n's default
 * (Stop Workflow), as observed on each version: the run fails at the tool, or n8n hands the
 * error to the model as the tool's answer and the run goes on.
 */
const TOOL_ERROR_WITH_STOP_WORKFLOW: Record<string, 'stops the run' | 'reaches the model'> = {
	'2.8.4': 'stops the run',
	'2.41.1': 'reaches the model',
};

const PROMPT = 'Can I afford one Gamma deck of 12 cards with flux-1-pro images?';
const SYSTEM_MESSAGE = 'Answer from the tools only; never guess a price or a balance.';

const EXAMPLE = 'agent-credit-assistant';
const EXAMPLE_DECKS = [
	{ numCards: 12, imageModel: 'flux-1-pro' },
	{ numCards: 20, imageModel: 'flux-1-quick' },
	{ numCards: 8, imageModel: 'imagen-4-pro' },
];
const EXAMPLE_QUESTION =
	'Can I afford three decks: 12 cards with flux-1-pro, 20 cards with flux-1-quick and 8 cards with imagen-4-pro?';
const CHAT_TRIGGER = 'When chat message received';
/** The public chat URL's id in the streaming variant of the example. */
const STREAMING_WEBHOOK_ID = '7a3c1f0e-5b2d-4c8e-9f61-a0d4e2b7c915';

function gammaEstimate(numCards: number, imageModel: string): CreditEstimate {
	return estimateGamma({
		generationType: 'standard',
		numCards,
		imageSource: 'aiGenerated',
		imageModel,
	} as GammaEstimateInput);
}

/** An assertion that prints the answer when it fails. */
function expectFound(
	answer: unknown,
	what: string,
	test: (candidate: Record<string, unknown>) => boolean,
): void {
	const found = findObject(answer, test) !== undefined;
	expect({ what, found, answer: found ? 'found' : answer }).toEqual({
		what,
		found: true,
		answer: 'found',
	});
}

function callsIn(request: ModelRequest | undefined) {
	return (request?.messages ?? []).flatMap((message) => message.toolCalls ?? []);
}

describe(`the package's nodes as tools of n8n ${N8N_VERSION}'s AI Agent`, () => {
	let sandbox: Sandbox;
	let n8n: N8n;
	let folder: string;
	let versions: AgentVersions;
	let gammaKey: string;
	const ids = {
		responses: 'aicAgentResponses',
		chatCompletions: 'aicAgentChatCompl',
		stopWorkflow: 'aicAgentErrStop',
		regularOutput: 'aicAgentErrRegular',
		errorOutput: 'aicAgentErrOutput',
		example: 'aicAgentExample',
		exampleStreaming: 'aicAgentExampleSse',
	};
	let example: WorkflowJson;

	beforeAll(async () => {
		versions = offeredTypeVersions();
		sandbox = await startSandbox();
		gammaKey = sandbox.keys.gamma;
		folder = tempFolder('agent');
		n8n = new N8n(folder, { label: `AI Agent, ${CUSTOM_EXTENSIONS.label}` });
		n8n.customExtensions = await CUSTOM_EXTENSIONS.install(n8n, folder);

		const credentials = sandboxCredentials(sandbox);
		const gamma = credentials.find((credential) => credential.type === 'aiCreditsGammaApi');
		if (!gamma) throw new Error('No Gamma credential among the sandbox credentials');
		const model = sandboxModelCredential(sandbox);
		const wrongGamma: CredentialJson = {
			...gamma,
			id: 'sandboxGammaBad1',
			name: 'Gamma with a wrong key',
			data: { ...gamma.data, apiKey: WRONG_GAMMA_KEY },
		};
		await n8n.importCredentials([...credentials, model, wrongGamma]);

		const common = {
			prefix: 'CUSTOM' as const,
			versions,
			credentials: { aiCreditsGammaApi: gamma, openAiApi: model },
			prompt: PROMPT,
			systemMessage: SYSTEM_MESSAGE,
		};
		const found = loadExamples().find((candidate) => candidate.name === EXAMPLE);
		if (!found) throw new Error(`examples/${EXAMPLE}.json is missing`);
		example = found.workflow;
		const prepared = () =>
			prepareExample(found, {
				prefix: 'CUSTOM',
				credentials: [...credentials, model],
				sandbox,
			});
		// Run from the Chat Trigger's pinned message, as the editor runs a pinned trigger.
		const pinned: WorkflowJson = { ...prepared(), id: ids.example };
		pinned.pinData = {
			[CHAT_TRIGGER]: [
				{ json: { sessionId: 'agent-e2e', action: 'sendMessage', chatInput: EXAMPLE_QUESTION } },
			],
		};
		// The public chat URL with the Streaming response mode.
		const streaming: WorkflowJson = { ...prepared(), id: ids.exampleStreaming };
		const trigger = streaming.nodes.find((node) => node.name === CHAT_TRIGGER);
		if (!trigger) throw new Error(`The example has no "${CHAT_TRIGGER}"`);
		trigger.parameters = {
			...trigger.parameters,
			public: true,
			options: { responseMode: 'streaming' },
		};
		trigger.webhookId = STREAMING_WEBHOOK_ID;

		await n8n.importWorkflows([
			agentWorkflow({ ...common, id: ids.responses, responsesApi: true }),
			agentWorkflow({ ...common, id: ids.chatCompletions, responsesApi: false }),
			agentWorkflow({ ...common, id: ids.stopWorkflow, wrongGammaCredential: wrongGamma }),
			agentWorkflow({
				...common,
				id: ids.regularOutput,
				wrongGammaCredential: wrongGamma,
				toolOnError: 'continueRegularOutput',
			}),
			agentWorkflow({
				...common,
				id: ids.errorOutput,
				wrongGammaCredential: wrongGamma,
				toolOnError: 'continueErrorOutput',
			}),
			pinned,
			streaming,
		]);
		keepRecord('nodeVersions', versions);
	}, SETUP_TIMEOUT_MS);

	afterAll(async () => {
		await sandbox?.close();
		if (folder && process.env.AI_CREDITS_E2E_KEEP !== '1') {
			rmSync(folder, { recursive: true, force: true });
		}
	}, 60_000);

	beforeEach(() => sandbox.reset());

	test.each([
		['responses', '/v1/responses', ids.responses],
		['chat.completions', '/v1/chat/completions', ids.chatCompletions],
	])(
		"the %s API: the agent runs estimate, balance and gate with the script's arguments, and their answers reach the model",
		async (api, modelPath, workflowId) => {
			const estimateArguments = { numCards: 12, imageModel: 'flux-1-pro' };
			const expected = gammaEstimate(12, 'flux-1-pro');
			const balance = sandbox.getCredits('gamma', gammaKey);
			const final = `Yes: the deck costs at most ${expected.max} credits, ${balance} are left.`;
			sandbox.model.script([
				{ toolCalls: [{ name: ESTIMATE, arguments: estimateArguments }] },
				{ toolCalls: [{ name: BALANCE, arguments: {} }] },
				{ toolCalls: [{ name: GATE, arguments: { credits: expected.max } }] },
				{ message: final },
			]);

			const run = await n8n.execute(workflowId);
			expect(run.status).toBe('success');
			const requests = sandbox.model.requests;
			// n8n asks the model once per step, never streaming in a CLI (or manual) run.
			expect(
				requests.map((request) => [request.api, request.path, request.stream, request.status]),
			).toEqual([1, 2, 3, 4].map(() => [api, modelPath, false, 200]));
			expect(sandbox.model.remainingTurns).toBe(0);
			const [first, afterEstimate, afterBalance, afterGate] = requests;
			expect(first.messages).toEqual([
				{ role: 'system', content: SYSTEM_MESSAGE },
				{ role: 'user', content: PROMPT },
			]);

			// The tools offered: our three, with our descriptions and the $fromAI arguments.
			const offered = Object.fromEntries(first.tools.map((tool) => [tool.name, tool]));
			expect(Object.keys(offered).sort()).toEqual([BALANCE, ESTIMATE, GATE].sort());
			expect(offered[ESTIMATE].description).toBe(
				ourToolDescription('AiCredits', {
					descriptionType: 'auto',
					resource: 'gamma',
					operation: 'estimateCredits',
				}),
			);
			expect(offered[BALANCE].description).toBe(
				ourToolDescription('AiCredits', {
					descriptionType: 'auto',
					resource: 'gamma',
					operation: 'checkBalance',
				}),
			);
			// n8n runs the tool variant with the node's own description, not the one of
			// usableAsTool.replacements (packages/cli/src/node-types.ts builds it without them).
			expect(offered[GATE].description).toBe(ourToolDescription('CreditGate', {}));
			expect(offered[ESTIMATE].parameters).toMatchObject({
				type: 'object',
				properties: {
					numCards: { type: 'number', description: 'How many cards (slides) the deck has' },
					imageModel: { type: 'string' },
				},
				required: expect.arrayContaining(['numCards', 'imageModel']),
			});
			expect(offered[BALANCE].parameters).toMatchObject({ type: 'object', properties: {} });
			expect(offered[GATE].parameters).toMatchObject({
				type: 'object',
				properties: { credits: { type: 'number' } },
				required: ['credits'],
			});
			for (const request of requests) expect(request.tools).toEqual(first.tools);
			keepRecord(`offeredTools (${api})`, first.tools);
			console.log(
				`n8n ${N8N_VERSION}, ${api}: the tools offered to the model\n${JSON.stringify(first.tools, null, 2)}`,
			);

			// Each call as the model made it is in the next request, and the tool ran with it.
			expect(callsIn(afterEstimate)).toEqual([
				expect.objectContaining({
					id: 'call_1_1',
					name: ESTIMATE,
					arguments: expect.objectContaining(estimateArguments),
				}),
			]);
			const [estimateRun] = toolNodeRuns(run, AGENT_NODES.estimate);
			expect(estimateRun.executionStatus).toBe('success');
			// Exactly the model's arguments (n8n adds the call's `id` only to the copy of the call it
			// sends the model back, seen above).
			expect(estimateRun.inputOverride?.ai_tool?.[0]?.[0]?.json).toEqual(estimateArguments);
			const [gateRun] = toolNodeRuns(run, AGENT_NODES.gate);
			expect(gateRun.inputOverride?.ai_tool?.[0]?.[0]?.json).toMatchObject({
				credits: expected.max,
			});

			// Their answers, as tool messages: the pure estimator's numbers, the sandbox's balance,
			// the gate's decision on the estimate's max.
			const estimateAnswer = toolAnswer(toolMessage(afterEstimate, 'call_1_1'));
			expectFound(
				estimateAnswer,
				'the estimate',
				(found) =>
					found.min === expected.min &&
					found.expected === expected.expected &&
					found.max === expected.max,
			);
			// Small: the range and a summary line, not the breakdown or the agent's own arguments.
			expect(estimateAnswer).toEqual([
				{
					creditEstimate: expect.objectContaining({ min: expected.min, max: expected.max }),
					summary: `Estimate: ${expected.min} to ${expected.max} credits (expected ${expected.expected}).`,
				},
			]);
			expect(JSON.stringify(estimateAnswer)).not.toMatch(/breakdown|numCards/);
			const balanceAnswer = toolAnswer(toolMessage(afterBalance, 'call_2_1'));
			expectFound(balanceAnswer, 'the balance', (found) => found.remaining === balance);
			expect(balanceAnswer).toEqual([
				expect.objectContaining({ summary: `Balance: ${balance} credits left on gamma.` }),
			]);
			const gateAnswer = toolAnswer(toolMessage(afterGate, 'call_3_1'));
			expectFound(
				gateAnswer,
				'the decision',
				(found) =>
					found.passed === true &&
					found.required === expected.max &&
					found.available === balance &&
					found.remainingAfter === balance - expected.max,
			);

			// Gamma was asked twice (Check Balance, the gate's live check), with the credential's key,
			// and nothing was spent.
			const probe = `/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}`;
			expect(
				sandbox.requests.map((request) => [
					request.method,
					request.path,
					request.headers['x-api-key'],
				]),
			).toEqual([
				['GET', probe, gammaKey],
				['GET', probe, gammaKey],
			]);
			expect(outputOf(run, AGENT_NODES.agent)).toEqual([{ output: final }]);
			keepRecord(`conversation (${api})`, describeRequests(requests));
			keepRecord(`tool answers (${api})`, {
				estimate: {
					characters: toolMessage(afterEstimate, 'call_1_1').content.length,
					answer: estimateAnswer,
				},
				balance: {
					characters: toolMessage(afterBalance, 'call_2_1').content.length,
					answer: balanceAnswer,
				},
				gate: { characters: toolMessage(afterGate, 'call_3_1').content.length, answer: gateAnswer },
			});
		},
		TEST_TIMEOUT_MS,
	);

	/** A bad argument, then a wrong key, then the final message. */
	function scriptErrors(): void {
		sandbox.model.script([
			{ toolCalls: [{ name: ESTIMATE, arguments: { numCards: 12, imageModel: 'dall-e-9000' } }] },
			{ toolCalls: [{ name: WRONG_KEY_BALANCE, arguments: {} }] },
			{ message: 'I could not check: the image model is unknown and the Gamma key was refused.' },
		]);
	}

	test(
		`a tool's error with On Error at n8n's default (Stop Workflow): on n8n ${N8N_VERSION} it ${TOOL_ERROR_WITH_STOP_WORKFLOW[N8N_VERSION] ?? '(not recorded)'}`,
		async () => {
			const observed = TOOL_ERROR_WITH_STOP_WORKFLOW[N8N_VERSION];
			if (!observed) {
				throw new Error(`Record in TOOL_ERROR_WITH_STOP_WORKFLOW what n8n ${N8N_VERSION} does`);
			}
			scriptErrors();
			const run = await n8n.execute(ids.stopWorkflow, { acceptFailedRun: true });
			const requests = sandbox.model.requests;
			const [estimateRun] = toolNodeRuns(run, AGENT_NODES.estimate);
			// Either way n8n marks the tool's own run as failed, with the node's message.
			expect(estimateRun.executionStatus).toBe('error');
			expect(estimateRun.error?.message).toMatch(UNKNOWN_IMAGE_MODEL);
			keepRecord('tool error, Stop Workflow', {
				observed,
				status: run.status,
				error: run.data.resultData.error?.message,
				conversation: describeRequests(requests),
			});
			if (observed === 'stops the run') {
				// The model is never told: the run fails at the tool, the agent does not finish.
				expect(run.status).toBe('error');
				expect(run.data.resultData.error?.message).toMatch(UNKNOWN_IMAGE_MODEL);
				expect(requests).toHaveLength(1);
				expect(ran(run, AGENT_NODES.wrongKeyBalance)).toBe(false);
				return;
			}
			expect(run.status).toBe('success');
			expect(requests).toHaveLength(3);
			expect(toolAnswer(toolMessage(requests[1], 'call_1_1'))).toEqual([
				{ error: expect.stringMatching(UNKNOWN_IMAGE_MODEL) },
			]);
			expect(toolAnswer(toolMessage(requests[2], 'call_2_1'))).toEqual([
				{ error: WRONG_KEY_MESSAGE },
			]);
			const [wrongKeyRun] = toolNodeRuns(run, AGENT_NODES.wrongKeyBalance);
			expect(wrongKeyRun.executionStatus).toBe('error');
			expect(JSON.stringify(requests)).not.toContain(WRONG_GAMMA_KEY);
			expect(outputOf(run, AGENT_NODES.agent)).toHaveLength(1);
		},
		TEST_TIMEOUT_MS,
	);

	test(
		"a tool's error with On Error: Continue (regular output): the model reads it as the tool's answer and the run succeeds",
		async () => {
			scriptErrors();
			const run = await n8n.execute(ids.regularOutput);
			expect(run.status).toBe('success');
			const requests = sandbox.model.requests;
			expect(requests).toHaveLength(3);
			const badArgument = toolAnswer(toolMessage(requests[1], 'call_1_1'));
			expectFound(
				badArgument,
				'the unknown image model',
				(found) => typeof found.error === 'string' && UNKNOWN_IMAGE_MODEL.test(found.error),
			);
			const wrongKey = toolAnswer(toolMessage(requests[2], 'call_2_1'));
			expectFound(wrongKey, 'the wrong key', (found) => found.error === WRONG_KEY_MESSAGE);
			expect(JSON.stringify(requests)).not.toContain(WRONG_GAMMA_KEY);
			// The sandbox was asked with the wrong key, and refused it.
			expect(
				sandbox.requests.map((request) => [request.path, request.headers['x-api-key']]),
			).toEqual([[`/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}`, WRONG_GAMMA_KEY]]);
			// n8n then records the tool's run as a success that carries the error.
			for (const name of [AGENT_NODES.estimate, AGENT_NODES.wrongKeyBalance]) {
				expect({ name, status: toolNodeRuns(run, name)[0]?.executionStatus }).toEqual({
					name,
					status: 'success',
				});
			}
			expect(outputOf(run, AGENT_NODES.agent)).toEqual([
				{ output: 'I could not check: the image model is unknown and the Gamma key was refused.' },
			]);
			keepRecord('tool error, Continue (regular output)', {
				badArgument: toolMessage(requests[1], 'call_1_1').content,
				wrongKey: toolMessage(requests[2], 'call_2_1').content,
			});
		},
		TEST_TIMEOUT_MS,
	);

	test(
		"a tool's error with On Error: Continue (using error output): the model gets an empty answer",
		async () => {
			scriptErrors();
			const run = await n8n.execute(ids.errorOutput);
			expect(run.status).toBe('success');
			const requests = sandbox.model.requests;
			expect(requests).toHaveLength(3);
			// n8n hands the agent a tool's main output only, and moves an item carrying an error off
			// it even when the package answers on one output: use Continue (regular output) on tools.
			expect(toolMessage(requests[1], 'call_1_1').content).toBe('""');
			expect(toolMessage(requests[2], 'call_2_1').content).toBe('""');
			keepRecord('tool error, Continue (using error output)', {
				badArgument: toolMessage(requests[1], 'call_1_1').content,
				wrongKey: toolMessage(requests[2], 'call_2_1').content,
			});
		},
		TEST_TIMEOUT_MS,
	);

	/**
	 * The example's conversation: three estimates at once, the balance, the gate on the sum of
	 * their maxima; the account has 50 credits more than that, or 50 fewer.
	 */
	function exampleScript(fits: boolean) {
		const estimates = EXAMPLE_DECKS.map((deck) => gammaEstimate(deck.numCards, deck.imageModel));
		const total = estimates.reduce((sum, estimate) => sum + estimate.max, 0);
		const balance = fits ? total + 50 : total - 50;
		sandbox.setCredits('gamma', gammaKey, balance);
		const final = fits
			? `Yes: the batch costs at most ${total} credits; ${balance} are left, 50 would remain.`
			: `No: the batch may cost up to ${total} credits and ${balance} are left.`;
		const turns: ScriptedTurn[] = [
			{ toolCalls: EXAMPLE_DECKS.map((deck) => ({ name: ESTIMATE, arguments: deck })) },
			{ toolCalls: [{ name: BALANCE, arguments: {} }] },
			{ toolCalls: [{ name: GATE, arguments: { credits: total } }] },
			{ message: final },
		];
		sandbox.model.script(turns);
		return { fits, total, balance, final, estimates };
	}

	function checkExampleConversation(
		requests: ModelRequest[],
		expected: ReturnType<typeof exampleScript>,
	): void {
		expect(requests).toHaveLength(4);
		const [first, afterEstimates, afterBalance, afterGate] = requests;
		const agent = example.nodes.find((node) => node.type === '@n8n/n8n-nodes-langchain.agent');
		const systemMessage = (agent?.parameters.options as { systemMessage: string }).systemMessage;
		expect(first.messages).toEqual([
			{ role: 'system', content: systemMessage },
			{ role: 'user', content: EXAMPLE_QUESTION },
		]);
		// Estimate, balance and gate, and no tool that spends.
		expect(first.tools.map((tool) => tool.name).sort()).toEqual([BALANCE, ESTIMATE, GATE].sort());
		expected.estimates.forEach((estimate, index) => {
			const answer = toolAnswer(toolMessage(afterEstimates, `call_1_${index + 1}`));
			expectFound(
				answer,
				`deck ${index + 1}'s estimate`,
				(found) => found.min === estimate.min && found.max === estimate.max,
			);
		});
		expectFound(
			toolAnswer(toolMessage(afterBalance, 'call_2_1')),
			'the balance',
			(found) => found.remaining === expected.balance,
		);
		// A refusal too: as a tool the gate answers on its one output (n8n's AI Agent 3.x reads the
		// first output of a tool only).
		const gate = toolMessage(afterGate, 'call_3_1');
		expectFound(
			toolAnswer(gate),
			expected.fits ? 'the decision to go ahead' : 'the refusal',
			(found) =>
				found.passed === expected.fits &&
				found.required === expected.total &&
				found.available === expected.balance &&
				typeof found.reason === 'string' &&
				found.reason.startsWith(expected.fits ? 'Enough credits' : 'Not enough credits'),
		);
	}

	describe('with n8n start', () => {
		let server: N8nServer | undefined;

		beforeAll(async () => {
			server = await n8n.start();
			await server.setupOwner();
		}, SETUP_TIMEOUT_MS);

		afterAll(async () => {
			await server?.stop();
		}, 60_000);

		test(
			`${EXAMPLE}: run from its Chat Trigger (a pinned chat message), the agent answers "can I afford this batch?" from the three tools (it does not fit)`,
			async () => {
				for (const node of example.nodes.filter((candidate) =>
					candidate.type.startsWith('n8n-nodes-ai-credits.'),
				)) {
					// So that a tool's error reaches the model on every version (see above).
					expect({ node: node.name, onError: node.onError }).toEqual({
						node: node.name,
						onError: 'continueRegularOutput',
					});
				}
				const expected = exampleScript(false);
				// n8n execute wants a Manual Trigger ("Missing node to start execution"): the editor's
				// "Execute workflow", which runs a pinned trigger from its pinned data.
				const execution = await server!.runManually(ids.example, CHAT_TRIGGER);
				expect({ status: execution.status, mode: execution.mode }).toEqual({
					status: 'success',
					mode: 'manual',
				});
				const { run } = execution;
				checkExampleConversation(sandbox.model.requests, expected);
				// As a tool the gate answers on its one output, refusals too.
				const [gateRun] = toolNodeRuns(run, 'Credit Gate');
				expectFound(
					gateRun.data?.ai_tool?.[0],
					'the refusal on its one output',
					(found) => found.passed === false && found.required === expected.total,
				);
				expect(toolNodeRuns(run, 'Estimate Gamma Credits')).toHaveLength(3);
				expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(0);
				expect(outputOf(run, 'AI Agent')).toEqual([{ output: expected.final }]);
				keepRecord(`${EXAMPLE} (pinned chat message)`, describeRequests(sandbox.model.requests));
			},
			TEST_TIMEOUT_MS,
		);

		test(
			`${EXAMPLE} on its public chat URL with the Streaming response mode: n8n streams from the model, and the answer streams to the chat (the batch fits)`,
			async () => {
				const expected = exampleScript(true);
				await server!.activate(ids.exampleStreaming);
				const chatUrl = `${server!.url}/webhook/${STREAMING_WEBHOOK_ID}/chat`;
				// n8n 2.41 registers the production webhooks a moment after activation answers; the
				// chat page (GET) tells when.
				await waitFor(chatUrl, async () => ((await fetch(chatUrl)).ok ? true : undefined), {
					timeoutMs: 30_000,
				});
				const response = await fetch(chatUrl, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						action: 'sendMessage',
						sessionId: 'agent-e2e-stream',
						chatInput: EXAMPLE_QUESTION,
					}),
				});
				const body = await response.text();
				const requests = sandbox.model.requests;
				keepRecord(`${EXAMPLE} (public chat, streaming)`, {
					status: response.status,
					chatStream: body,
					conversation: describeRequests(requests),
				});
				expect(response.status).toBe(200);
				// Every step streams (server-sent events from the model), on the Responses API.
				expect(requests.map((request) => [request.path, request.stream])).toEqual(
					requests.map(() => ['/v1/responses', true]),
				);
				checkExampleConversation(requests, expected);
				// n8n's chat stream: one JSON object a line; the text comes in "item" lines.
				const lines = body
					.split('\n')
					.filter((line) => line.trim())
					.map((line) => JSON.parse(line) as { type: string; content?: string });
				const text = lines
					.filter((line) => line.type === 'item')
					.map((line) => line.content ?? '')
					.join('');
				expect(text).toBe(expected.final);

				// What the editor offers as the gate tool's description (its default comes from
				// usableAsTool.replacements), against what the model was offered at run time.
				const types = (await (await server!.authorizedFetch('/types/nodes.json')).json()) as Array<{
					name: string;
					properties: Array<{ name: string; default?: unknown }>;
				}>;
				const gateTool = types.find((type) => type.name === 'CUSTOM.creditGateTool');
				const editorDefault = gateTool?.properties.find(
					(property) => property.name === 'toolDescription',
				)?.default;
				const offered = requests[0].tools.find((tool) => tool.name === GATE)?.description;
				keepRecord('Credit Gate tool description', { editorDefault, offeredAtRunTime: offered });
				console.log(
					`n8n ${N8N_VERSION}: the Credit Gate tool's description in the editor: ${JSON.stringify(editorDefault)}; offered to the model: ${JSON.stringify(offered)}`,
				);
			},
			TEST_TIMEOUT_MS,
		);
	});
});
