/**
 * Gamma credit estimates: cards × credits per card + AI images × credits per image.
 *
 * Rules (also stated in each estimate's `assumptions`):
 * - cards cost the entry's per-card range; a from-template generation adds
 *   `templateExtraPerCard` (1 credit) per card to the high end only;
 * - images cost only when Gamma generates them (`imageSource` aiGenerated, the default); by
 *   default there is one per card;
 * - a known `imageModel` gives its exact price (a disputed one its range), else `imageTier`
 *   gives the tier's range, else the range spans every tier; an unknown model or tier is an
 *   error even when no image is generated;
 * - the entry's `notes` (where its source's own examples disagree with its table) are added;
 * - `expected` is the midpoint of `min` and `max`.
 */
import { line, sumLines } from '../core/breakdown';
import { resolvePricingEntry } from '../core/catalog';
import { GAMMA_IMAGE_SOURCES, GAMMA_PRICING } from './prices';
import type { GammaImageTier, GammaPrices } from './prices';
import { PricingInputError } from '../core/errors';
import { findGammaModel, findGammaTier } from './names';
import { applyGammaOverrides } from './overrides';
import {
	formatRange,
	isBlank,
	midpoint,
	readChoice,
	readNumber,
	readString,
	roundCredits,
} from '../core/numbers';
import { overridesAssumption, versionLabel } from '../core/overrides';
import type { BreakdownLine, CreditEstimate, CreditRange, EstimateOptions } from '../core/types';

export type GammaGenerationType = 'standard' | 'fromTemplate' | 'gamma5';
export type GammaImageSource = (typeof GAMMA_IMAGE_SOURCES)[number];

export interface GammaEstimateInput {
	/** Cards (slides, pages, posts) in the generation: a whole number from 1 to 75 (default 10, as Gamma). */
	numCards?: number;
	/**
	 * AI images to generate. Default: one per card when `imageSource` is `aiGenerated`, 0 for
	 * any other source (found images cost no image credits).
	 */
	numImages?: number;
	/** Gamma's `imageOptions.source`; default `aiGenerated`. */
	imageSource?: GammaImageSource;
	/** Gamma's `imageOptions.model`, e.g. `flux-1-quick`: priced exactly when the entry lists it. */
	imageModel?: string;
	/** Image tier (`standard`/`basic`, `advanced`, `premium`, `ultra`) when no model is known. */
	imageTier?: string;
	/**
	 * `standard` (POST /generations, default), `fromTemplate` (POST /generations/from-template) or
	 * `gamma5` (POST /agent/generations, whose price Gamma does not publish).
	 */
	generationType?: GammaGenerationType;
}

/**
 * numCards: Gamma's API default is 10, its maximum 60 (Pro/Teams/Business) or 75 (Ultra) on the
 * classic engine and 100 on Gamma 5 (https://developers.gamma.app/agent-gamma-5/create-agent-generation).
 */
export const GAMMA_LIMITS = {
	numCardsMin: 1,
	numCardsMax: 75,
	gamma5NumCardsMax: 100,
	numCardsDefault: 10,
} as const;

interface PricedImage {
	label: string;
	range: CreditRange;
	assumptions: string[];
	/** The tier that priced the images, when a tier did. */
	tierId?: string;
}

function tierPrice(tiers: readonly GammaImageTier[], wanted: string): PricedImage {
	const tier = findGammaTier(tiers, wanted);
	if (!tier) {
		throw new PricingInputError(
			'imageTier',
			`Unknown imageTier ${JSON.stringify(wanted)}: use one of ${tiers
				.map((t) => t.id)
				.join(', ')}.`,
		);
	}
	const assumptions = [
		`Image tier ${tier.label}: ${formatRange(tier.min, tier.max)} credits per image (the exact price depends on the model Gamma uses).`,
	];
	if (tier.id !== wanted.toLowerCase()) {
		assumptions.push(`Image tier "${wanted}" is called "${tier.id}" in this pricing entry.`);
	}
	return {
		label: `AI images (${tier.label} tier)`,
		range: { min: tier.min, max: tier.max },
		assumptions,
		tierId: tier.id,
	};
}

/** Price the images; also run for 0 images, so a misspelt model or tier is still an error. */
function priceImages(
	prices: GammaPrices,
	versionId: string,
	imageModel: string | undefined,
	imageTier: string | undefined,
): PricedImage {
	const tier = imageTier === undefined ? undefined : tierPrice(prices.imageTiers, imageTier);
	if (imageModel !== undefined) {
		const found = findGammaModel(prices, imageModel);
		if (found) {
			const { model, range } = found;
			const assumptions =
				range.min === range.max
					? [`Image model ${model}: ${range.min} credits per image.`]
					: [
							`Image model ${model}: sources disagree on its price (${range.min} or ${range.max} credits per image); the estimate spans both.`,
						];
			return { label: `AI images (${model})`, range, assumptions };
		}
		if (tier) {
			tier.assumptions.unshift(
				`Image model ${imageModel} has no price in ${versionId}: priced by the ${imageTier} tier instead.`,
			);
			return tier;
		}
		const tierIds = prices.imageTiers.map((t) => t.id).join(', ');
		throw new PricingInputError(
			'imageModel',
			Object.keys(prices.imageModels).length > 0
				? `Unknown imageModel ${JSON.stringify(imageModel)} in ${versionId}: pick a listed model, ` +
					`give an imageTier (${tierIds}), or add its price ` +
					`with the overrides {"newImageModels": {"${imageModel}": <credits>}}.`
				: `${versionId} has no per-model image prices (its source gives tiers only): pick an ` +
					`imageTier (${tierIds}) or use the gamma-2026 pricing.`,
		);
	}
	if (tier) return tier;
	const min = Math.min(...prices.imageTiers.map((t) => t.min));
	const max = Math.max(...prices.imageTiers.map((t) => t.max));
	return {
		label: 'AI images (any model)',
		range: { min, max },
		assumptions: [
			`No image model or tier given: the range spans every tier (${formatRange(min, max)} credits per image); pick a model or tier to narrow it.`,
		],
	};
}

