/**
 * ImagineArt video estimate (ImagineArt docs, "Video Credits",
 * https://docs.imagine.art/video-tools/video-credits): a model's base cost is its price "at its
 * minimum duration"; duration, resolution, Generate Preview and the prompt enhancer raise it.
 * The docs give no rate for those, so: the duration scales the base linearly from the minimum;
 * the base is taken at the chosen resolution (the tooltip's number for it); a preview adds the
 * cost the user reads for it; the enhancer widens `max` (see `enhancer.ts`). A `videoModel` (an id
 * of ImagineArt's n8n node) gives the minimum duration and checks duration and resolution.
 */
import { line, sumLines } from '../core/breakdown';
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import { formatRange, isBlank, readNumber, readString, roundCredits } from '../core/numbers';
import type { BreakdownLine } from '../core/types';
import { enhancerLine } from './enhancer';
import type { ImagineArtEstimateInput, ImagineArtEstimateParts } from './input';
import { proAssumption } from './modelPrice';
import type { ImagineArtPrices } from './prices';
import type { ImagineArtVideoModel } from './videoModels';

const AUTO = 'auto';
const DURATION_RULE = { min: 1, max: 600 };

interface PickedModel {
	id: string;
	model: ImagineArtVideoModel;
	/** The durations it takes in seconds, shortest first (empty: not listed). */
	seconds: number[];
}

function pickModel(prices: ImagineArtPrices, input: ImagineArtEstimateInput) {
	const wanted = readString(input.videoModel, 'videoModel');
	if (wanted === undefined) return undefined;
	const ids = Object.keys(prices.videoModels);
	const lower = wanted.toLowerCase();
	const id =
		matchKey(ids, wanted) ??
		ids.find((key) => prices.videoModels[key].label.toLowerCase() === lower);
	if (id === undefined) {
		throw new PricingInputError(
			'videoModel',
			`Unknown ImagineArt video model ${JSON.stringify(wanted)}: use one of ${ids.join(', ')} (the ids of ImagineArt's n8n node), or leave it empty and enter the base cost and minimum duration.`,
		);
	}
	const model = prices.videoModels[id];
	const seconds = model.durations
		.filter((d) => d !== AUTO)
		.map(Number)
		.sort((a, b) => a - b);
	return { id, model, seconds } satisfies PickedModel;
}

function readMinDuration(
	input: ImagineArtEstimateInput,
	picked: PickedModel | undefined,
	assumptions: string[],
): number {
	const entered = isBlank(input.videoMinDuration)
		? undefined
		: readNumber(input.videoMinDuration, 'videoMinDuration', DURATION_RULE);
	if (!picked || picked.seconds.length === 0) return entered ?? 5;
	const shortest = picked.seconds[0];
	if (entered !== undefined && entered !== shortest) {
		assumptions.push(
			`videoMinDuration ${entered} s not used: ${picked.model.label}'s shortest video is ${shortest} s (ImagineArt's n8n node).`,
		);
	}
	return shortest;
}

/** The billed duration range: one duration, or the model's shortest to longest for `auto`. */
function readDuration(
	input: ImagineArtEstimateInput,
	picked: PickedModel | undefined,
	minDuration: number,
): { min: number; max: number } {
	const raw = input.videoDuration;
	if (typeof raw === 'string' && raw.trim().toLowerCase() === AUTO) {
		if (!picked?.model.durations.includes(AUTO)) {
			throw new PricingInputError(
				'videoDuration',
				`videoDuration "auto" is only for models that choose their own duration (${autoModels(picked)}); give seconds instead.`,
			);
		}
		return { min: picked.seconds[0], max: picked.seconds[picked.seconds.length - 1] };
	}
	const seconds = readNumber(raw, 'videoDuration', DURATION_RULE, minDuration);
	if (picked && picked.seconds.length > 0 && !picked.seconds.includes(seconds)) {
		throw new PricingInputError(
			'videoDuration',
			`videoDuration must be one of ${picked.model.durations.join(', ')} for ${picked.id} (got ${JSON.stringify(raw)}).`,
		);
	}
	const billed = Math.max(seconds, minDuration);
	return { min: billed, max: billed };
}

function autoModels(picked: PickedModel | undefined): string {
	return picked ? `not ${picked.id}` : 'pick a videoModel that takes it';
}

