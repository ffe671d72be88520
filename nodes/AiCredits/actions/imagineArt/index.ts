import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';

export const imagineArtOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['imagineArt'] } },
	options: [checkBalanceOption],
	default: 'checkBalance',
};

export const imagineArtDescription: INodeProperties[] = [imagineArtOperations];
