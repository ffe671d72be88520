/**
 * Gamma pricing entries. Edit a number here when Gamma changes a price; add a new entry (with
 * its own id, date and source) rather than rewriting an old one, so older workflows can keep
 * estimating with the prices they were built on. The newest `effectiveDate` is the default.
 *
 * All prices are in Gamma credits. A range is `{ min, max }`.
 */
import type { CreditRange, PricingEntry } from '../core/types';
import { GAMMA_IMAGE_MODEL_PRICES_2026, type GammaModelPrice } from './imageModels';

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
	 * Template-based generations "may cost slightly more per card" (Gamma's API docs, "Access
	 * and Pricing", both editions: https://developers.gamma.app/get-started/access-and-pricing):
	 * the estimate adds this many credits per card to the high end.
	 */
	templateExtraPerCard: number;
	imageTiers: GammaImageTier[];
	/** Credits per image by `imageOptions.model`; empty when the source gives tiers only. */
	imageModels: Readonly<Record<string, GammaModelPrice>>;
	/** Where the source's own examples disagree with its table: added to the assumptions. */
	notes: readonly GammaNote[];
}

export interface GammaNote {
	text: string;
	/** Only when one of these tiers prices the images; without it, on every estimate. */
	tiers?: readonly string[];
}

export const GAMMA_PRICING: ReadonlyArray<PricingEntry<GammaPrices>> = [
	{
		id: 'gamma-2026',
		label: 'Gamma 2026: 1–3 credits/card, image tiers and per-model prices',
		effectiveDate: '2026-01-01',
		source:
			'Gamma API docs, "Review access and pricing" (edition of 2026-03-11), ' +
			'https://developers.gamma.app/get-started/access-and-pricing; per-model image prices: ' +
			"Gamma's official n8n node, https://github.com/gamma-app/n8n-nodes-gamma " +
			'(nodes/Gamma/apiEnums.ts, 2026)',
		prices: {
			creditsPerCard: { min: 1, max: 3 },
			templateExtraPerCard: 1,
			imageTiers: [
				{ id: 'standard', label: 'Standard', min: 2, max: 15, alsoCalled: ['basic'] },
				{ id: 'advanced', label: 'Advanced', min: 20, max: 33 },
				{ id: 'premium', label: 'Premium', min: 34, max: 75 },
				{ id: 'ultra', label: 'Ultra', min: 30, max: 125 },
			],
			imageModels: GAMMA_IMAGE_MODEL_PRICES_2026,
			notes: [
				{
					text:
						"Gamma's pricing page (Review access and pricing, 2026-03 edition) keeps the illustrative " +
						'scenarios (10 cards + 5 basic images ≈ 20–60, 20 cards + 15 premium ≈ 320–1070, ' +
						'30 cards + 30 ultra ≈ 930–3900 credits) of its 2026-02 edition unchanged: they keep ' +
						"that edition's 1–5 credits/card arithmetic. This estimate follows the page's own table " +
						'(1–3 credits/card; Standard 2–15, Premium 34–75, Ultra 30–125 credits/image), which ' +
						'gives 20–105, 530–1185 and 930–3840 for those scenarios.',
				},
			],
		},
	},
	{
		id: 'gamma-2025',
		label: 'Gamma 2025: 1–5 credits/card, image tiers only',
		effectiveDate: '2025-01-01',
		source:
			'Gamma API docs, "Access and Pricing" (edition of 2026-02-25, 1–5 credits/card), ' +
			'https://github.com/gamma-app/gamma-docs/blob/0bec669fd9f911a7ac8a57f896b134efe9568c8d/overview/access-and-pricing.md',
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
			notes: [
				{
					tiers: ['premium'],
					text:
						"Gamma's pricing page (Access and Pricing, 2026-02 edition) illustrates " +
						'"20 cards + 15 premium images ≈ 320–1070 credits", but its own table ' +
						'(1–5 credits/card, 20–70 credits/image) gives 320–1150 (1070 = 20 × 1 + 15 × 70): ' +
						'this estimate follows the table.',
				},
			],
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
