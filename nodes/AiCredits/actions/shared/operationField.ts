import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { Provider } from '../../../shared/providers/registry';

/** The Operation dropdown of one resource (provider). */
export function operationField(
	resource: Provider,
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
