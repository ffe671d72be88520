/**
 * Pure pricing for Gamma, Stability AI and ImagineArt: a dated catalog and estimators. Nothing
 * here imports n8n or does I/O.
 */
export type {
	BreakdownLine,
	CreditEstimate,
	CreditRange,
	EstimateOptions,
	EstimateUnit,
	PricingProvider,
	PricingVersionInfo,
} from './core/types';
export { PricingInputError } from './core/errors';
export { listPricingVersions } from './core/catalog';

export { estimateGamma, GAMMA_LIMITS } from './gamma/estimate';
export type { GammaEstimateInput, GammaGenerationType, GammaImageSource } from './gamma/estimate';
export { GAMMA_IMAGE_SOURCES } from './gamma/prices';

export { estimateStabilityAi, STABILITY_LEGACY_SERVICE } from './stabilityAi/estimate';
export type {
	StabilityAiEngineId,
	StabilityAiEstimateInput,
	StabilityAiServiceId,
	StabilityAiV2betaService,
} from './stabilityAi/estimate';
export {
	SDXL_SIZES,
	STABILITY_DEFAULT_ENGINE,
	STABILITY_LEGACY_LIMITS,
	STABILITY_TABLE_ENGINE,
} from './stabilityAi/prices';

export { estimateImagineArt } from './imagineArt/estimate';
export type { ImagineArtEstimateInput, ImagineArtEstimateType } from './imagineArt/estimate';
export { IMAGINE_ART_FREE_CREDITS_PER_DAY } from './imagineArt/prices';
