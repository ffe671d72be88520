/** What an ImagineArt estimate takes, and the parts each kind of estimate builds. */
import type { BreakdownLine } from '../core/types';

export type ImagineArtEstimateType = 'image' | 'video' | 'custom' | 'monthlyPlan';

export interface ImagineArtEstimateInput {
	/** What to estimate: one `image` request (default), a `video`, a `custom` cost, or a `monthlyPlan`. */
	estimateType?: ImagineArtEstimateType;
	/** Image model id (e.g. `flux-dev`, `nano-banana-pro`) or its label (`Flux Dev`). */
	model?: string;
	/** Resolution for models priced per resolution (`1K`, `2K`, `4K`); empty gives their range. */
	resolution?: string;
	/** Images, videos or custom generations: N cost N times (default 1). */
	count?: number;
	/** The prompt enhancer is on: adds a small cost per image or video (widens `max`). */
	promptEnhancer?: boolean;
	/** Video: credits for one video at the model's minimum duration (as ImagineArt shows it). */
	videoBaseCost?: number;
	/** Video: the model's minimum duration in seconds (default 5). */
	videoMinDuration?: number;
	/** Video: the duration wanted in seconds (default: the minimum duration). */
	videoDuration?: number;
	/** Custom: credits per generation, as ImagineArt shows it before you create. */
	customCost?: number;
	/** Video, custom or monthly plan: the model is a "Pro" model needing an active subscription. */
	requiresSubscription?: boolean;
	/** Monthly plan: images generated per working day (default 0). */
	imagesPerDay?: number;
	/** Monthly plan: credits per image (default: the price of `model` when given). */
	imageCost?: number;
	/** Monthly plan: videos generated per working day (default 0). */
	videosPerDay?: number;
	/** Monthly plan: credits per video. */
	videoCost?: number;
	/** Monthly plan: working days per month, 1–31 (default 22). */
	workingDays?: number;
	/** Monthly plan: low end of the buffer in percent (default 20). */
	bufferMinPercent?: number;
	/** Monthly plan: high end of the buffer in percent (default 30). */
	bufferMaxPercent?: number;
}

/** What each kind of ImagineArt estimate builds before it becomes a CreditEstimate. */
export interface ImagineArtEstimateParts {
	breakdown: BreakdownLine[];
	min: number;
	max: number;
	base?: number;
	requiresSubscription: boolean;
	assumptions: string[];
}
