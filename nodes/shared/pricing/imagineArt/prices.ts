/**
 * ImagineArt pricing entries. Per-model image prices live in `models.ts`; this file
 * dates them and holds the numbers the estimator needs besides them. Add a new dated entry when
 * ImagineArt changes its prices; the newest is the default.
 */
import type { PricingEntry } from '../core/types';
import { IMAGINE_ART_IMAGE_MODELS_2026, type ImagineArtImageModelPrice } from './models';

export interface ImagineArtPrices {
	/** Credits per image by model id (resolution variants where the model has them). */
	imageModels: Readonly<Record<string, ImagineArtImageModelPrice>>;
	/**
	 * The prompt enhancer "adds a small credit cost" (docs.imagine.art) with no number given:
	 * the estimate assumes at most this many extra credits per image or video.
	 */
	promptEnhancerMaxExtra: number;
	/**
	 * Monthly plan defaults: working days and the 20–30 % buffer (ImagineArt docs,
	 * "Understanding Credits" (2026), "Estimating your credit needs",
	 * https://docs.imagine.art/overview/understanding-credits).
	 */
	monthlyPlan: { workingDays: number; bufferMinPercent: number; bufferMaxPercent: number };
}

/**
 * Free credits every account without a subscription gets each day (ImagineArt docs,
 * "Understanding Credits" (2026), https://docs.imagine.art/overview/understanding-credits).
 */
export const IMAGINE_ART_FREE_CREDITS_PER_DAY = 100;

export const IMAGINE_ART_PRICING: ReadonlyArray<PricingEntry<ImagineArtPrices>> = [
	{
		id: 'imagineart-2026',
		label: 'ImagineArt 2026: per-model image credits',
		effectiveDate: '2026-01-01',
		source:
			'ImagineArt docs, "Image Credits" (2026), https://docs.imagine.art/image-tools/image-credits; ' +
			'credit types, draw order and the monthly planning formula: ImagineArt docs, ' +
			'"Understanding Credits" (2026), https://docs.imagine.art/overview/understanding-credits',
		prices: {
			imageModels: IMAGINE_ART_IMAGE_MODELS_2026,
			promptEnhancerMaxExtra: 2,
			monthlyPlan: { workingDays: 22, bufferMinPercent: 20, bufferMaxPercent: 30 },
		},
	},
];
