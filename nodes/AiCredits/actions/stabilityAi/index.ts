import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../shared/checkBalance';
import { estimateCreditsOption } from '../shared/estimateLoop';
import { operationField } from '../shared/operationField';
import { stabilityAiEstimateDescription } from './estimateCredits.operation';

export const stabilityAiDescription: INodeProperties[] = [
	operationField('stabilityAi', [checkBalanceOption, estimateCreditsOption], 'estimateCredits'),
	...stabilityAiEstimateDescription,
];
