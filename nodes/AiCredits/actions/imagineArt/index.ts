import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';
import { estimateCreditsOption } from '../common/estimateCredits';
import { imagineArtEstimateDescription } from './estimateCredits.operation';

export const imagineArtOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['imagineArt'] } },
	options: [checkBalanceOption, estimateCreditsOption],
	default: 'estimateCredits',
};

export const imagineArtDescription: INodeProperties[] = [
	imagineArtOperations,
	...imagineArtEstimateDescription,
];
