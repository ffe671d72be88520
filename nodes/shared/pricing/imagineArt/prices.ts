/**
 * ImagineArt pricing entries. Per-model image prices live in `models.ts`; this file
 * dates them and holds the numbers the estimator needs besides them. Add a new dated entry when
 * ImagineArt changes its prices; the newest is the default.
 */
import type { PricingEntry } from '../core/types';
import { IMAGINE_ART_API_STYLES_2026, type ImagineArtApiStyle } from './apiStyles';
import { IMAGINE_ART_IMAGE_MODELS_2026, type ImagineArtImageModelPrice } from './models';
import { IMAGINE_ART_VIDEO_MODELS_2026, type ImagineArtVideoModel } from './videoModels';

export interface ImagineArtPrices {
	/** Credits per image by model id (resolution variants where the model has them). */
	imageModels: Readonly<Record<string, ImagineArtImageModelPrice>>;
	/** Image resolutions, smallest first; a single model price is the cost at the first. */
	imageResolutions: readonly string[];
	/**
	 * A single-price model at a larger resolution costs more by a number the docs do not give:
	 * the estimate runs from its base to base × this factor. The factors are the largest
	 * resolution / 1K ratios of the per-resolution prices (Nano Banana 2: 73.5 / 49 = 1.5 at 2K,
	 * 98 / 49 = 2 at 4K; Nano Banana Pro: 80 / 80 = 1 and 160 / 80 = 2).
	 */
	resolutionMaxFactor: Readonly<Record<string, number>>;
	/** Video models (ids of ImagineArt's official n8n node), durations, resolutions, base costs. */
	videoModels: Readonly<Record<string, ImagineArtVideoModel>>;
	/** Developer-API styles and their API tokens per image (not app credits). */
	apiStyles: Readonly<Record<string, ImagineArtApiStyle>>;
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
		label: 'ImagineArt 2026: per-model image credits, developer-API tokens per style',
		effectiveDate: '2026-01-01',
		source:
			'ImagineArt docs, "Image Credits" (2026), https://docs.imagine.art/image-tools/image-credits; ' +
			'credit types, draw order and the monthly planning formula: ImagineArt docs, ' +
			'"Understanding Credits" (2026), https://docs.imagine.art/overview/understanding-credits; ' +
			'video settings that raise the cost: ImagineArt docs, "Video Credits" (2026), ' +
			'https://docs.imagine.art/video-tools/video-credits; developer-API tokens per style: ' +
			'ImagineArt docs, "API Call Billing and Token Usage", ' +
			'https://docs.imagine.art/getting-started/api-call-billing-and-token-usage; model ids, ' +
			"video durations and resolutions: ImagineArt's n8n node, " +
			'https://github.com/Vyro-ai/n8n-nodes-imagineart (transport/imageModels.ts, videoModels.ts)',
		prices: {
			imageModels: IMAGINE_ART_IMAGE_MODELS_2026,
			imageResolutions: ['1K', '2K', '4K'],
			resolutionMaxFactor: { '1K': 1, '2K': 1.5, '4K': 2 },
			videoModels: IMAGINE_ART_VIDEO_MODELS_2026,
			apiStyles: IMAGINE_ART_API_STYLES_2026,
			promptEnhancerMaxExtra: 2,
			monthlyPlan: { workingDays: 22, bufferMinPercent: 20, bufferMaxPercent: 30 },
		},
	},
];
