import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import {
	createRunExecutionData,
	Workflow,
	type IConnections,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type IRun,
	type IWorkflowBase,
	type WorkflowExecuteMode,
} from 'n8n-workflow';
import { createAdditionalData } from './additionalData';
import type { TestCredentials } from './credentialsHelper';
import { loadPackage } from './nodeTypes';

/** A workflow as users save it: nodes and connections. */
export interface WorkflowJson {
	name?: string;
	nodes: INode[];
	connections: IConnections;
	staticData?: IDataObject;
}

export interface WorkflowResult {
	run: IRun;
	/** Every node's output items of its last run, by output index: outputs['Gate'][1] = branch 2. */
	outputs: Record<string, INodeExecutionData[][]>;
	/** The error the run ended with, if any (n8n puts a node's thrown error here). */
	error: IRun['data']['resultData']['error'];
}

export interface RunOptions {
	credentials?: TestCredentials;
	mode?: WorkflowExecuteMode;
	/** Aborting it cancels the execution, as the Stop button does. */
	signal?: AbortSignal;
}

let executionCounter = 0;

/**
 * Runs a workflow through n8n-core's WorkflowExecute with the real n8n-workflow, this package's
 * built nodes and credentials, over real HTTP, and returns what every node output.
 */
export async function runWorkflow(
	workflowJson: WorkflowJson,
	options: RunOptions = {},
): Promise<WorkflowResult> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const mode = options.mode ?? 'manual';
	const workflow = new Workflow({
		id: 'test-workflow',
		name: workflowJson.name ?? 'test workflow',
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		active: false,
		nodeTypes,
		staticData: workflowJson.staticData,
		settings: { executionOrder: 'v1' },
	});
	const workflowData: IWorkflowBase = {
		id: workflow.id,
		name: workflow.name ?? '',
		active: false,
		activeVersionId: null,
		isArchived: false,
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		createdAt: new Date(),
		updatedAt: new Date(),
	};
	const executionId = String(++executionCounter);
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	const additionalData = createAdditionalData(
		options.credentials ?? {},
		credentialTypes,
		executionId,
		hooks,
	);

	const startNodes = workflowJson.nodes.filter(
		(node) => !workflow.connectionsByDestinationNode[node.name] && !node.disabled,
	);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: startNodes.map((node) => ({
				node,
				data: { main: [[{ json: {} }]] },
				source: null,
			})),
		},
	});
	const execution = new WorkflowExecute(additionalData, mode, runExecutionData);
	const running = execution.processRunExecutionData(workflow);
	const onAbort = () => running.cancel();
	options.signal?.addEventListener('abort', onAbort, { once: true });
	let run: IRun;
	try {
		run = await running;
	} finally {
		options.signal?.removeEventListener('abort', onAbort);
	}
	const outputs: Record<string, INodeExecutionData[][]> = {};
	for (const [name, tasks] of Object.entries(run.data.resultData.runData)) {
		const last = tasks[tasks.length - 1];
		outputs[name] = (last?.data?.main ?? []).map((items) => items ?? []);
	}
	return { run, outputs, error: run.data.resultData.error };
}

/** Stops the interval every node execution leaves behind, so jest can exit. */
export async function shutdownEngine(): Promise<void> {
	await Container.get(SSHClientsManager).onShutdown();
}
