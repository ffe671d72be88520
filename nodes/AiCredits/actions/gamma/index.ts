import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';

export const gammaOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['gamma'] } },
	options: [checkBalanceOption],
	default: 'checkBalance',
};

export const gammaDescription: INodeProperties[] = [gammaOperations];
