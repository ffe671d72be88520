/**
 * Stability AI pricing entries (1 credit = US$0.01). Edit a number here when Stability changes
 * a price; add a new dated entry rather than rewriting an old one. The newest is the default.
 */
import type { PricingEntry } from '../core/types';

export interface StabilityAiService {
	label: string;
	/** Flat credits per generation. */
	credits: number;
}

export interface StabilityAiPrices {
	/**
	 * Legacy v1 text-to-image: credits per image at 50 steps for the sizes of the DreamStudio
	 * table (keys are `WIDTHxHEIGHT`). Cost is linear in steps and grows faster than linearly in
	 * pixels (see legacy.ts).
	 */
	legacyBaseAt50Steps: Readonly<Record<string, number>>;
	/** Current v2beta services: flat credits per generation. Empty when the entry predates them. */
	services: Readonly<Record<string, StabilityAiService>>;
	/** US dollars per credit. */
	usdPerCredit: number;
}

/**
 * Legacy v1 text-to-image, credits per image at 50 steps: the "50" row of the DreamStudio table
 * on Stability AI's "Credits + Billing" page, June 2023 edition (Stability's platform-site source,
 * https://github.com/le-si/platform/blob/aea178fdb3d48d1560beba9ae013124db1d9af8e/packages/app/src/Markdown/Pages/CreditsAndBilling.md;
 * rows: 10, 25, 50, 75, 100 and 150 steps; columns: these sizes). The table's other rows follow
 * from this one: cost = 50-step price × steps / 50, rounded to 0.1.
 * test/unit/pricing/stabilityAi.test.ts keeps the whole table and checks the estimates against
 * all 36 cells.
 */
const LEGACY_BASE_AT_50_STEPS: Readonly<Record<string, number>> = {
	'512x512': 1.0,
	'512x768': 2.4,
	'512x1024': 3.8,
	'768x768': 4.6,
	'768x1024': 6.6,
	'1024x1024': 9.4,
};

export const STABILITY_AI_PRICING: ReadonlyArray<PricingEntry<StabilityAiPrices>> = [
	{
		id: 'stability-2026',
		label: 'Stability AI 2026: v2beta flat prices + legacy v1 table',
		effectiveDate: '2026-01-01',
		source:
			"v2beta: Stability AI's price table effective 2025-08-01, " +
			'https://stability.ai/api-pricing-update-25 (Ultra, SD 3.5 and Core: third-party price ' +
			'lists that agree, unconfirmed by Stability); legacy v1: Stability AI "Credits + Billing" ' +
			'(June 2023 edition), https://github.com/le-si/platform/blob/aea178fdb3d48d1560beba9ae013124db1d9af8e/packages/app/src/Markdown/Pages/CreditsAndBilling.md',
		prices: {
			legacyBaseAt50Steps: LEGACY_BASE_AT_50_STEPS,
			services: {
				ultra: { label: 'Stable Image Ultra', credits: 8 },
				'sd3.5-large': { label: 'Stable Diffusion 3.5 Large', credits: 6.5 },
				'sd3.5-large-turbo': { label: 'Stable Diffusion 3.5 Large Turbo', credits: 4 },
				'sd3.5-medium': { label: 'Stable Diffusion 3.5 Medium', credits: 3.5 },
				core: { label: 'Stable Image Core', credits: 3 },
				'upscale-creative': { label: 'Upscale: Creative', credits: 60 },
				'upscale-conservative': { label: 'Upscale: Conservative', credits: 40 },
				'upscale-fast': { label: 'Upscale: Fast', credits: 2 },
				erase: { label: 'Edit: Erase', credits: 5 },
				inpaint: { label: 'Edit: Inpaint', credits: 5 },
				'remove-background': { label: 'Edit: Remove Background', credits: 5 },
				'search-and-replace': { label: 'Edit: Search and Replace', credits: 5 },
				'control-sketch': { label: 'Control: Sketch', credits: 5 },
				'control-structure': { label: 'Control: Structure', credits: 5 },
				'control-style': { label: 'Control: Style', credits: 5 },
				'stable-fast-3d': { label: 'Stable Fast 3D', credits: 10 },
				'stable-audio': { label: 'Stable Audio', credits: 20 },
			},
			usdPerCredit: 0.01,
		},
	},
	{
		id: 'stability-2023',
		label: 'Stability AI 2023: legacy v1 text-to-image table only (DreamStudio)',
		effectiveDate: '2023-01-01',
		source:
			'Stability AI "Credits + Billing", DreamStudio era (June 2023 edition of the ' +
			'platform-site source, https://github.com/le-si/platform/blob/aea178fdb3d48d1560beba9ae013124db1d9af8e/packages/app/src/Markdown/Pages/CreditsAndBilling.md; ' +
			'the page is undated, the effective date is approximate)',
		prices: {
			legacyBaseAt50Steps: LEGACY_BASE_AT_50_STEPS,
			services: {},
			usdPerCredit: 0.01,
		},
	},
];

/**
 * Legacy v1 limits used for validation: sides are multiples of 64 from 128 (the v1 minimum) to
 * 1536 (the largest side any v1 engine accepted; individual engines accept less).
 */
export const STABILITY_LEGACY_LIMITS = {
	sideMin: 128,
	sideMax: 1536,
	sideMultiple: 64,
	stepsMin: 10,
	stepsMax: 150,
	samplesMin: 1,
	samplesMax: 10,
} as const;
