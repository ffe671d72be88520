/**
 * Reading an AI Agent run: which node versions this n8n offers, what the scripted model was sent
 * (tools offered, tool results), the tool nodes' runs, and the record the test leaves in
 * .tmp/agent-<n8n version>.json for whoever tunes the tools' descriptions and answers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NodeHelpers, type INode, type INodeType } from 'n8n-workflow';
import type { ModelMessage, ModelRequest } from '../../test/sandbox/scriptedModel';
import { n8nHome, N8N_VERSION, PACKAGE_ROOT } from '../support/paths';
import type { N8nRun } from '../support/runData';
import type { AgentVersions } from './workflow';

const LANGCHAIN_NODES = ['node_modules', '@n8n', 'n8n-nodes-langchain', 'dist', 'nodes'];

function nodeSource(...file: string[]): string {
	return readFileSync(path.join(n8nHome(), ...LANGCHAIN_NODES, ...file), 'utf8');
}

/**
 * The versions this n8n puts on the canvas: the AI Agent's `defaultVersion` and the OpenAI Chat
 * Model's newest (packages/@n8n/nodes-langchain/nodes/agents/Agent/Agent.node.ts and
 * nodes/llms/LMChatOpenAi/LmChatOpenAi.node.ts in n8n-io/n8n), read from the installed code.
 */
export function offeredTypeVersions(): AgentVersions {
	const agent = /defaultVersion:\s*([\d.]+)/.exec(nodeSource('agents', 'Agent', 'Agent.node.js'));
	const model = /version:\s*\[([\d.,\s]+)\]/.exec(
		nodeSource('llms', 'LMChatOpenAi', 'LmChatOpenAi.node.js'),
	);
	if (!agent || !model) throw new Error(`Cannot read the agent's node versions in ${n8nHome()}`);
	return {
		agent: Number(agent[1]),
		model: Math.max(...model[1].split(',').map((version) => Number(version.trim()))),
	};
}

/** A package node type as built (dist/), e.g. ('AiCredits', 'AiCredits'). */
function builtNodeType(folder: string, name: string): INodeType {
	const file = path.join(PACKAGE_ROOT, 'dist', 'nodes', folder, `${name}.node.js`);
	const exported = require(file) as Record<string, new () => INodeType>;
	return new exported[name]();
}

/**
 * The description n8n gives a tool node of ours when it runs, by n8n's own rule
 * (NodeHelpers.getToolDescriptionForNode, packages/workflow/src/node-helpers.ts): with the Tool
 * Description set automatically, "<operation's action> in <node name>" for a node with an
 * operation, else the node's description.
 */
export function ourToolDescription(
	folder: 'AiCredits' | 'CreditGate',
	parameters: Record<string, string>,
): string {
	const nodeType = builtNodeType(folder, folder);
	const node = { parameters } as unknown as INode;
	return NodeHelpers.getToolDescriptionForNode(node, nodeType);
}

/** The tool message answering one call, from the request that followed it. */
export function toolMessage(request: ModelRequest | undefined, callId: string): ModelMessage {
	const found = request?.messages.find(
		(message) => message.role === 'tool' && message.toolCallId === callId,
	);
	if (!found) {
		const sent = request?.messages.map((message) => message.role).join(', ');
		throw new Error(`No tool message for ${callId} in the request (messages: ${sent})`);
	}
	return found;
}

/** A tool message's content: n8n sends the tool's answer as JSON text. */
export function toolAnswer(message: ModelMessage): unknown {
	try {
		return JSON.parse(message.content) as unknown;
	} catch {
		return message.content;
	}
}

/**
 * The first object anywhere in `value` that passes `test`: an assertion on what a tool answered
 * that holds whether the answer is the node's whole item or a compact one.
 */
export function findObject(
	value: unknown,
	test: (candidate: Record<string, unknown>) => boolean,
): Record<string, unknown> | undefined {
	if (Array.isArray(value)) {
		for (const entry of value) {
			const found = findObject(entry, test);
			if (found) return found;
		}
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Record<string, unknown>;
	if (test(record)) return record;
	return findObject(Object.values(record), test);
}

/** A tool node's run, as n8n records it on the agent's behalf. */
export interface ToolNodeRun {
	executionStatus?: string;
	error?: { message?: string };
	/** What the agent passed (n8n shows it as the tool's input). */
	inputOverride?: { ai_tool?: Array<Array<{ json: Record<string, unknown> }>> };
	data?: { ai_tool?: Array<Array<{ json: Record<string, unknown> }> | null> };
}

export function toolNodeRuns(run: N8nRun, nodeName: string): ToolNodeRun[] {
	return (run.data.resultData.runData[nodeName] ?? []) as unknown as ToolNodeRun[];
}

/** What the model was offered and sent, for the record: read, and the body as n8n sent it. */
export function describeRequests(requests: ModelRequest[]) {
	return requests.map((request) => ({
		api: request.api,
		path: request.path,
		stream: request.stream,
		model: request.model,
		turn: request.turn,
		bodyKeys: Object.keys(request.body as Record<string, unknown>).sort(),
		messages: request.messages,
		body: request.body,
	}));
}

const record: Record<string, unknown> = {};

/** Adds one entry to .tmp/agent-<version>.json (rewritten each time, so a failed run leaves it). */
export function keepRecord(key: string, value: unknown): void {
	record[key] = value;
	const folder = path.join(PACKAGE_ROOT, '.tmp');
	mkdirSync(folder, { recursive: true });
	writeFileSync(
		path.join(folder, `agent-${N8N_VERSION}.json`),
		`${JSON.stringify({ n8n: N8N_VERSION, ...record }, null, 2)}\n`,
	);
}
