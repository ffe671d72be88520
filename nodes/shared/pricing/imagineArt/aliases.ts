/**
 * ImagineArt image models as ImagineArt's official n8n node names them, so items built with that
 * node's fields (its `model` values and display names) price here. Source: the node's model list,
 * `Vyro-ai/n8n-nodes-imagineart`, `nodes/ImagineArt/transport/imageModels.ts` (commit 42a13ea).
 * `priced` is the id of this package's price list (ImagineArt docs, "Image Credits",
 * https://docs.imagine.art/image-tools/image-credits) for the same model; none when that page
 * gives the model no price, so an estimate for it asks for a price override instead of guessing.
 */
export interface ImagineArtOfficialModel {
	/** The official node's display name. */
	label: string;
	/** This package's price-list id for the model; absent when no public source prices it. */
	priced?: string;
}

export const IMAGINE_ART_OFFICIAL_IMAGE_MODELS: Readonly<Record<string, ImagineArtOfficialModel>> =
	{
		'nano-banana-pro': { label: 'Nano Banana Pro', priced: 'nano-banana-pro' },
		'imagine-art-2.0': { label: 'ImagineArt 2.0', priced: 'imagineart-2.0' },
		'nano-banana-2': { label: 'Nano Banana 2', priced: 'nano-banana-2' },
		'gpt-image-2': { label: 'GPT Image 2' },
		'imagine-art-1.5': { label: 'ImagineArt 1.5', priced: 'imagineart-1.5' },
		'imagine-art-1.5-pro': { label: 'ImagineArt 1.5 Pro', priced: 'imagineart-1.5-pro' },
		'recraft-v4.1': { label: 'Recraft v4.1' },
		'ideogram-v4': { label: 'Ideogram v4' },
		'seedream-v5-lite': { label: 'Seedream v5 Lite', priced: 'seedream-v5-lite' },
		'xAI-grok-imagine': { label: 'xAI Grok Imagine', priced: 'grok-imagine' },
	};

/** The official id whose id or display name is `wanted` (any case), if any. */
export function findOfficialImageModel(
	wanted: string,
): { id: string; model: ImagineArtOfficialModel } | undefined {
	const lower = wanted.toLowerCase();
	const entry = Object.entries(IMAGINE_ART_OFFICIAL_IMAGE_MODELS).find(
		([id, model]) => id.toLowerCase() === lower || model.label.toLowerCase() === lower,
	);
	return entry && { id: entry[0], model: entry[1] };
}