function readResolution(
	input: ImagineArtEstimateInput,
	picked: PickedModel | undefined,
	assumptions: string[],
): string | undefined {
	const wanted = readString(input.videoResolution, 'videoResolution');
	if (!picked) return wanted;
	const { id, model } = picked;
	if (model.resolutions.length === 0) {
		if (wanted !== undefined) {
			assumptions.push(
				`${model.label} takes no resolution setting: videoResolution ${wanted} not used.`,
			);
		}
		return undefined;
	}
	if (wanted === undefined) return model.resolutions[0];
	const match = matchKey(model.resolutions, wanted);
	if (!match) {
		throw new PricingInputError(
			'videoResolution',
			`videoResolution must be one of ${model.resolutions.join(', ')} for ${id} (got ${JSON.stringify(wanted)}).`,
		);
	}
	return match;
}

/** The base cost: the one entered, else the model's published base at the resolution. */
function readBaseCost(
	input: ImagineArtEstimateInput,
	picked: PickedModel | undefined,
	resolution: string | undefined,
	assumptions: string[],
): number {
	if (!isBlank(input.videoBaseCost) || !picked) {
		const base = readNumber(input.videoBaseCost, 'videoBaseCost', { min: 0 });
		assumptions.push(
			`Base cost ${base} credits as entered: the tooltip's cost at the minimum duration${
				resolution ? ` and ${resolution}` : ''
			}, so the resolution surcharge is in it ("higher resolutions increase cost", ImagineArt docs, "Video Credits").`,
		);
		return base;
	}
	const credits = picked.model.credits;
	const published = credits && (credits[resolution ?? ''] ?? credits.default);
	if (published === undefined) {
		throw new PricingInputError(
			'videoBaseCost',
			`No public ImagineArt price list gives the base cost of ${picked.model.label} (${picked.id})${
				resolution ? ` at ${resolution}` : ''
			}: enter videoBaseCost, the credits ImagineArt's tooltip in Video mode shows for it.`,
		);
	}
	return published;
}

export function buildVideo(
	input: ImagineArtEstimateInput,
	prices: ImagineArtPrices,
): ImagineArtEstimateParts {
	const assumptions: string[] = [];
	const picked = pickModel(prices, input);
	const minDuration = readMinDuration(input, picked, assumptions);
	const duration = readDuration(input, picked, minDuration);
	const resolution = readResolution(input, picked, assumptions);
	const baseCost = readBaseCost(input, picked, resolution, assumptions);
	const count = readNumber(input.count, 'count', { integer: true, min: 1 }, 1);
	const perVideo = {
		min: roundCredits((baseCost * duration.min) / minDuration),
		max: roundCredits((baseCost * duration.max) / minDuration),
	};
	const seconds = formatRange(duration.min, duration.max);
	assumptions.unshift(
		`Video: ${baseCost} credits at the minimum ${minDuration} s, scaled linearly with duration (${seconds} s → ${formatRange(perVideo.min, perVideo.max)} credits per video; ImagineArt says only that "longer videos cost more credits").`,
	);
	const rawSeconds = Number(input.videoDuration);
	if (Number.isFinite(rawSeconds) && rawSeconds < minDuration) {
		assumptions.push(`Duration ${rawSeconds} s is below the minimum: billed as ${minDuration} s.`);
	}
	if (duration.min !== duration.max) {
		assumptions.push(
			`Duration "auto": ${picked?.model.label} picks it, so the range spans its durations (${seconds} s).`,
		);
	}
	const what = picked ? ` (${[picked.model.label, resolution].filter(Boolean).join(', ')})` : '';
	const breakdown: BreakdownLine[] = [line(`Video ${seconds} s${what}`, count, perVideo)];
	if (input.videoPreview === true) {
		const previewCost = readNumber(input.videoPreviewCost, 'videoPreviewCost', { min: 0 });
		breakdown.push(line('Generate Preview', count, { min: previewCost, max: previewCost }));
		assumptions.push(
			`Generate Preview: ${previewCost} credits per video as entered (preview frames "adding to the total", ImagineArt docs, "Video Credits"; no number is published).`,
		);
	}
	if (input.promptEnhancer === true) breakdown.push(enhancerLine(prices, count, assumptions));
	const requiresSubscription = input.requiresSubscription === true;
	if (requiresSubscription) assumptions.push(proAssumption('This video model'));
	return {
		breakdown,
		min: sumLines(breakdown, 'min'),
		max: sumLines(breakdown, 'max'),
		requiresSubscription,
		assumptions,
	};
}
