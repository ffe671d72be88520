import type { INodeProperties } from 'n8n-workflow';
import { GAMMA_LIMITS } from '../../../shared/pricing';
import {
	exportAsField,
	folderField,
	FORMATS,
	imageModelField,
	imageStyleField,
	runOptionsField,
	sharingFields,
	themeField,
	waitForCompletionField,
} from './generationFields';
import { headerFooterField } from './headerFooterField';
import { gammaImageSourceOptions } from './imageSources';
import { GAMMA_LANGUAGES } from './languages';

const DIMENSIONS: Record<string, string[]> = {
	presentation: ['fluid', '16x9', '4x3'],
	document: ['fluid', 'pageless', 'letter', 'a4'],
	social: ['1x1', '4x5', '9x16'],
};

/** `defaultSize` is the first size Gamma lists for the format. */
function dimensionsField(format: string, defaultSize: string): INodeProperties {
	return {
		displayName: 'Card Dimensions',
		name: `${format}Dimensions`,
		type: 'options',
		options: DIMENSIONS[format].map((value) => ({ name: value, value })),
		default: defaultSize,
		displayOptions: { show: { '/format': [format] } },
		description: `Card size for a ${format} (only the sizes Gamma accepts for this format)`,
	};
}

/** Generate Deck's fields, in the order the editor shows them. */
export const generateDeckProperties: INodeProperties[] = [
	{
		displayName: 'Input Text',
		name: 'inputText',
		type: 'string',
		typeOptions: { rows: 5 },
		required: true,
		default: '',
		description: 'The topic, notes or full text (up to 400,000 characters)',
		hint: 'With Additional Options › Card Split set to Input Text Breaks, each "\\n---\\n" (a line with only ---) starts a new card: join a list with it to get one card per entry',
	},
	{
		displayName: 'Text Mode',
		name: 'textMode',
		type: 'options',
		options: [
			{ name: 'Generate', value: 'generate', description: 'Write new content from a short prompt' },
			{ name: 'Condense', value: 'condense', description: 'Summarise long text' },
			{ name: 'Preserve', value: 'preserve', description: 'Keep the text as written' },
		],
		default: 'generate',
	},
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		options: FORMATS,
		default: 'presentation',
	},
	{
		displayName: 'Number of Cards',
		name: 'numCards',
		type: 'number',
		typeOptions: { minValue: GAMMA_LIMITS.numCardsMin, maxValue: GAMMA_LIMITS.numCardsMax },
		default: 10,
		description: 'Up to 60 on Pro, Teams and Business plans, 75 on Ultra',
		// Gamma ignores it when cards follow the input text's breaks.
		displayOptions: { hide: { '/additionalOptions.cardSplit': ['inputTextBreaks'] } },
	},
	themeField,
	waitForCompletionField('deck'),
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
				description: 'Extra guidance for Gamma, e.g. "Make the titles catchy"',
			},
			{
				displayName: 'Audience',
				name: 'audience',
				type: 'string',
				default: '',
				placeholder: 'e.g. outdoor enthusiasts',
			},
			{
				displayName: 'Card Split',
				name: 'cardSplit',
				type: 'options',
				options: [
					{ name: 'Auto', value: 'auto', description: 'Gamma splits into Number of Cards' },
					{
						name: 'Input Text Breaks',
						value: 'inputTextBreaks',
						description:
							'One card per "\\n---\\n" in Input Text; Number of Cards is ignored (and hidden)',
					},
				],
				default: 'auto',
			},
			dimensionsField('presentation', 'fluid'),
			dimensionsField('document', 'fluid'),
			dimensionsField('social', '1x1'),
			{ ...exportAsField },
			{ ...folderField },
			headerFooterField,
			{
				displayName: 'Hide Header and Footer on First Card',
				name: 'hideFromFirstCard',
				type: 'boolean',
				default: false,
			},
			{
				displayName: 'Hide Header and Footer on Last Card',
				name: 'hideFromLastCard',
				type: 'boolean',
				default: false,
			},
			{
				displayName: 'Image Source',
				name: 'imageSource',
				type: 'options',
				options: gammaImageSourceOptions,
				default: 'aiGenerated',
				description: 'Only AI-generated images cost image credits',
			},
			{ ...imageModelField },
			{ ...imageStyleField },
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: [...GAMMA_LANGUAGES],
				default: 'en',
				description: 'The language Gamma writes in (type to search the list)',
			},
			{
				displayName: 'Text Amount',
				name: 'textAmount',
				type: 'options',
				options: [
					{ name: 'Brief', value: 'brief' },
					{ name: 'Medium', value: 'medium' },
					{ name: 'Detailed', value: 'detailed' },
					{ name: 'Extensive', value: 'extensive' },
				],
				default: 'medium',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Tone',
				name: 'tone',
				type: 'string',
				default: '',
				placeholder: 'e.g. professional, inspiring',
			},
			...sharingFields,
		],
	},
	runOptionsField(true),
];
