import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../shared/checkBalance';
import { estimateCreditsOption } from '../shared/estimateLoop';
import { operationField } from '../shared/operationField';
import { imagineArtEstimateDescription } from './estimateCredits.operation';

export const imagineArtDescription: INodeProperties[] = [
	operationField('imagineArt', [checkBalanceOption, estimateCreditsOption], 'estimateCredits'),
	...imagineArtEstimateDescription,
];
