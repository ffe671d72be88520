import type { INodeProperties } from 'n8n-workflow';
import { runOptionsField } from './generationFields';

const show = { resource: ['gamma'], operation: ['getGeneration'] };

export const getGenerationOption = {
	name: 'Get Generation',
	value: 'getGeneration',
	description: 'Read a generation by ID: one that timed out, or that was started without waiting',
	action: 'Get a Gamma generation',
};

export const getGenerationDescription: INodeProperties[] = [
	{
		displayName: 'Generation ID',
		name: 'generationId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show },
		placeholder: 'e.g. {{ $json.gammaGeneration.generationId }}',
	},
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		displayOptions: { show },
		description:
			'Whether to keep polling until the generation is done instead of returning its state now',
	},
	runOptionsField(show, false),
];
