import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { concurrencyOf, runGenerations, startAndWait } from '../shared/generationRun';
import { forOperation } from '../shared/operation';
import { readGenerateDeckBody } from './generateDeckBody';
import { generateDeckProperties } from './generateDeckFields';
import { ALLOW_AGENT_SPENDING, SPENDS_GAMMA_CREDITS } from './generationFields';

export const option = {
	name: 'Generate Deck',
	value: 'generateDeck',
	description: 'Create a presentation, document, social post or webpage and wait for it',
	action: 'Generate a Gamma deck',
};

export const description: INodeProperties[] = forOperation('gamma', 'generateDeck', [
	SPENDS_GAMMA_CREDITS,
	ALLOW_AGENT_SPENDING,
	...generateDeckProperties,
]);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const step = startAndWait('standard', readGenerateDeckBody);
	return await runGenerations(this, items, step, concurrencyOf);
}
