import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';
import { estimateCreditsOption } from '../common/estimateCredits';
import { stabilityAiEstimateDescription } from './estimateCredits.operation';

export const stabilityAiOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['stabilityAi'] } },
	options: [checkBalanceOption, estimateCreditsOption],
	default: 'estimateCredits',
};

export const stabilityAiDescription: INodeProperties[] = [
	stabilityAiOperations,
	...stabilityAiEstimateDescription,
];
