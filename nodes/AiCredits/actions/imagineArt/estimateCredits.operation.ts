import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import {
	type ImagineArtEstimateInput,
	type ImagineArtEstimateType,
	estimateImagineArt,
} from '../../../shared/pricing';
import { readChoice } from '../../../shared/pricing/core/numbers';
import {
	imagineArtApiStyleOptions,
	imagineArtModelOptions,
	imagineArtResolutionOptions,
	imagineArtUnpricedModelOptions,
	imagineArtVideoModelOptions,
	imagineArtVideoResolutionOptions,
} from '../shared/pricedOptions';
import {
	estimateItems,
	estimateCreditsOption,
	pricingProperties,
	type ReadEstimateInput,
} from '../shared/estimateLoop';
import { forOperation } from '../shared/operation';

const forTypes = (...estimateType: ImagineArtEstimateType[]) => ({
	show: { estimateType },
});

const number = (
	displayName: string,
	name: string,
	defaultValue: number,
	types: ImagineArtEstimateType[],
	description: string,
	minValue = 0,
): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue },
	default: defaultValue,
	displayOptions: forTypes(...types),
	description,
});

/** A valid Price Overrides value for this provider, shown as the field's example. */
export const PRICE_OVERRIDES_EXAMPLE = '{"models": {"flux-dev": 6}}';

const properties: INodeProperties[] = [
	{
		displayName: 'Estimate',
		name: 'estimateType',
		type: 'options',
		options: [
			{ name: 'Custom Cost', value: 'custom', description: 'A cost you read in ImagineArt' },
			{
				name: 'Developer API Job (API Tokens)',
				value: 'developerApi',
				description:
					"Images from ImagineArt's developer API (vk- keys), in API tokens per style, not app credits",
			},
			{
				name: 'Image Generation',
				value: 'image',
				description: 'Images from a model of the price list',
			},
			{
				name: 'Monthly Plan',
				value: 'monthlyPlan',
				description: 'Credits a month needs, with a buffer, to choose a plan',
			},
			{
				name: 'Video Generation',
				value: 'video',
				description: 'A video from its model or base cost, duration, resolution and preview',
			},
		],
		default: 'image',
	},
	{
		displayName: 'Model',
		name: 'model',
		type: 'options',
		options: [
			...imagineArtModelOptions().map(({ name, value, officialId }) => ({
				name,
				value,
				...(officialId ? { description: `In ImagineArt's n8n node: ${officialId}` } : {}),
			})),
			...imagineArtUnpricedModelOptions(),
		],
		default: 'seedream-v4.5',
		displayOptions: forTypes('image'),
		description:
			"A model of ImagineArt's price list. An expression may also give the model ID of ImagineArt's own n8n node, e.g. imagine-art-2.0.",
	},
	{
		displayName: 'Resolution',
		name: 'resolution',
		type: 'options',
		options: [{ name: 'Any (Range of the Model)', value: '' }, ...imagineArtResolutionOptions()],
		default: '',
		displayOptions: forTypes('image'),
		description:
			'Nano Banana 2 and Pro are priced per resolution; for the other models the price is the 1K base, and 2K or 4K widen the range',
	},
	{
		displayName: 'Video Model',
		name: 'videoModel',
		type: 'options',
		options: [
			{ name: 'Custom (Enter Minimum Duration)', value: '' },
			...imagineArtVideoModelOptions(),
		],
		default: '',
		displayOptions: forTypes('video'),
		description:
			"A video model of ImagineArt's n8n node: it gives the minimum duration and checks duration and resolution",
	},
	{
		displayName: 'Video Resolution',
		name: 'videoResolution',
		type: 'options',
		options: [{ name: 'Default of the Model', value: '' }, ...imagineArtVideoResolutionOptions()],
		default: '',
		displayOptions: { show: { estimateType: ['video'] }, hide: { videoModel: [''] } },
		description: 'Higher resolutions cost more: enter the base cost ImagineArt shows for this one',
	},
	{
		displayName: 'Style',
		name: 'style',
		type: 'options',
		options: imagineArtApiStyleOptions(),
		default: 'imagine-turbo',
		displayOptions: forTypes('developerApi'),
		description:
			'The style of the Text to Image API, which sets its API tokens per image (ImagineArt docs, API Call Billing and Token Usage)',
	},
	number('Number of Videos', 'count', 1, ['video'], 'N videos cost N times', 1),
	number('Number of Images', 'count', 1, ['image', 'developerApi'], 'N images cost N times', 1),
	number('Number of Generations', 'count', 1, ['custom'], 'N generations cost N times', 1),
	number(
		'Base Cost',
		'videoBaseCost',
		100,
		['video'],
		"Credits for one video at the model's minimum duration and your resolution, as ImagineArt's tooltip in Video mode shows it",
	),
	{
		...number(
			'Minimum Duration (Seconds)',
			'videoMinDuration',
			5,
			['video'],
			"The model's shortest video",
			1,
		),
		displayOptions: { show: { estimateType: ['video'], videoModel: [''] } },
	},
	number(
		'Duration (Seconds)',
		'videoDuration',
		5,
		['video'],
		'Longer videos cost proportionally more',
		1,
	),
	number(
		'Credits per Generation',
		'customCost',
		0,
		['custom'],
		'The cost ImagineArt shows before you create',
	),
	{
		displayName: 'Generate Preview',
		name: 'videoPreview',
		type: 'boolean',
		default: false,
		displayOptions: forTypes('video'),
		description:
			'Whether Generate Preview is on (preview frames before the final video add to the total)',
	},
	{
		...number(
			'Preview Cost',
			'videoPreviewCost',
			0,
			['video'],
			'Credits the preview adds per video, as ImagineArt shows them (no number is published)',
		),
		displayOptions: { show: { estimateType: ['video'], videoPreview: [true] } },
	},
	{
		displayName: 'Prompt Enhancer',
		name: 'promptEnhancer',
		type: 'boolean',
		default: false,
		displayOptions: forTypes('image', 'video'),
		description: 'Whether the prompt enhancer is on (it adds a small cost)',
	},
	{
		displayName: 'Needs Subscription (Pro Model)',
		name: 'requiresSubscription',
		type: 'boolean',
		default: false,
		displayOptions: forTypes('video', 'custom', 'monthlyPlan'),
		description: 'Whether the model is a Pro model, which free daily credits cannot pay for',
	},
	number('Images per Day', 'imagesPerDay', 0, ['monthlyPlan'], 'Images generated on a working day'),
	number('Credits per Image', 'imageCost', 24, ['monthlyPlan'], 'For example 24 for Seedream v4.5'),
	number('Videos per Day', 'videosPerDay', 0, ['monthlyPlan'], 'Videos generated on a working day'),
	number('Credits per Video', 'videoCost', 210, ['monthlyPlan'], 'What one video costs you'),
	number(
		'Working Days per Month',
		'workingDays',
		22,
		['monthlyPlan'],
		'Days a month you generate',
		1,
	),
	number(
		'Buffer Minimum (%)',
		'bufferMinPercent',
		20,
		['monthlyPlan'],
		'Low end of the safety buffer',
	),
	number(
		'Buffer Maximum (%)',
		'bufferMaxPercent',
		30,
		['monthlyPlan'],
		'High end of the safety buffer',
	),
	...pricingProperties('imagineArt', PRICE_OVERRIDES_EXAMPLE),
];

