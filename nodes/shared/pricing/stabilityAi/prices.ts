/**
 * Stability AI pricing entries (1 credit = US$0.01). Edit a number here when Stability changes
 * a price; add a new dated entry rather than rewriting an old one. The newest is the default.
 */
import type { PricingEntry } from '../core/types';

export interface StabilityAiService {
	label: string;
	/** Flat credits per generation; absent where no public source prices the service yet. */
	credits?: number;
	/** False for an id kept only so saved workflows still estimate (not offered in the list). */
	listed?: boolean;
}

/** How a legacy v1 engine prices one image. */
export type StabilityAiEngineRule =
	/** The DreamStudio table (`legacyBaseAt50Steps`), modelled in legacy.ts. */
	| { kind: 'dreamStudioTable' }
	/** By steps only: a listed price at some step counts, else a quadratic in steps. */
	| {
			kind: 'steps';
			creditsAtSteps: Readonly<Record<number, number>>;
			/** Credits = c0 + c1·steps + c2·steps². */
			polynomial: readonly [number, number, number];
	  }
	/** Affine in pixels and linear in steps: (pixels − pixelOffset) × steps / 30 × creditsPerPixel. */
	| { kind: 'pixels'; pixelOffset: number; creditsPerPixelAt30Steps: number }
	/** A user's own credits per image (the `engines` override), whatever the size and steps. */
	| { kind: 'flat'; credits: number };

export interface StabilityAiEngine {
	label: string;
	rule: StabilityAiEngineRule;
	/** The only sizes the engine accepts (`WIDTHxHEIGHT`); absent: any side within the limits. */
	sizes?: readonly string[];
	/** Largest pixel count the engine accepts; absent: no limit beyond the sides'. */
	maxPixels?: number;
	/** Where the price comes from: a public page or repository path. */
	source: string;
	/** Said in every estimate for this engine (e.g. that it was discontinued). */
	note?: string;
}

export interface StabilityAiPrices {
	/**
	 * The DreamStudio table's engine: credits per image at 50 steps for the table's sizes (keys
	 * are `WIDTHxHEIGHT`). Cost is linear in steps and grows faster than linearly in pixels (see
	 * legacy.ts).
	 */
	legacyBaseAt50Steps: Readonly<Record<string, number>>;
	/** Legacy v1 text-to-image engines (`/v1/generation/{engine_id}/text-to-image`). */
	engines: Readonly<Record<string, StabilityAiEngine>>;
	/** Current v2beta services: flat credits per generation. Empty when the entry predates them. */
	services: Readonly<Record<string, StabilityAiService>>;
	/** US dollars per credit. */
	usdPerCredit: number;
}

/** The engine a v1 estimate prices when none is given: SDXL 1.0, the last v1 SDXL engine. */
export const STABILITY_DEFAULT_ENGINE = 'stable-diffusion-xl-1024-v1-0';

/** The engine the DreamStudio table belongs to (its sample request calls it). */
export const STABILITY_TABLE_ENGINE = 'stable-diffusion-xl-beta-v2-2-2';

const PLATFORM = 'https://github.com/le-si/platform/blob';
/** Stability's platform site as last published (Oct 2023): the pricing page's calculators. */
const PRICING_PAGE = `Stability AI platform pricing page, ${PLATFORM}/285f3bfd3805f18c62a9e659a95ed7f57095168d/packages/app/src/Pricing/index.tsx`;
/** Same commit: the sizes SDXL 1.0 / 0.9 accept and the 1,048,576-pixel limit. */
const API_PARAMETERS = `${PLATFORM}/285f3bfd3805f18c62a9e659a95ed7f57095168d/packages/app/src/Documentation/Features/APIParameters.md`;
/** The June 2023 edition whose sample request calls `stable-diffusion-xl-beta-v2-2-2`. */
const CREDITS_AND_BILLING = `${PLATFORM}/542bbf9b883ec50b7281c2eb792df14dacf12ea9/packages/app/src/Markdown/Pages/CreditsAndBilling.md`;

/**
 * The DreamStudio table engine, credits per image at 50 steps: the "50" row of the table on
 * Stability AI's "Credits + Billing" page, June 2023 edition (CREDITS_AND_BILLING; rows: 10, 25,
 * 50, 75, 100 and 150 steps; columns: these sizes). The table's other rows follow from this
 * one: cost = 50-step price × steps / 50, rounded to 0.1.
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

/** SDXL 1.0 and 0.9 accept only these sizes (API_PARAMETERS, "About Dimensions"). */
export const SDXL_SIZES = [
	'1024x1024',
	'1152x896',
	'896x1152',
	'1216x832',
	'832x1216',
	'1344x768',
	'768x1344',
	'1536x640',
	'640x1536',
] as const;

