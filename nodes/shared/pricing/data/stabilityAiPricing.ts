/**
 * Stability AI pricing entries (1 credit = US$0.01). Edit a number here when Stability changes
 * a price; add a new dated entry rather than rewriting an old one. The newest is the default.
 */
import type { PricingEntry } from '../types';

export interface StabilityAiService {
	label: string;
	/** Flat credits per generation. */
	credits: number;
}

export interface StabilityAiPrices {
	/**
	 * Legacy v1 text-to-image: credits per image at 50 steps for the sizes of the DreamStudio
	 * table (keys are `WIDTHxHEIGHT`). Cost is linear in steps (the table's cells are these
	 * values × steps / 50, rounded to 0.1), and grows faster than linearly in pixels.
	 */
	legacyBaseAt50Steps: Readonly<Record<string, number>>;
	/** Current v2beta services: flat credits per generation. Empty when the entry predates them. */
	services: Readonly<Record<string, StabilityAiService>>;
	/** US dollars per credit. */
	usdPerCredit: number;
}

/**
 * The DreamStudio table of seeds 002/003 (credits per image): rows are steps, columns are sizes.
 * Only the 50-steps row prices anything (`legacyBaseAt50Steps` below); every other row follows
 * from it (cell = 50-step price × steps / 50, rounded to 0.1) and is kept verbatim so the
 * unit tests can check that the estimates still reproduce it. To change a legacy price, edit
 * the 50 row (and the other rows to match), or use the `legacyBaseAt50Steps` override.
 */
export const STABILITY_LEGACY_TABLE: Readonly<Record<number, Readonly<Record<string, number>>>> = {
	10: {
		'512x512': 0.2,
		'512x768': 0.5,
		'512x1024': 0.8,
		'768x768': 0.9,
		'768x1024': 1.3,
		'1024x1024': 1.9,
	},
	25: {
		'512x512': 0.5,
		'512x768': 1.2,
		'512x1024': 1.9,
		'768x768': 2.3,
		'768x1024': 3.3,
		'1024x1024': 4.7,
	},
	50: {
		'512x512': 1.0,
		'512x768': 2.4,
		'512x1024': 3.8,
		'768x768': 4.6,
		'768x1024': 6.6,
		'1024x1024': 9.4,
	},
	75: {
		'512x512': 1.5,
		'512x768': 3.6,
		'512x1024': 5.7,
		'768x768': 6.9,
		'768x1024': 9.9,
		'1024x1024': 14.1,
	},
	100: {
		'512x512': 2.0,
		'512x768': 4.8,
		'512x1024': 7.6,
		'768x768': 9.2,
		'768x1024': 13.2,
		'1024x1024': 18.8,
	},
	150: {
		'512x512': 3.0,
		'512x768': 7.2,
		'512x1024': 11.4,
		'768x768': 13.8,
		'768x1024': 19.8,
		'1024x1024': 28.2,
	},
};

const LEGACY_BASE_AT_50_STEPS: Readonly<Record<string, number>> = STABILITY_LEGACY_TABLE[50];

export const STABILITY_AI_PRICING: ReadonlyArray<PricingEntry<StabilityAiPrices>> = [
	{
		id: 'stability-2026',
		label: 'Stability AI 2026: v2beta flat prices + legacy v1 table',
		effectiveDate: '2026-01-01',
		source:
			'v2beta: third-party price lists that agree (API-FACTS.md, unconfirmed by Stability); ' +
			'legacy v1: seeds/002_0dcdd684d428df25.txt, seeds/003_9006a1e4833404f2.txt',
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
			'seeds/002_0dcdd684d428df25.txt, seeds/003_9006a1e4833404f2.txt (DreamStudio "Credits + Billing"; the page is undated, the date is approximate)',
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