const FIELDS_BY_TYPE: Record<ImagineArtEstimateType, Array<keyof ImagineArtEstimateInput>> = {
	image: ['model', 'resolution', 'count', 'promptEnhancer'],
	video: [
		'count',
		'videoModel',
		'videoResolution',
		'videoBaseCost',
		'videoMinDuration',
		'videoDuration',
		'videoPreview',
		'videoPreviewCost',
		'promptEnhancer',
		'requiresSubscription',
	],
	custom: ['count', 'customCost', 'requiresSubscription'],
	developerApi: ['style', 'count'],
	monthlyPlan: [
		'imagesPerDay',
		'imageCost',
		'videosPerDay',
		'videoCost',
		'workingDays',
		'bufferMinPercent',
		'bufferMaxPercent',
		'requiresSubscription',
	],
};

const ESTIMATE_TYPES = Object.keys(FIELDS_BY_TYPE) as ImagineArtEstimateType[];

export const readImagineArtEstimateInput: ReadEstimateInput<ImagineArtEstimateInput> = (
	read,
	itemIndex,
) => {
	const estimateType = readChoice(
		read('estimateType', itemIndex, 'image'),
		'estimateType',
		ESTIMATE_TYPES,
		'image',
	);
	const input: Record<string, unknown> = { estimateType };
	for (const field of FIELDS_BY_TYPE[estimateType]) {
		const value = read<unknown>(field, itemIndex, undefined);
		if (value !== '' && value !== undefined) input[field] = value;
	}
	// The field is hidden once a video model is picked: the model gives its own minimum.
	if (input.videoModel !== undefined) delete input.videoMinDuration;
	return input as ImagineArtEstimateInput;
};

export const option = estimateCreditsOption('imagineArt');

export const description = forOperation('imagineArt', 'estimateCredits', properties);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await estimateItems(this, items, readImagineArtEstimateInput, estimateImagineArt);
}
