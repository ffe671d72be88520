import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { Resource } from './operation';

/** The Operation dropdown of one resource. */
export function operationField(
	resource: Resource,
	options: INodePropertyOptions[],
	defaultOperation: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}
