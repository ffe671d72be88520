import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import {
	exportAsField,
	folderField,
	imageModelField,
	imageStyleField,
	runOptionsField,
	sharingFields,
	themeField,
} from './generationFields';
import { compact, folderIds, locatorValue, sharingOptions } from './requestBody';

const show = { resource: ['gamma'], operation: ['generateFromTemplate'] };

export const generateFromTemplateOption = {
	name: 'Generate From Template',
	value: 'generateFromTemplate',
	description: 'Create a gamma from a one-page template and a prompt, and wait for it',
	action: 'Generate a Gamma from a template',
};

export const generateFromTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Template Gamma ID',
		name: 'gammaId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show },
		description: 'The ID of a one-page gamma to use as the template',
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		displayOptions: { show },
		description:
			'What to make from the template, e.g. "A team update for Q3 with these numbers: …"',
	},
	themeField(show),
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
		displayOptions: { show },
		description:
			'Whether to wait until the gamma is ready and return it with its credits; otherwise return the generation ID at once',
	},
	{
		displayName: 'Additional Options',
		name: 'additionalOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show },
		options: [
			{ ...exportAsField },
			{ ...folderField },
			{ ...imageModelField },
			{ ...imageStyleField },
			...sharingFields,
		],
	},
	runOptionsField(show, true),
];

/** The `POST /v1.0/generations/from-template` body of one item. */
export function readFromTemplateBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const extra = ctx.getNodeParameter('additionalOptions', itemIndex, {}) as IDataObject;
	return compact({
		gammaId: ctx.getNodeParameter('gammaId', itemIndex),
		prompt: ctx.getNodeParameter('prompt', itemIndex),
		themeId: locatorValue(ctx.getNodeParameter('themeId', itemIndex, '')),
		folderIds: folderIds(extra.folderId),
		exportAs: extra.exportAs,
		imageOptions: compact({ model: extra.imageModel, style: extra.imageStyle }),
		sharingOptions: sharingOptions(extra),
	});
}
