import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import {
	failedGenerationError,
	fetchGammaGeneration,
	waitForGammaGeneration,
} from '../../../shared/providers/gamma/generation';
import { runGenerations, type GenerationStep } from '../shared/generationRun';
import { forOperation } from '../shared/operation';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { generationIdField, runOptionsField } from './generationFields';
import { readGenerationId } from './requestBody';

export const option = {
	name: 'Get Generation',
	value: 'getGeneration',
	description:
		'Read a classic or Gamma 5 generation by ID: one that timed out, or that was started without waiting',
	action: 'Get a Gamma generation',
};

export const description: INodeProperties[] = forOperation('gamma', 'getGeneration', [
	generationIdField,
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to keep polling until the generation is done instead of returning its state now',
	},
	runOptionsField(false),
]);

/** Reads the item's generation, waiting for it when asked; a failed one is an error. */
const readGeneration: GenerationStep = async (ctx, itemIndex, run, started) => {
	const generationId = readGenerationId(ctx, itemIndex);
	started(generationId);
	const wait = createParameterReader(ctx).flag('waitForCompletion', itemIndex, true);
	const state = wait
		? await waitForGammaGeneration(ctx, generationId, run, itemIndex)
		: (await fetchGammaGeneration(ctx, generationId, itemIndex)).state;
	if (state.status === 'failed') throw failedGenerationError(ctx, state, itemIndex);
	return { state };
};

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await runGenerations(this, items, readGeneration, 1);
}
