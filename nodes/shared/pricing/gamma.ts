/**
 * Gamma credit estimates: cards × credits per card + AI images × credits per image.
 *
 * Rules (also stated in each estimate's `assumptions`):
 * - cards cost the entry's per-card range; a from-template generation adds
 *   `templateExtraPerCard` (1 credit) per card to the high end only;
 * - images cost only when Gamma generates them (`imageSource` aiGenerated, the default); by
 *   default there is one per card;
 * - a known `imageModel` gives its exact price (a disputed one its range), else `imageTier`
 *   gives the tier's range, else the range spans every tier;
 * - `expected` is the midpoint of `min` and `max`.
 */
import { resolvePricingEntry } from './catalog';
import { GAMMA_IMAGE_SOURCES, GAMMA_PRICING } from './data/gammaPricing';
import type { GammaImageTier, GammaPrices } from './data/gammaPricing';
import { PricingInputError } from './errors';
import { applyGammaOverrides, knownGammaModels } from './gammaOverrides';
import { formatRange, midpoint, readChoice, readNumber, readString, roundCredits } from './numbers';
import { overridesAssumption, versionLabel } from './overrides';
import type { BreakdownLine, CreditEstimate, CreditRange, EstimateOptions } from './types';

export type GammaGenerationType = 'standard' | 'fromTemplate';
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
	/** `standard` (POST /generations, default) or `fromTemplate` (POST /generations/from-template). */
	generationType?: GammaGenerationType;
}

/** numCards: Gamma's API default is 10, its maximum 60 (Pro/Teams/Business) or 75 (Ultra). */
export const GAMMA_LIMITS = { numCardsMin: 1, numCardsMax: 75, numCardsDefault: 10 } as const;

interface PricedImage {
	label: string;
	range: CreditRange;
	assumptions: string[];
	/** The tier that priced the images, when a tier did. */
	tierId?: string;
}

function findTier(tiers: readonly GammaImageTier[], wanted: string): GammaImageTier | undefined {
	const lower = wanted.toLowerCase();
	return (
		tiers.find((tier) => tier.id === lower) ??
		tiers.find((tier) => (tier.alsoCalled ?? []).includes(lower))
	);
}

