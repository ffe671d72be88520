/**
 * The sandbox's own v1 engines: what `POST /v1/generation/{engine_id}/text-to-image` accepts and
 * charges. Its own copy on purpose: the package's pricing must be checked against it, not read
 * from it. Charges from Stability's platform-site source (le-si/platform,
 * packages/app/src/Pricing/index.tsx, commit b2ab30ca9df58dde066c0408b0fb3a58fab64bec), sizes from
 * packages/app/src/Documentation/Features/APIParameters.md (commit
 * 31ab2bceb6bc403aa168c8659e3973c66114b76f).
 */
export interface V1Engine {
	/** `sdxl`: only the nine SDXL sizes; `pixels`: multiples of 64 up to 1,048,576 pixels. */
	sizes: 'sdxl' | 'pixels';
	/** The default width and height when the request names none. */
	defaultSide: number;
	/** Credits for one image. */
	credits(width: number, height: number, steps: number): number;
}

export const V1_PIXEL_LIMIT = 1_048_576;

export const SDXL_V1_SIZES: ReadonlyArray<readonly [number, number]> = [
	[1024, 1024],
	[1152, 896],
	[896, 1152],
	[1216, 832],
	[832, 1216],
	[1344, 768],
	[768, 1344],
	[1536, 640],
	[640, 1536],
];

/** SDXL 1.0 and 0.9: by steps only. */
function sdxlCredits(_width: number, _height: number, steps: number): number {
	if (steps === 30) return 1.6;
	if (steps === 40) return 1.8;
	if (steps === 50) return 2;
	return 100 * (0.0122 + 0.000127 * steps + 0.000000623 * steps * steps);
}

/** SD 1.5, 2.1 (and 1.6, priced the same): affine in pixels, linear in steps. */
function pixelCredits(width: number, height: number, steps: number): number {
	return (((width * height - 169527) * steps) / 30) * 2.16e-8 * 100;
}

export const V1_ENGINES: Readonly<Record<string, V1Engine>> = {
	'stable-diffusion-xl-1024-v1-0': { sizes: 'sdxl', defaultSide: 1024, credits: sdxlCredits },
	'stable-diffusion-xl-1024-v0-9': { sizes: 'sdxl', defaultSide: 1024, credits: sdxlCredits },
	'stable-diffusion-v1-6': { sizes: 'pixels', defaultSide: 512, credits: pixelCredits },
	'stable-diffusion-512-v2-1': { sizes: 'pixels', defaultSide: 512, credits: pixelCredits },
	'stable-diffusion-v1-5': { sizes: 'pixels', defaultSide: 512, credits: pixelCredits },
};
