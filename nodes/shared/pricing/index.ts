/**
 * Pure pricing for Gamma, Stability AI and ImagineArt: a dated catalog, estimators and the
 * ImagineArt draw plan. Nothing here imports n8n or does I/O.
 */
export type {
	BreakdownLine,
	CreditEstimate,
	CreditRange,
	EstimateOptions,
	PricingProvider,
	PricingVersionInfo,
} from './types';
export { PricingInputError } from './errors';
export { listPricingVersions } from './catalog';

export { estimateGamma, GAMMA_LIMITS } from './gamma';
export type { GammaEstimateInput, GammaGenerationType, GammaImageSource } from './gamma';
export { GAMMA_IMAGE_SOURCES } from './data/gammaPricing';

export { estimateStabilityAi, STABILITY_LEGACY_SERVICE } from './stabilityAi';
export type {
	StabilityAiEstimateInput,
	StabilityAiServiceId,
	StabilityAiV2betaService,
} from './stabilityAi';
export { STABILITY_LEGACY_LIMITS } from './data/stabilityAiPricing';

export { estimateImagineArt } from './imagineArt';
export type { ImagineArtEstimateInput, ImagineArtEstimateType } from './imagineArt';
export { IMAGINE_ART_FREE_CREDITS_PER_DAY } from './data/imagineArtPricing';
export { planImagineArtDraw } from './imagineArtDraw';
export type {
	ImagineArtBalances,
	ImagineArtDrawOptions,
	ImagineArtDrawPlan,
} from './imagineArtDraw';

export {
	gammaImageModelOptions,
	gammaImageTierOptions,
	imagineArtModelOptions,
	imagineArtResolutionOptions,
	stabilityServiceOptions,
} from './options';
export type { ImagineArtModelOption, PricedOption, StabilityServiceOption } from './options';
