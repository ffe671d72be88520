/**
 * ImagineArt pricing entries. Per-model image prices live in `imagineArtModels.ts`; this file
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
	/** Monthly plan defaults (seed 004): working days and the 20–30 % buffer. */
	monthlyPlan: { workingDays: number; bufferMinPercent: number; bufferMaxPercent: number };
}

/** Free credits every account without a subscription gets each day (seed 004). */
export const IMAGINE_ART_FREE_CREDITS_PER_DAY = 100;

export const IMAGINE_ART_PRICING: ReadonlyArray<PricingEntry<ImagineArtPrices>> = [
	{
		id: 'imagineart-2026',
		label: 'ImagineArt 2026: per-model image credits',
		effectiveDate: '2026-01-01',
		source:
			'docs.imagine.art "Image Credit Consumption" (API-FACTS.md); credit types, draw order and the ' +
			'monthly planning formula: seeds/004_d1ac8595cbee91d8.txt',
		prices: {
			imageModels: IMAGINE_ART_IMAGE_MODELS_2026,
			promptEnhancerMaxExtra: 2,
			monthlyPlan: { workingDays: 22, bufferMinPercent: 20, bufferMaxPercent: 30 },
		},
	},
];
