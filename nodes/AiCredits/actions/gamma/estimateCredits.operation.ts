import type { INodeProperties } from 'n8n-workflow';
import {
	GAMMA_IMAGE_SOURCES,
	GAMMA_LIMITS,
	gammaImageModelOptions,
	gammaImageTierOptions,
	type GammaEstimateInput,
} from '../../../shared/pricing';
import { pricingProperties, type ReadEstimateInput } from '../shared/estimateLoop';

const show = { resource: ['gamma'], operation: ['estimateCredits'] };

const IMAGE_SOURCE_NAMES: Record<string, string> = {
	aiGenerated: 'AI Generated',
	pictographic: 'Pictographic',
	pexels: 'Pexels',
	giphy: 'Giphy',
	webAllImages: 'Web: All Images',
	webFreeToUse: 'Web: Free to Use',
	webFreeToUseCommercially: 'Web: Free to Use Commercially',
	placeholder: 'Placeholder',
	themeAccent: 'Theme Accent',
	noImages: 'No Images',
};

export const gammaEstimateDescription: INodeProperties[] = [
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
		],
		default: 'standard',
		displayOptions: { show },
	},
	{
		displayName: 'Number of Cards',
		name: 'numCards',
		type: 'number',
		typeOptions: { minValue: GAMMA_LIMITS.numCardsMin, maxValue: GAMMA_LIMITS.numCardsMax },
		default: 10,
		displayOptions: { show },
		description: 'Slides, pages or posts in the deck',
	},
	{
		displayName: 'Image Source',
		name: 'imageSource',
		type: 'options',
		options: GAMMA_IMAGE_SOURCES.map((value) => ({
			name: IMAGE_SOURCE_NAMES[value] ?? value,
			value,
		})),
		default: 'aiGenerated',
		displayOptions: { show },
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
		displayOptions: { show: { ...show, imageSource: ['aiGenerated'] } },
	},
	{
		displayName: 'Image Model',
		name: 'imageModel',
		type: 'options',
		options: gammaImageModelOptions().map(({ name, value }) => ({ name, value })),
		default: 'flux-1-quick',
		displayOptions: { show: { ...show, imageSource: ['aiGenerated'], imagePricedBy: ['model'] } },
		description: "Gamma's imageOptions.model, with its credits per image",
	},
	{
		displayName: 'Image Tier',
		name: 'imageTier',
		type: 'options',
		options: gammaImageTierOptions().map(({ name, value }) => ({ name, value })),
		default: 'standard',
		displayOptions: { show: { ...show, imageSource: ['aiGenerated'], imagePricedBy: ['tier'] } },
	},
	{
		displayName: 'Options',
		name: 'estimateOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show },
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
	...pricingProperties('gamma'),
];

export const readGammaEstimateInput: ReadEstimateInput<GammaEstimateInput> = (read, itemIndex) => {
	const imageSource = read<GammaEstimateInput['imageSource']>(
		'imageSource',
		itemIndex,
		'aiGenerated',
	);
	const aiImages = imageSource === 'aiGenerated';
	const pricedBy = aiImages ? read<string>('imagePricedBy', itemIndex, 'model') : undefined;
	const extra = read<{ numImages?: number }>('estimateOptions', itemIndex, {});
	return {
		generationType: read('generationType', itemIndex, 'standard'),
		numCards: read<number>('numCards', itemIndex, GAMMA_LIMITS.numCardsDefault),
		imageSource,
		numImages: extra.numImages,
		imageModel: pricedBy === 'model' ? read<string>('imageModel', itemIndex) : undefined,
		imageTier: pricedBy === 'tier' ? read<string>('imageTier', itemIndex) : undefined,
	};
};