function tierPrice(tiers: readonly GammaImageTier[], wanted: string): PricedImage {
	const tier = findTier(tiers, wanted);
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

function modelPrice(prices: GammaPrices, model: string): CreditRange | undefined {
	const names = [model, model.toLowerCase()];
	for (const name of names) {
		const disputed = prices.disputedImageModels[name];
		if (disputed) return { min: disputed[0], max: disputed[1] };
		const exact = prices.imageModels[name];
		if (exact !== undefined) return { min: exact, max: exact };
	}
	return undefined;
}

function priceImages(
	prices: GammaPrices,
	versionId: string,
	imageModel: string | undefined,
	imageTier: string | undefined,
): PricedImage {
	if (imageModel !== undefined) {
		const range = modelPrice(prices, imageModel);
		if (range) {
			const assumptions =
				range.min === range.max
					? [`Image model ${imageModel}: ${range.min} credits per image.`]
					: [
							`Image model ${imageModel}: sources disagree on its price (${range.min} or ${range.max} credits per image); the estimate spans both.`,
						];
			return { label: `AI images (${imageModel})`, range, assumptions };
		}
		if (imageTier !== undefined) {
			const tier = tierPrice(prices.imageTiers, imageTier);
			tier.assumptions.unshift(
				`Image model ${imageModel} has no price in ${versionId}: priced by the ${imageTier} tier instead.`,
			);
			return tier;
		}
		const hasModels = knownGammaModels(prices).length > 0;
		throw new PricingInputError(
			'imageModel',
			hasModels
				? `Unknown imageModel ${JSON.stringify(imageModel)} in ${versionId}: pick a listed model, ` +
					`give an imageTier (${prices.imageTiers.map((t) => t.id).join(', ')}), or add its price ` +
					`with the overrides {"newImageModels": {"${imageModel}": <credits>}}.`
				: `${versionId} has no per-model image prices (its source gives tiers only): pick an ` +
					`imageTier (${prices.imageTiers.map((t) => t.id).join(', ')}) or use the ` +
					`gamma-2026 pricing.`,
		);
	}
	if (imageTier !== undefined) return tierPrice(prices.imageTiers, imageTier);
	const min = Math.min(...prices.imageTiers.map((tier) => tier.min));
	const max = Math.max(...prices.imageTiers.map((tier) => tier.max));
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

	const cardsGiven = ![undefined, null, ''].includes(source.numCards as unknown as string);
	const numCards = readNumber(
		source.numCards,
		'numCards',
		{ integer: true, min: GAMMA_LIMITS.numCardsMin, max: GAMMA_LIMITS.numCardsMax },
		GAMMA_LIMITS.numCardsDefault,
	);
	const generationType = readChoice<GammaGenerationType>(
		source.generationType,
		'generationType',
		['standard', 'fromTemplate'],
		'standard',
	);
	const imageSource = readChoice<GammaImageSource>(
		source.imageSource,
		'imageSource',
		GAMMA_IMAGE_SOURCES,
		'aiGenerated',
	);
	const aiImages = imageSource === 'aiGenerated';
	const askedImages = readNumber(source.numImages, 'numImages', { integer: true, min: 0 }, -1);
	const numImages = aiImages ? (askedImages < 0 ? numCards : askedImages) : 0;
	const imageModel = readString(source.imageModel, 'imageModel');
	const imageTier = readString(source.imageTier, 'imageTier');

	const assumptions: string[] = [];
	const breakdown: BreakdownLine[] = [];

	if (!cardsGiven) assumptions.push(`numCards not given: Gamma's default of ${numCards} cards.`);
	const fromTemplate = generationType === 'fromTemplate';
	const cardMin = prices.creditsPerCard.min;
	const cardMax = prices.creditsPerCard.max + (fromTemplate ? prices.templateExtraPerCard : 0);
	breakdown.push({
		label: fromTemplate ? 'Cards (from template)' : 'Cards',
		quantity: numCards,
		unitMin: cardMin,
		unitMax: cardMax,
		min: roundCredits(numCards * cardMin),
		max: roundCredits(numCards * cardMax),
	});
	assumptions.push(
		`Cards: ${formatRange(prices.creditsPerCard.min, prices.creditsPerCard.max)} credits per card (varies with the text model Gamma picks internally).`,
	);
	if (fromTemplate) {
		assumptions.push(
			`Template-based generations may cost slightly more per card: the high end adds ${prices.templateExtraPerCard} credit(s) per card (${formatRange(cardMin, cardMax)} per card).`,
		);
	}

	if (!aiImages) {
		assumptions.push(
			`Image source ${imageSource} does not generate AI images: no image credits${
				askedImages > 0 ? ` (numImages ${askedImages} ignored)` : ''
			}.`,
		);
	} else if (askedImages < 0) {
		assumptions.push(`numImages not given: one AI image per card (${numImages}).`);
	}
	if (numImages > 0) {
		const image = priceImages(prices, entry.id, imageModel, imageTier);
		breakdown.push({
			label: image.label,
			quantity: numImages,
			unitMin: image.range.min,
			unitMax: image.range.max,
			min: roundCredits(numImages * image.range.min),
			max: roundCredits(numImages * image.range.max),
		});
		assumptions.push(...image.assumptions);
		if (entry.id === 'gamma-2025' && image.tierId === 'premium') {
			assumptions.push(
				'Seed 000 illustrates "20 cards + 15 premium images ≈ 320–1070 credits", but its own table ' +
					'(1–5 credits/card, 20–70 credits/image) gives 320–1150 (1070 = 20 × 1 + 15 × 70): ' +
					'this estimate follows the table.',
			);
		}
	}

	const min = roundCredits(breakdown.reduce((sum, line) => sum + line.min, 0));
	const max = roundCredits(breakdown.reduce((sum, line) => sum + line.max, 0));
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
