import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { compact, folderId, locatorValue, sharingOptions } from './requestBody';

/** The `POST /v1.0/generations` body of one item; options left empty are not sent. */
export function readGenerateDeckBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const format = ctx.getNodeParameter('format', itemIndex) as string;
	const extra = ctx.getNodeParameter('additionalOptions', itemIndex, {}) as IDataObject;
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
		inputText: ctx.getNodeParameter('inputText', itemIndex),
		textMode: ctx.getNodeParameter('textMode', itemIndex),
		format,
		numCards: splitByBreaks ? undefined : ctx.getNodeParameter('numCards', itemIndex),
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
