import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import {
	GAMMA_IMAGE_SOURCES,
	GAMMA_LIMITS,
	type GammaEstimateInput,
	estimateGamma,
} from '../../../shared/pricing';
import { readChoice } from '../../../shared/pricing/core/numbers';
import { gammaImageModelOptions, gammaImageTierOptions } from '../shared/pricedOptions';
import {
	estimateItems,
	estimateCreditsOption,
	pricingProperties,
	type ReadEstimateInput,
} from '../shared/estimateLoop';
import { forOperation } from '../shared/operation';
import { gammaImageSourceOptions } from './imageSources';

/** A valid Price Overrides value for this provider, shown as the field's example. */
export const PRICE_OVERRIDES_EXAMPLE = '{"imageModels": {"flux-1-quick": 3}}';

const properties: INodeProperties[] = [
	{
		displayName: 'Generation Type',
		name: 'generationType',
		type: 'options',
		options: [
			{ name: 'Standard', value: 'standard', description: 'POST /generations' },
			{
				name: 'From Template',
				value: 'fromTemplate',
				description: 'POST /generations/from-template: may cost slightly more per card',
			},
			{
				name: 'Gamma 5',
				value: 'gamma5',
				description: 'POST /agent/generations: Gamma publishes no price, priced like classic cards',
			},
		],
		default: 'standard',
	},
	{
		displayName: 'Number of Cards',
		name: 'numCards',
		type: 'number',
		typeOptions: { minValue: GAMMA_LIMITS.numCardsMin, maxValue: GAMMA_LIMITS.gamma5NumCardsMax },
		default: 10,
		description:
			'Slides, pages or posts in the deck (up to 75 on the classic engine, 100 on Gamma 5)',
	},
	{
		displayName: 'Image Source',
		name: 'imageSource',
		type: 'options',
		options: gammaImageSourceOptions,
		default: 'aiGenerated',
		description: 'Only AI-generated images cost image credits',
	},
	{
		displayName: 'Price Images By',
		name: 'imagePricedBy',
		type: 'options',
		options: [
			{ name: 'Image Model', value: 'model', description: 'The exact price of a model' },
			{ name: 'Model Tier', value: 'tier', description: 'The range of a tier of models' },
		],
		default: 'model',
		displayOptions: { show: { imageSource: ['aiGenerated'] } },
	},
	{
		displayName: 'Image Model',
		name: 'imageModel',
		type: 'options',
		options: gammaImageModelOptions().map(({ name, value }) => ({ name, value })),
		default: 'flux-1-quick',
		displayOptions: { show: { imageSource: ['aiGenerated'], imagePricedBy: ['model'] } },
		description: "Gamma's imageOptions.model, with its credits per image",
	},
	{
		displayName: 'Image Tier',
		name: 'imageTier',
		type: 'options',
		options: gammaImageTierOptions().map(({ name, value }) => ({ name, value })),
		default: 'standard',
		displayOptions: { show: { imageSource: ['aiGenerated'], imagePricedBy: ['tier'] } },
	},
	{
		displayName: 'Options',
		name: 'estimateOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Number of Images',
				name: 'numImages',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 10,
				description: 'AI images in the deck. Without this option: one per card.',
			},
		],
	},
	...pricingProperties('gamma', PRICE_OVERRIDES_EXAMPLE),
];

export const readGammaEstimateInput: ReadEstimateInput<GammaEstimateInput> = (read, itemIndex) => {
	// Read as the declared values here, as the estimate reads them: which fields to read follows.
	const imageSource = readChoice(
		read('imageSource', itemIndex, 'aiGenerated'),
		'imageSource',
		GAMMA_IMAGE_SOURCES,
		'aiGenerated',
	);
	const aiImages = imageSource === 'aiGenerated';
	const pricedBy = aiImages
		? readChoice(read('imagePricedBy', itemIndex, 'model'), 'imagePricedBy', ['model', 'tier'])
		: undefined;
	const options = read<unknown>('estimateOptions', itemIndex, {});
	const extra = (options && typeof options === 'object' ? options : {}) as { numImages?: number };
	return {
		generationType: read('generationType', itemIndex, 'standard'),
		numCards: read<number>('numCards', itemIndex, GAMMA_LIMITS.numCardsDefault),
		imageSource,
		numImages: extra.numImages,
		imageModel: pricedBy === 'model' ? read<string>('imageModel', itemIndex) : undefined,
		imageTier: pricedBy === 'tier' ? read<string>('imageTier', itemIndex) : undefined,
	};
};

export const option = estimateCreditsOption('gamma');

export const description = forOperation('gamma', 'estimateCredits', properties);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await estimateItems(this, items, readGammaEstimateInput, estimateGamma);
}
