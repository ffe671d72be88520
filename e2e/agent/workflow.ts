/**
 * The agent workflow of the e2e test: Manual Trigger → AI Agent, with an OpenAI Chat Model (its
 * credential's Base URL on the sandbox's scripted model) and the package's nodes on `ai_tool`.
 *
 * How n8n names and wires these (n8n source on GitHub, n8n-io/n8n): a node marked
 * `usableAsTool` is offered as `<type>Tool` (packages/cli/src/tool-generation/ai-tools.ts,
 * convertNodeToAiTool); its tool name is the node's name with anything but letters, digits, `_`
 * and `-` replaced by `_` (packages/workflow/src/tool-helpers.ts, nodeNameToToolName); its
 * arguments are the `$fromAI(key, description, type)` calls in its parameters
 * (packages/core/src/execution-engine/node-execution-context/utils/create-node-as-tool.ts);
 * sub-nodes connect to the agent by `ai_languageModel` and `ai_tool` connections.
 */
import type { CredentialJson, NodeJson, NodeTypePrefix, WorkflowJson } from '../support/examples';

/** The agent's nodes and the tool names n8n gives them. */
export const AGENT_NODES = {
	trigger: 'When clicking ‘Execute workflow’',
	agent: 'AI Agent',
	model: 'OpenAI Chat Model',
	estimate: 'Estimate Gamma Credits',
	balance: 'Check Gamma Balance',
	gate: 'Credit Gate',
	wrongKeyBalance: 'Check Gamma Balance With Wrong Key',
} as const;

/** n8n's nodeNameToToolName. */
export function toolName(nodeName: string): string {
	return nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');
}

export const FROM_AI = {
	numCards: "={{ $fromAI('numCards', 'How many cards (slides) the deck has', 'number') }}",
	imageModel:
		"={{ $fromAI('imageModel', 'The Gamma image model id, for example flux-1-pro', 'string') }}",
	credits: "={{ $fromAI('credits', 'Credits the job needs: the estimate\\'s max', 'number') }}",
} as const;

export interface AgentVersions {
	/** @n8n/n8n-nodes-langchain.agent */
	agent: number;
	/** @n8n/n8n-nodes-langchain.lmChatOpenAi */
	model: number;
}

export interface AgentWorkflowOptions {
	id: string;
	prefix: NodeTypePrefix;
	versions: AgentVersions;
	/** Keyed by credential type; openAiApi, aiCreditsGammaApi. */
	credentials: Record<string, CredentialJson>;
	/** A Gamma credential with a key the sandbox refuses: adds the wrong-key balance tool. */
	wrongGammaCredential?: CredentialJson;
	/** The package tools' On Error setting; default n8n's, Stop Workflow. */
	toolOnError?: 'continueRegularOutput' | 'continueErrorOutput';
	/** What the agent is asked. */
	prompt: string;
	systemMessage: string;
	/** lmChatOpenAi ≥ 1.3: the Responses API (its default) or Chat Completions. */
	responsesApi?: boolean;
}

function reference(credential: CredentialJson) {
	return { [credential.type]: { id: credential.id, name: credential.name } };
}

export function agentWorkflow(options: AgentWorkflowOptions): WorkflowJson {
	const { prefix, credentials } = options;
	const gamma = credentials.aiCreditsGammaApi;
	const openAi = credentials.openAiApi;
	let x = 0;
	const node = (
		name: string,
		type: string,
		typeVersion: number,
		parameters: Record<string, unknown>,
		extra: Partial<NodeJson> = {},
	): NodeJson => {
		x += 220;
		return {
			id: `agent-e2e-${x}`,
			name,
			type,
			typeVersion,
			position: [x, 0],
			parameters,
			...extra,
		};
	};
	const nodes: NodeJson[] = [
		node(AGENT_NODES.trigger, 'n8n-nodes-base.manualTrigger', 1, {}),
		node(AGENT_NODES.agent, '@n8n/n8n-nodes-langchain.agent', options.versions.agent, {
			promptType: 'define',
			text: options.prompt,
			options: { systemMessage: options.systemMessage },
		}),
		node(
			AGENT_NODES.model,
			'@n8n/n8n-nodes-langchain.lmChatOpenAi',
			options.versions.model,
			{
				model: { __rl: true, mode: 'list', value: 'gpt-4.1-mini' },
				...(options.versions.model >= 1.3
					? { responsesApiEnabled: options.responsesApi ?? true }
					: {}),
				options: {},
			},
			{ credentials: reference(openAi) },
		),
		node(AGENT_NODES.estimate, `${prefix}.aiCreditsTool`, 1, {
			resource: 'gamma',
			operation: 'estimateCredits',
			generationType: 'standard',
			numCards: FROM_AI.numCards,
			imageSource: 'aiGenerated',
			imagePricedBy: 'model',
			imageModel: FROM_AI.imageModel,
			estimateOptions: {},
		}),
		node(
			AGENT_NODES.balance,
			`${prefix}.aiCreditsTool`,
			1,
			{ resource: 'gamma', operation: 'checkBalance' },
			{ credentials: reference(gamma) },
		),
		node(
			AGENT_NODES.gate,
			`${prefix}.creditGateTool`,
			1,
			{
				requiredFrom: 'custom',
				requiredCredits: FROM_AI.credits,
				balanceFrom: 'gamma',
				reserveAcrossItems: true,
				options: {},
			},
			{ credentials: reference(gamma) },
		),
	];
	if (options.wrongGammaCredential) {
		nodes.push(
			node(
				AGENT_NODES.wrongKeyBalance,
				`${prefix}.aiCreditsTool`,
				1,
				{ resource: 'gamma', operation: 'checkBalance' },
				{ credentials: reference(options.wrongGammaCredential) },
			),
		);
	}
	const tools = nodes.filter((candidate) => candidate.type.startsWith(`${prefix}.`));
	if (options.toolOnError) {
		for (const tool of tools) tool.onError = options.toolOnError;
	}
	const toAgent = (type: string) => ({ [type]: [[{ node: AGENT_NODES.agent, type, index: 0 }]] });
	return {
		id: options.id,
		name: `AI Credits e2e: an AI Agent with the package as tools (${options.id})`,
		nodes,
		connections: {
			[AGENT_NODES.trigger]: toAgent('main'),
			[AGENT_NODES.model]: toAgent('ai_languageModel'),
			...Object.fromEntries(tools.map((tool) => [tool.name, toAgent('ai_tool')])),
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
