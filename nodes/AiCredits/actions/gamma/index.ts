import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';
import { estimateCreditsOption } from '../common/estimateCredits';
import { gammaEstimateDescription } from './estimateCredits.operation';

export const gammaOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['gamma'] } },
	options: [checkBalanceOption, estimateCreditsOption],
	default: 'estimateCredits',
};

export const gammaDescription: INodeProperties[] = [gammaOperations, ...gammaEstimateDescription];
