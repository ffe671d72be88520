/**
 * ImagineArt's developer API (`https://api.vyro.ai/v2`, `vk-…` keys) bills each call in API
 * tokens by the style asked for; they are watched in the API Studio's Usage tab and are not the
 * app's credits. Source: ImagineArt docs, "API Call Billing and Token Usage",
 * https://docs.imagine.art/getting-started/api-call-billing-and-token-usage. The styles the Text
 * to Image API takes are those of its reference (https://reference.imagine.art, "Text to Image
 * API"; `tryAGI/ImagineArt` `src/libs/ImagineArt/openapi.yaml`): `sdxl-1.0` is one of them but
 * the billing page gives it no cost, so it has none here (an estimate asks for an override).
 */
export interface ImagineArtApiStyle {
	label: string;
	/** API tokens per image; absent when the billing page gives none. */
	tokens?: number;
}

export const IMAGINE_ART_API_STYLES_2026: Readonly<Record<string, ImagineArtApiStyle>> = {
	'imagine-turbo': { label: 'Imagine Turbo', tokens: 1 },
	anime: { label: 'Anime', tokens: 5 },
	realistic: { label: 'Realistic', tokens: 5 },
	'flux-schnell': { label: 'Flux Schnell', tokens: 5 },
	'flux-dev-fast': { label: 'Flux Dev Fast', tokens: 5 },
	'flux-dev': { label: 'Flux Dev', tokens: 15 },
	'sdxl-1.0': { label: 'SDXL 1.0' },
};
