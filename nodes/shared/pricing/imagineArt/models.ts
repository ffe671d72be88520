/**
 * ImagineArt: credits per generated image, by model (and resolution where the model has variants);
 * a single price is the base cost at 1K ("2K and 4K outputs cost more than 1K").
 * Source: ImagineArt docs, "Image Credits" (2026),
 * https://docs.imagine.art/image-tools/image-credits.
 * Effective: 2026-01-01. `pro: true` marks models that need an active subscription (ImagineArt
 * docs, "Understanding Credits" (2026), https://docs.imagine.art/overview/understanding-credits:
 * models labelled "Pro" in the interface need one; free daily credits cannot pay for them). The
 * flag follows the "Pro" in the model's name, the only public marker.
 * `maxResolution` is the page's "Max resolution" where it gives one below 4K.
 * Dated in `prices.ts`; edit a number here when ImagineArt changes a price.
 */
export interface ImagineArtImageModelPrice {
	label: string;
	/** Credits per image; keys are resolutions for models priced per resolution, else `default`. */
	credits: Readonly<Record<string, number>>;
	pro: boolean;
	/** The largest resolution the model makes, where the docs give one below 4K. */
	maxResolution?: string;
}

export const IMAGINE_ART_IMAGE_MODELS_2026: Readonly<Record<string, ImagineArtImageModelPrice>> = {
	'imagineart-2.0': { label: 'ImagineArt 2.0', credits: { default: 25 }, pro: false },
	'imagineart-1.5': {
		label: 'ImagineArt 1.5',
		credits: { default: 15 },
		pro: false,
		maxResolution: '2K',
	},
	'imagineart-1.5-pro': { label: 'ImagineArt 1.5 Pro', credits: { default: 25 }, pro: true },
	'nano-banana-2': {
		label: 'Nano Banana 2',
		credits: { '1K': 49, '2K': 73.5, '4K': 98 },
		pro: false,
	},
	'nano-banana-pro': {
		label: 'Nano Banana Pro',
		credits: { '1K': 80, '2K': 80, '4K': 160 },
		pro: true,
	},
	'chatgpt-1.5': { label: 'ChatGPT 1.5', credits: { default: 35 }, pro: false },
	chatgpt: { label: 'ChatGPT', credits: { default: 45 }, pro: false },
	'seedream-v5-lite': { label: 'Seedream v5 Lite', credits: { default: 20 }, pro: false },
	'seedream-v4.5': { label: 'Seedream v4.5', credits: { default: 24 }, pro: false },
	'recraft-v4': { label: 'Recraft v4', credits: { default: 24 }, pro: false },
	'recraft-v4-pro': { label: 'Recraft v4 Pro', credits: { default: 150 }, pro: true },
	'grok-imagine': { label: 'Grok Imagine', credits: { default: 12 }, pro: false },
	'flux-2-max': { label: 'Flux 2 Max', credits: { default: 50 }, pro: false },
	'flux-2-pro': { label: 'Flux 2 Pro', credits: { default: 28 }, pro: true },
	'flux-1.1-ultra': { label: 'Flux 1.1 Ultra', credits: { default: 36 }, pro: false },
	'flux-dev': { label: 'Flux Dev', credits: { default: 5 }, pro: false },
	'z-image-turbo': { label: 'Z Image Turbo', credits: { default: 5 }, pro: false },
	'nano-banana': { label: 'Nano Banana', credits: { default: 24 }, pro: false },
	'imagen-4': { label: 'Imagen-4', credits: { default: 24 }, pro: false },
	'dreamina-3.1': { label: 'Dreamina 3.1', credits: { default: 18 }, pro: false },
	'ideogram-v3': { label: 'Ideogram v3', credits: { default: 25 }, pro: false },
};
