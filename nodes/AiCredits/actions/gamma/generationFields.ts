import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { gammaImageModelOptions } from '../shared/pricedOptions';

// Gamma's sharingOptions (https://developers.gamma.app/generations/create-generation): link and
// workspace access go up to edit (no fullAccess); people invited by email get at least view.
const LINK_ACCESS_LEVELS: INodePropertyOptions[] = [
	{ name: 'No Access', value: 'noAccess' },
	{ name: 'View', value: 'view' },
	{ name: 'Comment', value: 'comment' },
	{ name: 'Edit', value: 'edit' },
];

const EMAIL_ACCESS_LEVELS: INodePropertyOptions[] = [
	{ name: 'View', value: 'view' },
	{ name: 'Comment', value: 'comment' },
	{ name: 'Edit', value: 'edit' },
	{ name: 'Full Access', value: 'fullAccess' },
];

/** Shown first on the operations that spend credits. */
export const SPENDS_GAMMA_CREDITS: INodeProperties = {
	displayName:
		'Each item starts one Gamma generation, which spends credits (what it cost is on the output item). Estimate Credits and the Credit Gate can check it fits first.',
	name: 'spendsCreditsNotice',
	type: 'notice',
	default: '',
};

export const EXPORT_FORMATS: INodePropertyOptions[] = [
	{ name: 'PDF', value: 'pdf' },
	{ name: 'PowerPoint (PPTX)', value: 'pptx' },
	{ name: 'PNG Images (ZIP, One per Card)', value: 'png' },
];

export const themeField: INodeProperties = {
	displayName: 'Theme',
	name: 'themeId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'The look of the gamma. Empty: the workspace default theme.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchThemes', searchable: true },
		},
		{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. abcdef123456' },
	],
};

export const folderField: INodeProperties = {
	displayName: 'Folder',
	name: 'folderId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'Where Gamma files the result (one folder)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchFolders', searchable: true },
		},
		{
			displayName: 'ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. folder123',
		},
	],
};

export const exportAsField: INodeProperties = {
	displayName: 'Export As',
	name: 'exportAs',
	type: 'options',
	options: EXPORT_FORMATS,
	default: 'pdf',
	description: 'Also produce a file; turn on Download Export File to get it on the item',
};

export const imageModelField: INodeProperties = {
	displayName: 'Image Model',
	name: 'imageModel',
	type: 'options',
	options: gammaImageModelOptions().map(({ name, value }) => ({ name, value })),
	default: 'flux-1-quick',
	description: 'The AI image model, with what it costs per image (Gamma pricing 2026)',
};

export const imageStyleField: INodeProperties = {
	displayName: 'Image Style',
	name: 'imageStyle',
	type: 'string',
	default: '',
	placeholder: 'e.g. photorealistic, line art',
};

export const sharingFields: INodeProperties[] = [
	{
		displayName: 'Workspace Access',
		name: 'workspaceAccess',
		type: 'options',
		options: LINK_ACCESS_LEVELS,
		default: 'view',
	},
	{
		displayName: 'External Access',
		name: 'externalAccess',
		type: 'options',
		options: LINK_ACCESS_LEVELS,
		default: 'noAccess',
		description: 'Access for anyone with the link outside the workspace',
	},
	{
		displayName: 'Share by Email With',
		name: 'emailRecipients',
		type: 'string',
		default: '',
		placeholder: 'e.g. ana@example.com, bo@example.com',
	},
	{
		displayName: "Email Recipients' Access",
		name: 'emailAccess',
		type: 'options',
		options: EMAIL_ACCESS_LEVELS,
		default: 'view',
	},
	{
		displayName: 'Let Search Engines Index It',
		name: 'enableSearchEngineIndexing',
		type: 'boolean',
		default: false,
		description: 'Whether search engines may index the published gamma',
	},
];

/** Waiting, concurrency and download: how the node behaves, not what Gamma makes. */
export function runOptionsField(withConcurrency: boolean): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Download Export File',
			name: 'downloadExport',
			type: 'boolean',
			default: false,
			description:
				'Whether to download the exported file into the binary property "data" of the item',
		},
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollIntervalSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 5,
			description: 'How often to ask Gamma whether the generation is done',
		},
		{
			displayName: 'Timeout (Minutes)',
			name: 'timeoutMinutes',
			type: 'number',
			typeOptions: { minValue: 0.05 },
			default: 10,
			description:
				'Stop waiting after this long, with an error carrying the generation ID for Get Generation',
		},
	];
	if (withConcurrency) {
		options.push({
			displayName: 'Generations at Once',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: 1,
			description: 'How many items are generated in parallel; outputs keep the input order',
		});
	}
	return {
		displayName: 'Options',
		name: 'runOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options,
	};
}
