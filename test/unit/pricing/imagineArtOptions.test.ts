import {
	imagineArtApiStyleOptions,
	imagineArtModelOptions,
	imagineArtUnpricedModelOptions,
	imagineArtVideoModelOptions,
	imagineArtVideoResolutionOptions,
} from '../../../nodes/AiCredits/actions/shared/pricedOptions';
import { readImagineArtEstimateInput } from '../../../nodes/AiCredits/actions/imagineArt/estimateCredits.operation';
import type { ReadParameter } from '../../../nodes/shared/execution/parameterReader';
import { estimateImagineArt } from '../../../nodes/shared/pricing';
import { IMAGINE_ART_VIDEO_MODELS_2026 } from '../../../nodes/shared/pricing/imagineArt/videoModels';

describe('ImagineArt option lists for the Estimate Credits fields', () => {
	it("priced models carry the official node's id where it has one", () => {
		const byValue = Object.fromEntries(imagineArtModelOptions().map((o) => [o.value, o]));
		expect(byValue['imagineart-2.0'].officialId).toBe('imagine-art-2.0');
		expect(byValue['grok-imagine'].officialId).toBe('xAI-grok-imagine');
		expect(byValue['flux-dev'].officialId).toBeUndefined();
	});

	it('the official models without a published price are listed apart, and say so', () => {
		const options = imagineArtUnpricedModelOptions();
		expect(options.map((o) => o.value)).toEqual(['gpt-image-2', 'recraft-v4.1', 'ideogram-v4']);
		for (const option of options) expect(option.name).toContain('No Published Price');
	});

	it('video models: every official id, with durations and resolutions in the description', () => {
		const options = imagineArtVideoModelOptions();
		expect(options.map((o) => o.value)).toEqual(Object.keys(IMAGINE_ART_VIDEO_MODELS_2026));
		expect(options.find((o) => o.value === 'veo-3.1')).toEqual({
			value: 'veo-3.1',
			name: 'Veo 3.1',
			description: 'Durations 4, 6, 8 s; resolutions 720p, 1080p, 4k',
		});
		expect(options.find((o) => o.value === 'kling-2.6-pro')?.description).toContain(
			'no resolution setting',
		);
	});

	it('video resolutions, lowest first', () => {
		expect(imagineArtVideoResolutionOptions().map((o) => o.value)).toEqual([
			'360p',
			'480p',
			'540p',
			'720p',
			'1080p',
			'1440p',
			'2160p',
			'4k',
		]);
	});

	it('developer-API styles with their tokens, alphabetical', () => {
		const names = imagineArtApiStyleOptions().map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(names).toContain('Flux Dev (15 API Tokens/Image)');
		expect(names).toContain('Imagine Turbo (1 API Token/Image)');
		expect(names).toContain('SDXL 1.0 (No Published Cost: Add It Under Price Overrides)');
	});
});

describe('ImagineArt Estimate Credits: what the fields pass on', () => {
	const values: Record<string, unknown> = {
		estimateType: 'video',
		count: 1,
		videoModel: 'veo-3.1',
		videoResolution: '',
		videoBaseCost: 100,
		videoMinDuration: 5,
		videoDuration: 8,
		videoPreview: false,
		videoPreviewCost: 0,
		promptEnhancer: false,
		requiresSubscription: false,
		style: 'flux-dev',
	};
	const read: ReadParameter = <T>(name: string, _item: number, fallback?: T) =>
		(name in values ? values[name] : fallback) as T;

	it('a picked video model drops the hidden minimum duration (the model gives its own)', () => {
		const input = readImagineArtEstimateInput(read, 0);
		expect(input).not.toHaveProperty('videoMinDuration');
		expect(input).not.toHaveProperty('style');
		const estimate = estimateImagineArt(input);
		expect(estimate.expected).toBe(200);
		expect(estimate.assumptions.join(' ')).not.toContain('not used');
	});

	it('a developer-API estimate reads the style and count only', () => {
		values.estimateType = 'developerApi';
		values.count = 4;
		const input = readImagineArtEstimateInput(read, 0);
		expect(input).toEqual({ estimateType: 'developerApi', style: 'flux-dev', count: 4 });
		expect(estimateImagineArt(input)).toMatchObject({ unit: 'apiTokens', expected: 60 });
	});
});
