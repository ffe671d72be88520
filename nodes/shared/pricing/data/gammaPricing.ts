/**
 * Gamma pricing entries. Edit a number here when Gamma changes a price; add a new entry (with
 * its own id, date and source) rather than rewriting an old one, so older workflows can keep
 * estimating with the prices they were built on. The newest `effectiveDate` is the default.
 *
 * All prices are in Gamma credits. A range is `{ min, max }`.
 */
import type { CreditRange, PricingEntry } from '../types';
import {
	GAMMA_IMAGE_MODEL_CREDITS_2026,
	GAMMA_IMAGE_MODEL_DISPUTED_2026,
} from './gammaImageModels';

export interface GammaImageTier {
	/** The value a user picks (`imageTier`). */
	id: string;
	label: string;
	/** Credits per image. */
	min: number;
	max: number;
	/** Other names the same tier goes by in another entry (e.g. 2025 "basic" = 2026 "standard"). */
	alsoCalled?: string[];
}

export interface GammaPrices {
	/** Credits per card (varies with the text model Gamma picks internally). */
	creditsPerCard: CreditRange;
	/**
	 * Template-based generations "may cost slightly more per card" (seeds 000, 001): the
	 * estimate adds this many credits per card to the high end.
	 */
	templateExtraPerCard: number;
	imageTiers: GammaImageTier[];
	/** Exact credits per image by `imageOptions.model`; empty when the source gives tiers only. */
	imageModels: Readonly<Record<string, number>>;
	/** Models whose sources disagree: priced as the range [low, high]. */
	disputedImageModels: Readonly<Record<string, readonly [number, number]>>;
}

export const GAMMA_PRICING: ReadonlyArray<PricingEntry<GammaPrices>> = [
	{
		// Seed 001 repeats seed 000's illustrative scenarios (20–60, 320–1070, 930–3900) unchanged;
		// they follow the 2025 table, not this one, so they are tested against gamma-2025.
		id: 'gamma-2026',
		label: 'Gamma 2026: 1–3 credits/card, image tiers and per-model prices',
		effectiveDate: '2026-01-01',
		source:
			'seeds/001_f8fb6ce3246b174e.txt (developers.gamma.app "Review access and pricing"); ' +
			'per-model image prices: Gamma docs as mirrored by its official n8n node (API-FACTS.md)',
		prices: {
			creditsPerCard: { min: 1, max: 3 },
			templateExtraPerCard: 1,
			imageTiers: [
				{ id: 'standard', label: 'Standard', min: 2, max: 15, alsoCalled: ['basic'] },
				{ id: 'advanced', label: 'Advanced', min: 20, max: 33 },
				{ id: 'premium', label: 'Premium', min: 34, max: 75 },
				{ id: 'ultra', label: 'Ultra', min: 30, max: 125 },
			],
			imageModels: GAMMA_IMAGE_MODEL_CREDITS_2026,
			disputedImageModels: GAMMA_IMAGE_MODEL_DISPUTED_2026,
		},
	},
	{
		id: 'gamma-2025',
		label: 'Gamma 2025: 1–5 credits/card, image tiers only',
		effectiveDate: '2025-01-01',
		source: 'seeds/000_93f9076e269d97b9.txt (developers.gamma.app "Access and Pricing")',
		prices: {
			creditsPerCard: { min: 1, max: 5 },
			templateExtraPerCard: 1,
			imageTiers: [
				{ id: 'basic', label: 'Basic', min: 2, max: 2, alsoCalled: ['standard'] },
				{ id: 'advanced', label: 'Advanced', min: 7, max: 20 },
				{ id: 'premium', label: 'Premium', min: 20, max: 70 },
				{ id: 'ultra', label: 'Ultra', min: 30, max: 125 },
			],
			imageModels: {},
			disputedImageModels: {},
		},
	},
];

/**
 * Image sources Gamma accepts (`imageOptions.source`). Only `aiGenerated` images cost image
 * credits; the others are found, not generated.
 */
export const GAMMA_IMAGE_SOURCES = [
	'aiGenerated',
	'pictographic',
	'pexels',
	'giphy',
	'webAllImages',
	'webFreeToUse',
	'webFreeToUseCommercially',
	'placeholder',
	'themeAccent',
	'noImages',
] as const;
