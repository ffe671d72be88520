import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import type { Provider } from '../../../shared/providers/registry';

/** The node's resources: one per provider, and the spend records they write. */
export type Resource = Provider | 'spend';

/** What every `<provider>/<operation>.operation.ts` exports. */
export interface Operation {
	/** Its entry in the resource's Operation dropdown. */
	option: INodePropertyOptions;
	/** Its fields, shown only for its resource and operation (see `forOperation`). */
	description: INodeProperties[];
	/** Runs the operation over the node's input items; returns the items of its one output. */
	execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
}

/** An operation's fields, shown only when its resource and operation are selected. */
export function forOperation(
	resource: Resource,
	operation: string,
	properties: INodeProperties[],
): INodeProperties[] {
	return updateDisplayOptions(
		{ show: { resource: [resource], operation: [operation] } },
		properties,
	);
}
