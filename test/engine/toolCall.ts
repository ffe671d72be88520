import { SupplyDataContext } from 'n8n-core';
import { makeHandleToolInvocation } from 'n8n-core/dist/execution-engine/node-execution-context/utils/get-input-connection-data';
import {
	createRunExecutionData,
	NodeConnectionTypes,
	Workflow,
	type IDataObject,
	type INode,
	type INodeType,
} from 'n8n-workflow';
import { createAdditionalData } from './additionalData';
import type { TestCredentials } from './credentialsHelper';
import { loadPackage } from './nodeTypes';

/**
 * Calls a package node the way an n8n AI agent calls it as a tool: n8n-core's own tool invocation
 * (the `<type>Tool` variant n8n derives from `usableAsTool`, run in a SupplyDataContext on the
 * ai_tool connection, with the agent's arguments as the one input item). Returns what the agent
 * is handed, parsed.
 */
export async function callAsTool(
	node: INode,
	toolArgs: IDataObject,
	credentials: TestCredentials = {},
): Promise<unknown> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const toolType = `${node.type}Tool`;
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion) as INodeType;
	const toolNode: INode = { ...node, type: toolType };
	const workflow = new Workflow({
		id: 'tool-workflow',
		name: 'tool workflow',
		nodes: [toolNode],
		connections: {},
		active: false,
		nodeTypes: {
			...nodeTypes,
			getByName: (type) => nodeTypes.getByName(type === toolType ? node.type : type),
			getByNameAndVersion: (type, version) =>
				nodeTypes.getByNameAndVersion(type === toolType ? node.type : type, version),
		},
		settings: { executionOrder: 'v1' },
	});
	const additionalData = createAdditionalData(credentials, credentialTypes, 'tool-execution');
	const runExecutionData = createRunExecutionData({});
	const contextFactory = (runIndex: number) =>
		new SupplyDataContext(
			workflow,
			toolNode,
			additionalData,
			'manual',
			runExecutionData,
			runIndex,
			[],
			{},
			NodeConnectionTypes.AiTool,
			{ node: toolNode, data: {}, source: null },
			[],
		);
	const invoke = makeHandleToolInvocation(contextFactory, toolNode, nodeType, runExecutionData);
	return JSON.parse((await invoke(toolArgs)) as string) as unknown;
}
