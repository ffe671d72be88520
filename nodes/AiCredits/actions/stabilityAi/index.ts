import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';
import { estimateCreditsOption } from '../common/estimateCredits';
import { operationField } from '../common/operationField';
import { stabilityAiEstimateDescription } from './estimateCredits.operation';

export const stabilityAiDescription: INodeProperties[] = [
	operationField('stabilityAi', [checkBalanceOption, estimateCreditsOption], 'estimateCredits'),
	...stabilityAiEstimateDescription,
];