/** Estimate the credits of one Gamma generation. */
export function estimateGamma(
	input: GammaEstimateInput,
	options: EstimateOptions = {},
): CreditEstimate {
	const entry = resolvePricingEntry(GAMMA_PRICING, options.pricingVersion);
	const { prices, applied } = applyGammaOverrides(entry.prices, options.overrides);
	const source = input ?? ({} as GammaEstimateInput);

	const generationType = readChoice<GammaGenerationType>(
		source.generationType,
		'generationType',
		['standard', 'fromTemplate', 'gamma5'],
		'standard',
	);
	const gamma5 = generationType === 'gamma5';
	const numCards = readNumber(
		source.numCards,
		'numCards',
		{
			integer: true,
			min: GAMMA_LIMITS.numCardsMin,
			max: gamma5 ? GAMMA_LIMITS.gamma5NumCardsMax : GAMMA_LIMITS.numCardsMax,
		},
		GAMMA_LIMITS.numCardsDefault,
	);
	const imageSource = readChoice<GammaImageSource>(
		source.imageSource,
		'imageSource',
		GAMMA_IMAGE_SOURCES,
		'aiGenerated',
	);
	const aiImages = imageSource === 'aiGenerated';
	const imagesGiven = !isBlank(source.numImages);
	const askedImages = readNumber(source.numImages, 'numImages', { integer: true, min: 0 }, 0);
	const numImages = !aiImages ? 0 : imagesGiven ? askedImages : numCards;
	const image = priceImages(
		prices,
		entry.id,
		readString(source.imageModel, 'imageModel'),
		readString(source.imageTier, 'imageTier'),
	);

	const assumptions: string[] = [];
	if (isBlank(source.numCards)) {
		assumptions.push(`numCards not given: Gamma's default of ${numCards} cards.`);
	}
	const fromTemplate = generationType === 'fromTemplate';
	const perCard = {
		min: prices.creditsPerCard.min,
		max: prices.creditsPerCard.max + (fromTemplate ? prices.templateExtraPerCard : 0),
	};
	const cardsLabel = fromTemplate ? 'Cards (from template)' : gamma5 ? 'Cards (Gamma 5)' : 'Cards';
	const breakdown: BreakdownLine[] = [line(cardsLabel, numCards, perCard)];
	assumptions.push(
		`Cards: ${formatRange(prices.creditsPerCard.min, prices.creditsPerCard.max)} credits per card (varies with the text model Gamma picks internally).`,
	);
	if (gamma5) {
		assumptions.push(
			'Gamma 5 (agent): Gamma publishes no price for it, so its cards are priced like classic cards (unconfirmed); its quality (lite, standard, max) and the images the agent chooses may change the charge. Compare with credits.deducted after a run.',
		);
	}
	if (fromTemplate) {
		assumptions.push(
			`Template-based generations may cost slightly more per card: the high end adds ${prices.templateExtraPerCard} credit(s) per card (${formatRange(perCard.min, perCard.max)} per card).`,
		);
	}

	if (!aiImages) {
		assumptions.push(
			`Image source ${imageSource} does not generate AI images: no image credits${
				askedImages > 0 ? ` (numImages ${askedImages} ignored)` : ''
			}.`,
		);
	} else if (!imagesGiven) {
		assumptions.push(`numImages not given: one AI image per card (${numImages}).`);
	}
	if (numImages > 0) {
		breakdown.push(line(image.label, numImages, image.range));
		assumptions.push(...image.assumptions);
	}
	const imageTierUsed = numImages > 0 ? image.tierId : undefined;
	for (const note of prices.notes) {
		if (!note.tiers || (imageTierUsed !== undefined && note.tiers.includes(imageTierUsed))) {
			assumptions.push(note.text);
		}
	}

	const min = sumLines(breakdown, 'min');
	const max = sumLines(breakdown, 'max');
	assumptions.push(
		'expected is the midpoint of min and max; Gamma reports the actual charge in credits.deducted when the generation completes.',
	);
	assumptions.push(...overridesAssumption(applied));

	return {
		provider: 'gamma',
		min,
		expected: roundCredits(midpoint(min, max)),
		max,
		unit: 'credits',
		breakdown,
		pricingVersion: versionLabel(entry.id, applied),
		assumptions,
	};
}
