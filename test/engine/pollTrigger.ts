import { Container } from '@n8n/di';
import { PollContext } from 'n8n-core';
import { TriggersAndPollers } from 'n8n-core/dist/execution-engine/triggers-and-pollers';
import { Workflow, type IDataObject, type INode, type INodeExecutionData } from 'n8n-workflow';
import { createAdditionalData } from './additionalData';
import type { TestCredentials } from './credentialsHelper';
import { loadPackage } from './nodeTypes';

export interface Poller {
	/** One check: the items the trigger emits, or null for "nothing to report". */
	poll(): Promise<INodeExecutionData[][] | null>;
	/** The workflow's static data, as n8n would save it after the last poll. */
	staticData(): IDataObject;
}

/**
 * A polling trigger as n8n runs it. `activate`: like an active workflow, one Workflow instance
 * lives across polls (so its static data carries over) and each poll runs the node's poll
 * function through n8n-core's TriggersAndPollers with a real PollContext in 'trigger' mode.
 * `manual`: the editor's "Fetch test event".
 */
export async function createPoller(
	node: INode,
	credentials: TestCredentials,
	options: { staticData?: IDataObject; mode?: 'activate' | 'manual' } = {},
): Promise<Poller> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const manual = options.mode === 'manual';
	const workflow = new Workflow({
		id: 'poll-workflow',
		nodes: [node],
		connections: {},
		active: !manual,
		nodeTypes,
		staticData: options.staticData,
	});
	let polls = 0;
	return {
		async poll() {
			const additionalData = createAdditionalData(credentials, credentialTypes, `poll-${++polls}`);
			const context = new PollContext(
				workflow,
				node,
				additionalData,
				manual ? 'manual' : 'trigger',
				manual ? 'manual' : 'activate',
			);
			return await Container.get(TriggersAndPollers).runPoll(workflow, node, context);
		},
		staticData: () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
	};
}
