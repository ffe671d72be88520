import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { GAMMA_LIMITS } from '../../../shared/pricing';
import { FORMATS } from './generationFields';
import { locatorValue } from '../../../shared/fields/locatorValue';
import { compact, folderId, sharingOptions } from './requestBody';

const FORMAT_VALUES = FORMATS.map((format) => String(format.value));
const TEXT_MODES = ['generate', 'condense', 'preserve'];

/** The `POST /v1.0/generations` body of one item; options left empty are not sent. */
export function readGenerateDeckBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameters = createParameterReader(ctx);
	const format = parameters.option('format', itemIndex, FORMAT_VALUES);
	const extra = parameters.collection('additionalOptions', itemIndex);
	const elements = ((extra.headerFooter as IDataObject | undefined)?.elements ??
		[]) as IDataObject[];
	const headerFooter: IDataObject = {};
	for (const { position, ...element } of elements) {
		headerFooter[String(position)] = compact(element);
	}
	if (elements.length) {
		Object.assign(
			headerFooter,
			compact({
				hideFromFirstCard: extra.hideFromFirstCard,
				hideFromLastCard: extra.hideFromLastCard,
			}),
		);
	}
	// With input text breaks Gamma ignores numCards (one card per "\n---\n"), so it is not sent.
	const splitByBreaks = extra.cardSplit === 'inputTextBreaks';
	return compact({
		inputText: parameters.text('inputText', itemIndex),
		textMode: parameters.option('textMode', itemIndex, TEXT_MODES, 'generate'),
		format,
		numCards: splitByBreaks
			? undefined
			: parameters.number('numCards', itemIndex, {
					integer: true,
					min: GAMMA_LIMITS.numCardsMin,
					max: GAMMA_LIMITS.numCardsMax,
				}),
		cardSplit: extra.cardSplit,
		themeId: locatorValue(ctx.getNodeParameter('themeId', itemIndex, '')),
		additionalInstructions: extra.additionalInstructions,
		title: extra.title,
		folderId: folderId(ctx, extra.folderId, itemIndex),
		exportAs: extra.exportAs,
		textOptions: compact({
			amount: extra.textAmount,
			tone: extra.tone,
			audience: extra.audience,
			language: extra.language,
		}),
		imageOptions: compact({
			source: extra.imageSource,
			model: extra.imageModel,
			style: extra.imageStyle,
		}),
		cardOptions: compact({
			dimensions: extra[`${format}Dimensions`],
			headerFooter: compact(headerFooter),
		}),
		sharingOptions: sharingOptions(extra),
	});
}