/** The v1 pixel limit (API_PARAMETERS, Height and Width). */
const V1_MAX_PIXELS = 1_048_576;

/**
 * The pricing page's SDXL 1.0 / 0.9 calculator, in dollars:
 * `steps == 30 ? 0.016 : steps == 40 ? 0.018 : steps == 50 ? 0.02 : 0.0122 + 0.000127·steps
 * + 0.000000623·steps²`, shown as credits × 100 (1 credit = US$0.01); here already in credits.
 */
const SDXL_RULE: StabilityAiEngineRule = {
	kind: 'steps',
	creditsAtSteps: { 30: 1.6, 40: 1.8, 50: 2.0 },
	polynomial: [1.22, 0.0127, 0.0000623],
};

/**
 * The pricing page's SD 1.5 / 2.1 calculator, in dollars:
 * `((width·height − 169527)·steps / 30)·2.16e-8`, shown × 100 as credits: 2.16e-6 credits per
 * pixel above 169,527 at 30 steps.
 */
const SD_RULE: StabilityAiEngineRule = {
	kind: 'pixels',
	pixelOffset: 169_527,
	creditsPerPixelAt30Steps: 2.16e-6,
};

const ENGINES: Readonly<Record<string, StabilityAiEngine>> = {
	'stable-diffusion-xl-1024-v1-0': {
		label: 'SDXL 1.0',
		rule: SDXL_RULE,
		sizes: SDXL_SIZES,
		source: `${PRICING_PAGE}; sizes: ${API_PARAMETERS}`,
	},
	'stable-diffusion-xl-1024-v0-9': {
		label: 'SDXL 0.9',
		rule: SDXL_RULE,
		sizes: SDXL_SIZES,
		source: `${PRICING_PAGE} (priced as SDXL 1.0); sizes: ${API_PARAMETERS}`,
	},
	[STABILITY_TABLE_ENGINE]: {
		label: 'SDXL Beta V2.2.2 (DreamStudio Table)',
		rule: { kind: 'dreamStudioTable' },
		source: `Stability AI "Credits + Billing" (June 2023 edition), ${CREDITS_AND_BILLING}`,
		// From 2023-07-19 the pricing page's calculator gives this engine
		// ((w·h − 169527)·steps / 30)·5.4e-6 credits, 16–18 % below the table.
		note: "The DreamStudio table is this engine's (the page's sample request calls it); Stability's later pricing page gave it a formula 16–18 % lower, so the table errs high.",
	},
	'stable-diffusion-v1-5': {
		label: 'SD 1.5',
		rule: SD_RULE,
		maxPixels: V1_MAX_PIXELS,
		source: `${PRICING_PAGE} (there as stable-diffusion-v1.5); pixel limit: ${API_PARAMETERS}`,
	},
	'stable-diffusion-512-v2-1': {
		label: 'SD 2.1',
		rule: SD_RULE,
		maxPixels: V1_MAX_PIXELS,
		source: `${PRICING_PAGE}; pixel limit: ${API_PARAMETERS}`,
	},
	'stable-diffusion-v1-6': {
		label: 'SD 1.6 (Discontinued 2025-07-24)',
		rule: SD_RULE,
		maxPixels: V1_MAX_PIXELS,
		source: `none of its own: SD 1.6 came after the pricing page (${PRICING_PAGE}), priced here as SD 1.5`,
		note: 'SD 1.6 was discontinued on 2025-07-24: the API no longer serves it. No published page prices it; it is priced as SD 1.5.',
	},
};

/**
 * v2beta flat credits per generation. Stability AI's own table effective 2025-08-01
 * (https://stability.ai/api-pricing-update-25): upscale, edit, control, 3D and audio. Ultra,
 * SD 3.5 and Core: third-party lists that agree (e.g.
 * https://developer.puter.com/tutorials/stability-ai-api-pricing/), unconfirmed by Stability.
 * No public source prices the services without `credits` yet: an estimate asks for an override.
 */
