import type { INodeProperties } from 'n8n-workflow';
import { checkBalanceOption } from '../shared/checkBalance';
import { estimateCreditsOption } from '../shared/estimateLoop';
import { operationField } from '../shared/operationField';
import { gammaEstimateDescription } from './estimateCredits.operation';
import { generateDeckDescription, generateDeckOption } from './generateDeck.operation';
import {
	generateFromTemplateDescription,
	generateFromTemplateOption,
} from './generateFromTemplate.operation';
import { getGenerationDescription, getGenerationOption } from './getGeneration.operation';

export const gammaDescription: INodeProperties[] = [
	operationField(
		'gamma',
		[
			checkBalanceOption,
			estimateCreditsOption,
			generateDeckOption,
			generateFromTemplateOption,
			getGenerationOption,
		],
		'generateDeck',
	),
	...gammaEstimateDescription,
	...generateDeckDescription,
	...generateFromTemplateDescription,
	...getGenerationDescription,
];
