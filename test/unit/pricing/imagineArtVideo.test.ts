import { estimateImagineArt } from '../../../nodes/shared/pricing';
import type { ImagineArtEstimateInput } from '../../../nodes/shared/pricing';
import { IMAGINE_ART_VIDEO_MODELS_2026 } from '../../../nodes/shared/pricing/imagineArt/videoModels';
import { expectInputError, expectWellFormed } from './helpers';

const video = (input: ImagineArtEstimateInput) =>
	estimateImagineArt({ estimateType: 'video', ...input });

/**
 * The video models of ImagineArt's n8n node, typed in again from `Vyro-ai/n8n-nodes-imagineart`,
 * `nodes/ImagineArt/transport/videoModels.ts`: id, display name, durations, resolutions.
 */
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const OFFICIAL: Array<[string, string, string[], string[]]> = [
	['veo-3.1-fast', 'Veo 3.1 Fast', ['4', '6', '8'], ['720p', '1080p', '4k']],
	['seedance-2.0-fast', 'Seedance 2.0 Fast', ['auto', ...range(4, 15)], ['480p', '720p']],
	['happy_horse', 'Happy Horse', range(3, 15), ['720p', '1080p']],
	['seedance-2.0', 'Seedance 2.0', ['auto', ...range(4, 15)], ['480p', '720p', '1080p']],
	['ltx-2.3', 'LTX 2.3', ['6', '8', '10'], ['1080p', '1440p', '2160p']],
	['wan-2.6', 'Wan 2.6', ['5', '10', '15'], ['720p', '1080p']],
	['seedance-1.5-pro', 'Seedance 1.5 Pro', range(4, 12), ['480p', '720p']],
	['seedance-pro-fast', 'Seedance Pro Fast', range(3, 12), ['480p', '720p', '1080p']],
	['kling-2.6-pro', 'Kling 2.6 Pro', ['5', '10'], []],
	['kling-o3', 'Kling O3', range(3, 15), []],
	['kling-3.0-pro', 'Kling 3.0 Pro', range(3, 15), []],
	['pixverse-v6', 'Pixverse v6', range(1, 15), ['360p', '540p', '720p', '1080p']],
	['veo-3.1', 'Veo 3.1', ['4', '6', '8'], ['720p', '1080p', '4k']],
	['wan-2.2', 'Wan 2.2', [], []],
];

