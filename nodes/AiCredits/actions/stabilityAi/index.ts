import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';

export const stabilityAiOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['stabilityAi'] } },
	options: [checkBalanceOption],
	default: 'checkBalance',
};

export const stabilityAiDescription: INodeProperties[] = [stabilityAiOperations];
