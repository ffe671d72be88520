import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';
import { estimateCreditsOption } from '../common/estimateCredits';
import { operationField } from '../common/operationField';
import { imagineArtEstimateDescription } from './estimateCredits.operation';

export const imagineArtDescription: INodeProperties[] = [
	operationField('imagineArt', [checkBalanceOption, estimateCreditsOption], 'estimateCredits'),
	...imagineArtEstimateDescription,
];
