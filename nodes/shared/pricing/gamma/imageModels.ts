/**
 * Gamma: credits charged per AI image, by `imageOptions.model`.
 * Source: Gamma's API docs as mirrored by its official n8n node (2026): `nodes/Gamma/apiEnums.ts`
 * in https://github.com/gamma-app/n8n-nodes-gamma, generated from Gamma's docs
 * (https://developers.gamma.app/reference/image-model-accepted-values); imagen-4-fast from an
 * edition of that table the generated file no longer lists.
 * Effective: 2026-01-01. Edit a number here when Gamma changes a price.
 *
 * A price is a number of credits, or a pair [low, high] where sources disagree (the estimate
 * then spans both).
 */
export type GammaModelPrice = number | readonly [low: number, high: number];

export const GAMMA_IMAGE_MODEL_PRICES_2026: Readonly<Record<string, GammaModelPrice>> = {
	'flux-1-quick': 2,
	'flux-2-klein': 2,
	'flux-kontext-fast': 2,
	'imagen-3-flash': 2,
	'gpt-image-1-mini-low': 2,
	'luma-photon-flash-1': 2,
	'gpt-image-2-mini': 5,
	'ideogram-v3-turbo': [6, 10], // Gamma's list says 6, another source 10
	'flux-1-pro': 8,
	'flux-2-pro': 8,
	'imagen-3-pro': 8,
	'gpt-image-1-mini-medium': 8,
	'luma-photon-1': 10,
	'imagen-4-fast': 10, // priced in one edition of Gamma's image-model table only
	'recraft-v4': 12,
	'leonardo-phoenix': 15,
	'flux-2-flex': 20,
	'flux-2-max': 20,
	'flux-kontext-pro': 20,
	'ideogram-v3': 20,
	'imagen-4-pro': 20,
	'recraft-v3': 20,
	'gpt-image-2': 20,
	'gpt-image-1-mini-high': 20,
	'gemini-2.5-flash-image': 20,
	'gpt-image-1-medium': 30,
	'flux-1-ultra': 30,
	'imagen-4-ultra': 30,
	'dall-e-3': 33,
	'gemini-3.1-flash-image-mini': 34,
	'flux-kontext-max': 40,
	'recraft-v3-svg': 40,
	'recraft-v4-svg': 40,
	'ideogram-v3-quality': 45,
	'gemini-3.1-flash-image': 50,
	'gemini-3-pro-image': 70,
	'gemini-3.1-flash-image-hd': 75,
	'gpt-image-2-hd': 115,
	'gpt-image-1-high': 120,
	'gemini-3-pro-image-hd': 120,
	'recraft-v4-pro': 125,
};

/** One number per model (the low end where sources disagree), for code that charges a price. */
export const GAMMA_IMAGE_MODEL_CREDITS_2026: Readonly<Record<string, number>> = Object.fromEntries(
	Object.entries(GAMMA_IMAGE_MODEL_PRICES_2026).map(([model, price]) => [
		model,
		typeof price === 'number' ? price : price[0],
	]),
);
