import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { GAMMA_LIMITS } from '../../../shared/pricing';
import { concurrencyOf, runGenerations, startAndWait } from '../shared/generationRun';
import { forOperation } from '../shared/operation';
import {
	exportAsField,
	folderField,
	runOptionsField,
	sharingFields,
	themeField,
	ALLOW_AGENT_SPENDING,
	SPENDS_GAMMA_CREDITS,
	FORMATS,
	templateField,
	waitForCompletionField,
} from './generationFields';
import { locatorValue } from '../../../shared/fields/locatorValue';
import { compact, folderId, sharingOptions } from './requestBody';

export const option = {
	name: 'Generate With Gamma 5',
	value: 'generateWithGamma5',
	description:
		"Have Gamma's agent plan, write and design a presentation, document or social post, and wait for it",
	action: 'Generate a Gamma with Gamma 5',
};

const GAMMA5_FORMATS = FORMATS.filter((format) => format.value !== 'webpage').map((format) =>
	String(format.value),
);

export const description: INodeProperties[] = forOperation('gamma', 'generateWithGamma5', [
	SPENDS_GAMMA_CREDITS,
	ALLOW_AGENT_SPENDING,
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. A 10-card investor update for Q3 covering revenue, churn and roadmap',
		description: 'The brief: the agent plans, writes and designs from it',
	},
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		options: FORMATS.filter((format) => GAMMA5_FORMATS.includes(String(format.value))),
		default: 'presentation',
		description: 'Gamma 5 makes no webpages: use Generate Deck for one',
	},
	{
		displayName: 'Number of Cards',
		name: 'numCards',
		type: 'number',
		typeOptions: { minValue: GAMMA_LIMITS.numCardsMin, maxValue: GAMMA_LIMITS.gamma5NumCardsMax },
		default: 10,
		description:
			'A target the agent may miss by a card or two; your plan caps it (up to 100 on paid plans)',
	},
	{
		displayName: 'Quality',
		name: 'quality',
		type: 'options',
		options: [
			{ name: 'Workspace Default', value: '' },
			{ name: 'Lite', value: 'lite' },
			{ name: 'Standard', value: 'standard' },
			{ name: 'Max', value: 'max', description: 'Needs a plan that includes it' },
		],
		default: '',
	},
	waitForCompletionField('gamma'),
	{
		displayName: 'Additional Options',
		name: 'additionalOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Additional Instructions',
				name: 'additionalInstructions',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description:
					'Tone, audience, language or style, up to 5,000 characters (a guide, not a rule)',
			},
			{
				displayName: 'Disable Connectors',
				name: 'disableConnectors',
				type: 'boolean',
				default: false,
				description:
					"Whether to stop the agent reading the workspace's connectors (such as Notion or Slack) for this run",
			},
			{ ...exportAsField },
			{ ...folderField },
			{
				displayName: 'Source URLs',
				name: 'sourceUrls',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/q3-report, https://example.com/roadmap',
				description: 'Up to 10 http(s) pages for the agent to read, comma-separated',
			},
			templateField,
			{
				...themeField,
				description:
					"Gamma's official n8n node reports that Gamma 5 rejects a theme; if Gamma answers 400 for themeId, remove it",
			},
			...sharingFields,
		],
	},
	runOptionsField(true),
]);

function urls(text: unknown): string[] {
	return String(text ?? '')
		.split(/[,\s]+/)
		.map((url) => url.trim())
		.filter(Boolean);
}

/** The `POST /v1.0/agent/generations` body of one item; options left empty are not sent. */
export function readGamma5Body(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameters = createParameterReader(ctx);
	const extra = parameters.collection('additionalOptions', itemIndex);
	return compact({
		prompt: parameters.text('prompt', itemIndex),
		format: parameters.option('format', itemIndex, GAMMA5_FORMATS),
		numCards: parameters.number('numCards', itemIndex, {
			integer: true,
			min: GAMMA_LIMITS.numCardsMin,
			max: GAMMA_LIMITS.gamma5NumCardsMax,
		}),
		quality: parameters.option('quality', itemIndex, ['', 'lite', 'standard', 'max'], ''),
		sourceUrls: urls(extra.sourceUrls),
		templateId: locatorValue(extra.templateId),
		additionalInstructions: extra.additionalInstructions,
		disableConnectors: extra.disableConnectors === true ? true : undefined,
		themeId: locatorValue(extra.themeId),
		folderId: folderId(ctx, extra.folderId, itemIndex),
		exportAs: extra.exportAs,
		sharingOptions: sharingOptions(extra),
	});
}

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const step = startAndWait('agent', readGamma5Body);
	return await runGenerations(this, items, step, concurrencyOf);
}
