/**
 * ImagineArt video models as ImagineArt's official n8n node offers them: ids, display names, the
 * durations (seconds; `auto` lets the model choose) and the resolutions (the first is the
 * default; none means the model takes no resolution). Source: `Vyro-ai/n8n-nodes-imagineart`,
 * `nodes/ImagineArt/transport/videoModels.ts` (commit 42a13ea).
 *
 * `credits` is the base cost at the model's minimum duration (ImagineArt docs, "Video Credits",
 * https://docs.imagine.art/video-tools/video-credits; "Video - Credit Consumption",
 * https://help.imagine.art/creative-suite/video-tools/video-credit-consumption), by resolution or
 * `default`. No copy of those tables could be read when this list
 * was made, so no model carries a number yet: an estimate takes the base cost the user reads in
 * ImagineArt's tooltip (`videoBaseCost`). Add `credits` here, with the page's date in `prices.ts`,
 * once a published number is checked.
 */
export interface ImagineArtVideoModel {
	label: string;
	durations: readonly string[];
	resolutions: readonly string[];
	credits?: Readonly<Record<string, number>>;
}

const SECONDS_3_15 = ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'];
const SEEDANCE_2 = ['auto', ...SECONDS_3_15.slice(1)];

export const IMAGINE_ART_VIDEO_MODELS_2026: Readonly<Record<string, ImagineArtVideoModel>> = {
	'ltx-2.3': {
		label: 'LTX 2.3',
		durations: ['6', '8', '10'],
		resolutions: ['1080p', '1440p', '2160p'],
	},
	'veo-3.1-fast': {
		label: 'Veo 3.1 Fast',
		durations: ['4', '6', '8'],
		resolutions: ['720p', '1080p', '4k'],
	},
	'seedance-2.0-fast': {
		label: 'Seedance 2.0 Fast',
		durations: SEEDANCE_2,
		resolutions: ['480p', '720p'],
	},
	happy_horse: { label: 'Happy Horse', durations: SECONDS_3_15, resolutions: ['720p', '1080p'] },
	'seedance-2.0': {
		label: 'Seedance 2.0',
		durations: SEEDANCE_2,
		resolutions: ['480p', '720p', '1080p'],
	},
	'wan-2.6': { label: 'Wan 2.6', durations: ['5', '10', '15'], resolutions: ['720p', '1080p'] },
	'seedance-1.5-pro': {
		label: 'Seedance 1.5 Pro',
		durations: SECONDS_3_15.slice(1, 10),
		resolutions: ['480p', '720p'],
	},
	'seedance-pro-fast': {
		label: 'Seedance Pro Fast',
		durations: SECONDS_3_15.slice(0, 10),
		resolutions: ['480p', '720p', '1080p'],
	},
	'kling-2.6-pro': { label: 'Kling 2.6 Pro', durations: ['5', '10'], resolutions: [] },
	'kling-o3': { label: 'Kling O3', durations: SECONDS_3_15, resolutions: [] },
	'kling-3.0-pro': { label: 'Kling 3.0 Pro', durations: SECONDS_3_15, resolutions: [] },
	'pixverse-v6': {
		label: 'Pixverse v6',
		durations: ['1', '2', ...SECONDS_3_15],
		resolutions: ['360p', '540p', '720p', '1080p'],
	},
	'veo-3.1': { label: 'Veo 3.1', durations: ['4', '6', '8'], resolutions: ['720p', '1080p', '4k'] },
	'wan-2.2': { label: 'Wan 2.2', durations: [], resolutions: [] },
};
