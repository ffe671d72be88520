import {
	jsonParse,
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

/**
 * Stands in for n8n-nodes-base's Manual Trigger (the same type name, so test workflows are the
 * JSON users save): it starts the run with one empty item, as "Execute workflow" does.
 */
export class ManualTriggerStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'When clicking ‘Execute workflow’',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'When clicking ‘Execute workflow’' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [[{ json: {} }]];
	}
}

/** n8n-nodes-base's No Operation node: passes items through (the benchmark's baseline). */
export class NoOpStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'No Operation, do nothing',
		name: 'noOp',
		group: ['organization'],
		version: 1,
		description: 'No Operation',
		defaults: { name: 'No Operation, do nothing' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

/** Test-only: emits the items given as JSON in its `items` parameter (a sheet's rows, say). */
export class FixedItemsNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixed Items',
		name: 'fixedItems',
		group: ['input'],
		version: 1,
		description: 'Emits the items of its parameter',
		defaults: { name: 'Fixed Items' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const rows = typeof raw === 'string' ? jsonParse<IDataObject[]>(raw) : raw;
		return [rows.map((json) => ({ json, pairedItem: { item: 0 } }))];
	}
}

/**
 * Benchmark baseline: evaluates `numCards` and `imageModel` for every item through n8n's
 * getNodeParameter, as any node with those expressions must, and passes the items on.
 */
export class ReadGammaParametersNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Read Gamma Parameters',
		name: 'readGammaParameters',
		group: ['transform'],
		version: 1,
		description: 'Evaluates two parameters per item',
		defaults: { name: 'Read Gamma Parameters' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Number of Cards', name: 'numCards', type: 'number', default: 10 },
			{ displayName: 'Image Model', name: 'imageModel', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		return [
			items.map((item, index) => ({
				json: {
					...item.json,
					read: [
						this.getNodeParameter('numCards', index),
						this.getNodeParameter('imageModel', index),
					],
				},
				pairedItem: { item: index },
			})),
		];
	}
}