const SERVICES: Readonly<Record<string, StabilityAiService>> = {
	ultra: { label: 'Stable Image Ultra', credits: 8 },
	'sd3.5-large': { label: 'Stable Diffusion 3.5 Large', credits: 6.5 },
	'sd3.5-large-turbo': { label: 'Stable Diffusion 3.5 Large Turbo', credits: 4 },
	'sd3.5-medium': { label: 'Stable Diffusion 3.5 Medium', credits: 3.5 },
	'sd3.5-flash': { label: 'Stable Diffusion 3.5 Flash' },
	core: { label: 'Stable Image Core', credits: 3 },
	'upscale-creative': { label: 'Upscale: Creative', credits: 60 },
	'upscale-conservative': { label: 'Upscale: Conservative', credits: 40 },
	'upscale-fast': { label: 'Upscale: Fast', credits: 2 },
	erase: { label: 'Edit: Erase', credits: 5 },
	inpaint: { label: 'Edit: Inpaint', credits: 5 },
	outpaint: { label: 'Edit: Outpaint' },
	'remove-background': { label: 'Edit: Remove Background', credits: 5 },
	'search-and-replace': { label: 'Edit: Search and Replace', credits: 5 },
	'search-and-recolor': { label: 'Edit: Search and Recolor' },
	'replace-background-and-relight': { label: 'Edit: Replace Background and Relight' },
	'control-sketch': { label: 'Control: Sketch', credits: 5 },
	'control-structure': { label: 'Control: Structure', credits: 5 },
	'control-style': { label: 'Control: Style', credits: 5 },
	'control-style-transfer': { label: 'Control: Style Transfer' },
	'stable-fast-3d': { label: 'Stable Fast 3D', credits: 10 },
	'stable-point-aware-3d': { label: 'Stable Point Aware 3D (SPAR3D)' },
	'text-to-audio': { label: 'Stable Audio 2: Text-to-Audio', credits: 20 },
	'audio-to-audio': { label: 'Stable Audio 2: Audio-to-Audio', credits: 20 },
	// The one audio id before text- and audio-to-audio were told apart; both cost 20.
	'stable-audio': { label: 'Stable Audio', credits: 20, listed: false },
};

export const STABILITY_AI_PRICING: ReadonlyArray<PricingEntry<StabilityAiPrices>> = [
	{
		id: 'stability-2026',
		label: 'Stability AI 2026: v2beta flat prices + legacy v1 engines',
		effectiveDate: '2026-01-01',
		source:
			"v2beta: Stability AI's own price table effective 2025-08-01, " +
			'https://stability.ai/api-pricing-update-25 (Ultra, SD 3.5 and Core: third-party lists ' +
			'that agree, e.g. https://developer.puter.com/tutorials/stability-ai-api-pricing/, ' +
			`unconfirmed by Stability); legacy v1 engines: ${PRICING_PAGE} (SDXL 1.0 / 0.9, SD 1.5 / ` +
			`2.1) and Stability AI "Credits + Billing" (June 2023 edition), ${CREDITS_AND_BILLING} ` +
			'(SDXL Beta v2.2.2)',
		prices: {
			legacyBaseAt50Steps: LEGACY_BASE_AT_50_STEPS,
			engines: ENGINES,
			services: SERVICES,
			usdPerCredit: 0.01,
		},
	},
	{
		id: 'stability-2023',
		label: 'Stability AI 2023: legacy v1 engines only (DreamStudio table, platform pricing page)',
		effectiveDate: '2023-01-01',
		source:
			'Stability AI "Credits + Billing", DreamStudio era (June 2023 edition of the ' +
			`platform-site source, ${CREDITS_AND_BILLING}; the page is undated, the effective date ` +
			`is approximate) and the platform pricing page of July–August 2023, ${PRICING_PAGE}`,
		prices: {
			legacyBaseAt50Steps: LEGACY_BASE_AT_50_STEPS,
			engines: ENGINES,
			services: {},
			usdPerCredit: 0.01,
		},
	},
];

/**
 * Legacy v1 limits used for validation: sides are multiples of 64 from 128 (the v1 minimum) to
 * 1536 (the largest side any v1 engine accepted; individual engines accept less). Steps default
 * to 30, the API's default (API_PARAMETERS, Steps).
 */
export const STABILITY_LEGACY_LIMITS = {
	sideMin: 128,
	sideMax: 1536,
	sideMultiple: 64,
	stepsMin: 10,
	stepsMax: 150,
	stepsDefault: 30,
	samplesMin: 1,
	samplesMax: 10,
} as const;
