import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../common/checkBalance.operation';
import { estimateCreditsOption } from '../common/estimateCredits';
import { gammaEstimateDescription } from './estimateCredits.operation';
import { generateDeckDescription, generateDeckOption } from './generateDeck.operation';
import {
	generateFromTemplateDescription,
	generateFromTemplateOption,
} from './generateFromTemplate.operation';
import { getGenerationDescription, getGenerationOption } from './getGeneration.operation';

export const gammaOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['gamma'] } },
	options: [
		checkBalanceOption,
		estimateCreditsOption,
		generateDeckOption,
		generateFromTemplateOption,
		getGenerationOption,
	],
	default: 'generateDeck',
};

export const gammaDescription: INodeProperties[] = [
	gammaOperations,
	...gammaEstimateDescription,
	...generateDeckDescription,
	...generateFromTemplateDescription,
	...getGenerationDescription,
];