describe("ImagineArt video models of ImagineArt's n8n node", () => {
	it('lists exactly the official models, durations and resolutions', () => {
		const listed = Object.entries(IMAGINE_ART_VIDEO_MODELS_2026).map(
			([id, m]) => [id, m.label, [...m.durations], [...m.resolutions]] as const,
		);
		expect([...listed].sort()).toEqual([...OFFICIAL].sort());
	});

	it('no model carries an unsourced base cost', () => {
		for (const model of Object.values(IMAGINE_ART_VIDEO_MODELS_2026)) {
			expect(model.credits).toBeUndefined();
		}
	});

	it.each(OFFICIAL.filter(([, , durations]) => durations.length > 0))(
		'%s without a base cost: an error asking for videoBaseCost (never a guess)',
		(id, label) => {
			expectInputError(
				() => video({ videoModel: id }),
				'videoBaseCost',
				`${label} (${id})`,
				'No public ImagineArt price list',
				"ImagineArt's tooltip",
			);
		},
	);

	it('a model gives its own minimum duration: Veo 3.1 at 8 s = 2 × its 4 s base', () => {
		const estimate = video({ videoModel: 'veo-3.1', videoBaseCost: 100, videoDuration: 8 });
		expect(estimate).toMatchObject({ min: 200, max: 200 });
		expect(estimate.breakdown[0]).toMatchObject({
			label: 'Video 8 s (Veo 3.1, 720p)',
			unitMin: 200,
		});
		expectWellFormed(estimate);
	});

	it('an entered minimum duration that differs from the model is not used, and said so', () => {
		const estimate = video({
			videoModel: 'veo-3.1',
			videoBaseCost: 100,
			videoMinDuration: 5,
			videoDuration: 4,
		});
		expect(estimate.expected).toBe(100);
		expect(estimate.assumptions.join(' ')).toContain('videoMinDuration 5 s not used');
	});

	it('the duration must be one the model takes, numeric strings included', () => {
		expect(
			video({ videoModel: 'kling-2.6-pro', videoBaseCost: 50, videoDuration: '10' }).expected,
		).toBe(100);
		expectInputError(
			() => video({ videoModel: 'kling-2.6-pro', videoBaseCost: 50, videoDuration: 7 }),
			'videoDuration',
			'5, 10',
		);
	});

	it('"auto" spans the model\'s durations; other models refuse it', () => {
		const estimate = video({
			videoModel: 'seedance-2.0',
			videoBaseCost: 40,
			videoDuration: 'auto',
			count: 2,
		});
		expect(estimate).toMatchObject({ min: 80, max: 300, expected: 190 });
		expect(estimate.assumptions.join(' ')).toContain('Duration "auto"');
		expectWellFormed(estimate);
		expectInputError(
			() => video({ videoModel: 'veo-3.1', videoBaseCost: 40, videoDuration: 'auto' }),
			'videoDuration',
			'auto',
		);
		expectInputError(
			() => video({ videoBaseCost: 40, videoDuration: 'auto' }),
			'videoDuration',
			'auto',
		);
	});

	it("resolution: the model's first by default, checked, in any case; the base is taken at it", () => {
		const estimate = video({
			videoModel: 'veo-3.1-fast',
			videoBaseCost: 120,
			videoResolution: '4K',
		});
		expect(estimate.breakdown[0].label).toBe('Video 4 s (Veo 3.1 Fast, 4k)');
		expect(estimate.assumptions.join(' ')).toContain('and 4k');
		expect(estimate.assumptions.join(' ')).toContain('higher resolutions increase cost');
		expectInputError(
			() => video({ videoModel: 'veo-3.1-fast', videoBaseCost: 120, videoResolution: '480p' }),
			'videoResolution',
			'720p, 1080p, 4k',
		);
	});

	it('a model without a resolution setting ignores one, and says so', () => {
		const estimate = video({
			videoModel: 'kling-3.0-pro',
			videoBaseCost: 60,
			videoResolution: '1080p',
		});
		expect(estimate.expected).toBe(60);
		expect(estimate.assumptions.join(' ')).toContain('takes no resolution setting');
	});

	it('Wan 2.2 lists no durations: the entered minimum applies', () => {
		expect(
			video({ videoModel: 'wan-2.2', videoBaseCost: 30, videoMinDuration: 5, videoDuration: 10 })
				.expected,
		).toBe(60);
	});

	it('a model is found by its display name, in any case', () => {
		expect(video({ videoModel: 'kling 2.6 PRO', videoBaseCost: 50 }).expected).toBe(50);
	});

	it('an unknown model lists the official ids', () => {
		expectInputError(
			() => video({ videoModel: 'sora-2', videoBaseCost: 1 }),
			'videoModel',
			'veo-3.1',
			'kling-2.6-pro',
		);
	});
});

describe('ImagineArt video preview and prompt enhancer', () => {
	it('Generate Preview adds the entered cost per video', () => {
		const estimate = video({
			videoModel: 'veo-3.1',
			videoBaseCost: 100,
			videoPreview: true,
			videoPreviewCost: 10,
			count: 3,
		});
		expect(estimate).toMatchObject({ min: 330, max: 330 });
		expect(estimate.breakdown[1]).toMatchObject({
			label: 'Generate Preview',
			quantity: 3,
			unitMin: 10,
		});
		expect(estimate.assumptions.join(' ')).toContain('Generate Preview');
		expectWellFormed(estimate);
	});

	it('a preview without its cost is an error; off, the cost is not read', () => {
		expectInputError(
			() => video({ videoBaseCost: 100, videoPreview: true }),
			'videoPreviewCost',
			'required',
		);
		expect(video({ videoBaseCost: 100, videoPreviewCost: 10 }).expected).toBe(100);
	});

	it('the prompt enhancer widens max on top of the preview', () => {
		const estimate = video({
			videoBaseCost: 100,
			videoPreview: true,
			videoPreviewCost: 10,
			promptEnhancer: true,
			count: 2,
		});
		expect(estimate).toMatchObject({ min: 220, max: 224 });
	});
});

describe('ImagineArt custom video (no model): unchanged', () => {
	it('base at the minimum duration, linear, times count', () => {
		expect(
			video({ videoBaseCost: 210, videoMinDuration: 5, videoDuration: 10, count: 3 }),
		).toMatchObject({ min: 1260, max: 1260 });
		expect(video({ videoBaseCost: 210 }).breakdown[0].label).toBe('Video 5 s');
	});
});
