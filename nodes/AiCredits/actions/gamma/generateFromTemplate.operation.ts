import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { concurrencyOf, runGenerations, startAndWait } from '../shared/generationRun';
import { forOperation } from '../shared/operation';
import {
	exportAsField,
	folderField,
	imageModelField,
	imageStyleField,
	runOptionsField,
	sharingFields,
	themeField,
	ALLOW_AGENT_SPENDING,
	SPENDS_GAMMA_CREDITS,
	waitForCompletionField,
} from './generationFields';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { locatorValue } from '../../../shared/fields/locatorValue';
import { compact, folderId, sharingOptions } from './requestBody';

export const option = {
	name: 'Generate From Template',
	value: 'generateFromTemplate',
	description: 'Create a gamma from a one-page template and a prompt, and wait for it',
	action: 'Generate a Gamma from a template',
};

export const description: INodeProperties[] = forOperation('gamma', 'generateFromTemplate', [
	SPENDS_GAMMA_CREDITS,
	ALLOW_AGENT_SPENDING,
	{
		displayName: 'Template Gamma ID',
		name: 'gammaId',
		type: 'string',
		required: true,
		default: '',
		description: 'The ID of a one-page gamma to use as the template',
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description:
			'What to make from the template, e.g. "A team update for Q3 with these numbers: …"',
	},
	themeField,
	waitForCompletionField('gamma'),
	{
		displayName: 'Additional Options',
		name: 'additionalOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{ ...exportAsField },
			{ ...folderField },
			{ ...imageModelField },
			{ ...imageStyleField },
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: "The new gamma's title; empty: Gamma names it from the content",
			},
			...sharingFields,
		],
	},
	runOptionsField(true),
]);

/** The `POST /v1.0/generations/from-template` body of one item. */
function readFromTemplateBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameters = createParameterReader(ctx);
	const extra = parameters.collection('additionalOptions', itemIndex);
	return compact({
		gammaId: parameters.text('gammaId', itemIndex),
		prompt: parameters.text('prompt', itemIndex),
		title: extra.title,
		themeId: locatorValue(ctx.getNodeParameter('themeId', itemIndex, '')),
		folderId: folderId(ctx, extra.folderId, itemIndex),
		exportAs: extra.exportAs,
		imageOptions: compact({ model: extra.imageModel, style: extra.imageStyle }),
		sharingOptions: sharingOptions(extra),
	});
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const step = startAndWait('fromTemplate', readFromTemplateBody);
	return await runGenerations(this, items, step, concurrencyOf);
}
