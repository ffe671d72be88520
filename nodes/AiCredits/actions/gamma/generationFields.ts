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

/** The bounds of Options › Poll Interval, Timeout and Generations at Once, declared and checked. */
export const RUN_OPTION_RULES = {
	pollIntervalSeconds: { min: 1, max: 3600 },
	// A day: a generation still running then is Get Generation's to pick up.
	timeoutMinutes: { min: 0.05, max: 1440 },
	concurrency: { min: 1, max: 20, integer: true },
} as const;

/**
 * The opt-in an AI agent needs to spend credits through this node as its tool: off, the tool
 * refuses and says why, so an agent cannot start generations by surprise.
 */
export const ALLOW_AGENT_SPENDING: INodeProperties = {
	displayName: 'Allow AI Agents to Spend Credits',
	name: 'allowAgentSpending',
	type: 'boolean',
	default: false,
	description:
		'Whether an AI agent that has this node as a tool may start generations with it. Off: the tool answers the agent that it may not spend credits, and sends nothing. In a workflow (not as a tool) this changes nothing.',
};

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

/** A Gamma id picked from one of the node's list searches, or typed (or mapped) as an ID. */
function gammaLocator(
	field: Pick<INodeProperties, 'displayName' | 'name' | 'description'>,
	searchListMethod: string,
	placeholder: string,
): INodeProperties {
	return {
		...field,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder },
		],
	};
}

export const themeField = gammaLocator(
	{
		displayName: 'Theme',
		name: 'themeId',
		description: 'The look of the gamma. Empty: the workspace default theme.',
	},
	'searchThemes',
	'e.g. abcdef123456',
);

export const folderField = gammaLocator(
	{
		displayName: 'Folder',
		name: 'folderId',
		description: 'Where Gamma files the result (one folder)',
	},
	'searchFolders',
	'e.g. folder123',
);

export const templateField = gammaLocator(
	{
		displayName: 'Template',
		name: 'templateId',
		description: 'A workspace or Gamma template to start from; empty: the agent designs it',
	},
	'searchTemplates',
	'e.g. g_abc123',
);

export const FORMATS: INodePropertyOptions[] = [
	{ name: 'Presentation', value: 'presentation' },
	{ name: 'Document', value: 'document' },
	{ name: 'Social Post', value: 'social' },
	{ name: 'Webpage', value: 'webpage' },
];

/** `what`: what is being made ("deck", "gamma"). */
export function waitForCompletionField(what: string): INodeProperties {
	return {
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
		description: `Whether to wait until the ${what} is ready and return it with its credits; otherwise return the generation ID at once`,
	};
}

/** A generation of either engine, by id (Get Generation, Check Balance from a generation). */
export const generationIdField: INodeProperties = {
	displayName: 'Generation ID',
	name: 'generationId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. {{ $json.gammaGeneration.generationId }}',
	description: 'Either engine: Gamma 5 IDs start with gen_',
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
/** `spends`: the operations that start generations also get Generations at Once and the re-check. */
export function runOptionsField(spends: boolean): INodeProperties {
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
			typeOptions: {
				minValue: RUN_OPTION_RULES.pollIntervalSeconds.min,
				maxValue: RUN_OPTION_RULES.pollIntervalSeconds.max,
			},
			default: 5,
			description: 'How often to ask Gamma whether the generation is done',
		},
		{
			displayName: 'Timeout (Minutes)',
			name: 'timeoutMinutes',
			type: 'number',
			typeOptions: {
				minValue: RUN_OPTION_RULES.timeoutMinutes.min,
				maxValue: RUN_OPTION_RULES.timeoutMinutes.max,
			},
			default: 10,
			description:
				'Stop waiting after this long, with an error carrying the generation ID for Get Generation',
		},
	];
	if (spends) {
		options.push(
			{
				displayName: 'Generations at Once',
				name: 'concurrency',
				type: 'number',
				typeOptions: {
					minValue: RUN_OPTION_RULES.concurrency.min,
					maxValue: RUN_OPTION_RULES.concurrency.max,
				},
				default: 1,
				description: 'How many items are generated in parallel; outputs keep the input order',
			},
			{
				displayName: 'Re-Check Live Balance Before Each Spend',
				name: 'recheckBalanceBeforeSpend',
				type: 'boolean',
				default: false,
				description:
					"Whether to read Gamma's balance again right before each generation starts and refuse the item (nothing sent) when it no longer covers the item's creditEstimate.max, less what this run has in flight. The Credit Gate reserves within one execution; this narrows the window in which runs drawing on the same account at once can overspend.",
			},
		);
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
