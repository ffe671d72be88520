/** What an ImagineArt estimate takes, and the parts each kind of estimate builds. */
import type { BreakdownLine, EstimateUnit } from '../core/types';

export type ImagineArtEstimateType = 'image' | 'video' | 'custom' | 'monthlyPlan' | 'developerApi';

export interface ImagineArtEstimateInput {
	/**
	 * What to estimate: one `image` request (default), a `video`, a `custom` cost, a `monthlyPlan`,
	 * or a `developerApi` job (in API tokens, not credits).
	 */
	estimateType?: ImagineArtEstimateType;
	/**
	 * Image model id (e.g. `flux-dev`, `nano-banana-pro`), its label (`Flux Dev`), or its id or
	 * name in ImagineArt's official n8n node (`imagine-art-2.0`, `xAI Grok Imagine`).
	 */
	model?: string;
	/**
	 * Image resolution (`1K`, `2K`, `4K`). Empty: the range of a model priced per resolution, the
	 * 1K base of the others; a single-price model at 2K or 4K gives a widened range.
	 */
	resolution?: string;
	/** Images, videos, custom generations or API calls: N cost N times (default 1). */
	count?: number;
	/** The prompt enhancer is on: adds a small cost per image or video (widens `max`). */
	promptEnhancer?: boolean;
	/**
	 * Video: the model's id in ImagineArt's official n8n node (`veo-3.1`, `kling-2.6-pro`…); it
	 * gives the minimum duration and checks duration and resolution. Empty: a custom model.
	 */
	videoModel?: string;
	/** Video: the output resolution (`720p`, `1080p`, `4k`…; default: the model's first). */
	videoResolution?: string;
	/**
	 * Video: credits for one video at the model's minimum duration and the chosen resolution, as
	 * ImagineArt's tooltip shows it. Required unless the model has a published base cost.
	 */
	videoBaseCost?: number;
	/** Video: the model's minimum duration in seconds (default 5; a `videoModel` gives its own). */
	videoMinDuration?: number;
	/** Video: the duration wanted in seconds, or `auto` where the model takes it (default: the minimum). */
	videoDuration?: number | string;
	/** Video: Generate Preview is on (preview frames before the final video add to the total). */
	videoPreview?: boolean;
	/** Video: the credits the preview adds per video, as ImagineArt shows them (needed with a preview). */
	videoPreviewCost?: number;
	/** Developer API: the style of the Text to Image API (`imagine-turbo`, `flux-dev`…). */
	style?: string;
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
	/** What min and max count: app credits unless said otherwise. */
	unit?: EstimateUnit;
}
