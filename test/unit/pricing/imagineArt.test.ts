import { estimateImagineArt } from '../../../nodes/shared/pricing';
import {
	imagineArtModelOptions,
	imagineArtResolutionOptions,
} from '../../../nodes/AiCredits/actions/shared/pricedOptions';
import type { ImagineArtEstimateInput } from '../../../nodes/shared/pricing';
import { IMAGINE_ART_IMAGE_MODELS_2026 } from '../../../nodes/shared/pricing/imagineArt/models';
import { expectInputError, expectWellFormed } from './helpers';

/**
 * Credits per image by model label, typed in again from ImagineArt's docs, "Image Credits" (2026,
 * https://docs.imagine.art/image-tools/image-credits), not from the data file.
 */
const API_FACTS_MODELS: Array<[string, number | Record<string, number>]> = [
	['ImagineArt 2.0', 25],
	['ImagineArt 1.5', 15],
	['ImagineArt 1.5 Pro', 25],
	['Nano Banana 2', { '1K': 49, '2K': 73.5, '4K': 98 }],
	['Nano Banana Pro', { '1K': 80, '2K': 80, '4K': 160 }],
	['ChatGPT 1.5', 35],
	['ChatGPT', 45],
	['Seedream v5 Lite', 20],
	['Seedream v4.5', 24],
	['Recraft v4', 24],
	['Recraft v4 Pro', 150],
	['Grok Imagine', 12],
	['Flux 2 Max', 50],
	['Flux 2 Pro', 28],
	['Flux 1.1 Ultra', 36],
	['Flux Dev', 5],
	['Z Image Turbo', 5],
	['Nano Banana', 24],
	['Imagen-4', 24],
	['Dreamina 3.1', 18],
	['Ideogram v3', 25],
];
type ModelCell = [label: string, resolution: string | undefined, credits: number];
const MODEL_CELLS = API_FACTS_MODELS.flatMap(([label, credits]): ModelCell[] =>
	typeof credits === 'number'
		? [[label, undefined, credits]]
		: Object.entries(credits).map(([resolution, price]) => [label, resolution, price]),
);

describe('ImagineArt monthly plan (the worked example of Understanding Credits)', () => {
	const example: ImagineArtEstimateInput = {
		estimateType: 'monthlyPlan',
		imagesPerDay: 30,
		imageCost: 24,
		videosPerDay: 10,
		videoCost: 210,
		workingDays: 22,
	};

	it('30 images/day at 24 + 10 videos/day at 210 over 22 days = 62,040; with 20–30 % = 74,448–80,652', () => {
		const estimate = estimateImagineArt(example);
		expect(estimate.base).toBe(62040);
		expect(estimate.min).toBe(74448);
		expect(estimate.max).toBe(80652);
		expect(estimate.expected).toBe(77550);
		expect(estimate.requiresSubscription).toBe(false);
		expect(estimate.breakdown).toEqual([
			expect.objectContaining({ quantity: 660, unitMin: 24, min: 15840, max: 15840 }),
			expect.objectContaining({ quantity: 220, unitMin: 210, min: 46200, max: 46200 }),
			expect.objectContaining({
				label: 'Total before buffer',
				min: 62040,
				max: 62040,
				subtotal: true,
			}),
			expect.objectContaining({ min: 12408, max: 18612 }),
		]);
		const lines = estimate.breakdown.filter((line) => !line.subtotal);
		expect(lines.reduce((sum, line) => sum + line.min, 0)).toBe(74448);
		expect(lines.reduce((sum, line) => sum + line.max, 0)).toBe(80652);
		expectWellFormed(estimate);
	});

	it('22 working days and a 20–30 % buffer are the defaults', () => {
		const { workingDays: _ignored, ...rest } = example;
		expect(estimateImagineArt(rest)).toMatchObject({ base: 62040, min: 74448, max: 80652 });
	});

	it('takes another buffer and working days', () => {
		const estimate = estimateImagineArt({
			...example,
			workingDays: 20,
			bufferMinPercent: 0,
			bufferMaxPercent: 50,
		});
		expect(estimate).toMatchObject({ base: 56400, min: 56400, max: 84600, expected: 70500 });
	});

	it('prices images from a model when imageCost is not given, and carries the Pro flag', () => {
		const estimate = estimateImagineArt({
			estimateType: 'monthlyPlan',
			imagesPerDay: 10,
			model: 'nano-banana-pro',
			resolution: '4K',
			workingDays: 20,
		});
		expect(estimate).toMatchObject({ base: 32000, requiresSubscription: true });
	});

	it('a Pro model counts even when imageCost is given, whose price wins', () => {
		const estimate = estimateImagineArt({
			...example,
			model: 'nano-banana-pro',
		});
		expect(estimate).toMatchObject({ base: 62040, requiresSubscription: true });
		expect(estimate.assumptions.join(' ')).toContain('imageCost 24 as entered');
		expect(estimateImagineArt({ ...example, model: 'flux-dev' }).requiresSubscription).toBe(false);
		expect(
			estimateImagineArt({
				estimateType: 'monthlyPlan',
				videosPerDay: 1,
				videoCost: 10,
				model: 'Flux 2 Pro',
			}).requiresSubscription,
		).toBe(true);
	});

	it('an unknown model is an error even with imageCost or no images', () => {
		for (const input of [
			{ imagesPerDay: 0, videosPerDay: 1, videoCost: 10 },
			{ imagesPerDay: 5, imageCost: 24 },
		]) {
			expectInputError(
				() => estimateImagineArt({ estimateType: 'monthlyPlan', model: 'midjourney', ...input }),
				'model',
				'Unknown',
			);
		}
	});

	it('says the prompt enhancer is not added to a plan or a custom cost', () => {
		const plan = estimateImagineArt({ ...example, promptEnhancer: true });
		expect(plan).toMatchObject({ min: 74448, max: 80652 });
		expect(plan.assumptions.join(' ')).toContain('promptEnhancer is not added to a monthly plan');
		const custom = estimateImagineArt({
			estimateType: 'custom',
			customCost: 10,
			promptEnhancer: true,
		});
		expect(custom).toMatchObject({ min: 10, max: 10 });
		expect(custom.assumptions.join(' ')).toContain('promptEnhancer is not added to a custom cost');
		expect(estimateImagineArt(example).assumptions.join(' ')).not.toContain('promptEnhancer');
	});

	it.each([
		['imageCost', { imagesPerDay: 5 }, ['required']],
		['videoCost', { videosPerDay: 5 }, ['required']],
		['workingDays', { workingDays: 32 }, ['1 to 31']],
		['workingDays', { workingDays: 0 }, ['1 to 31']],
		['imagesPerDay', { imagesPerDay: -1 }, ['at least 0']],
		['bufferMinPercent', { bufferMinPercent: -5 }, ['0 to 100']],
		[
			'bufferMaxPercent',
			{ bufferMinPercent: 30, bufferMaxPercent: 20 },
			['at least bufferMinPercent'],
		],
	])('invalid %s: %j', (field, input, parts) => {
		expectInputError(
			() => estimateImagineArt({ estimateType: 'monthlyPlan', ...(input as object) }),
			field,
			...(parts as string[]),
		);
	});
});

describe('ImagineArt images: model × resolution × count', () => {
	it('lists exactly the models of the Image Credits page', () => {
		expect(imagineArtModelOptions().map((o) => o.label)).toEqual(
			API_FACTS_MODELS.map(([label]) => label),
		);
	});

	it.each(MODEL_CELLS)('%s at %s: %f credits/image', (model, resolution, credits) => {
		for (const count of [1, 2, 4]) {
			const estimate = estimateImagineArt({ estimateType: 'image', model, resolution, count });
			expect(estimate.min).toBe(Math.round(credits * count * 100) / 100);
			expect(estimate.max).toBe(estimate.min);
			expect(estimate.expected).toBe(estimate.min);
			expect(estimate.breakdown[0]).toMatchObject({
				quantity: count,
				unitMin: credits,
				unitMax: credits,
			});
			expect(estimate.pricingVersion).toBe('imagineart-2026');
			expectWellFormed(estimate);
		}
	});

	it('Nano Banana 2 at 2K × 3 = 220.5', () => {
		expect(
			estimateImagineArt({ model: 'nano-banana-2', resolution: '2K', count: 3 }).expected,
		).toBe(220.5);
	});

	it('a model priced per resolution without one gives the range of its resolutions', () => {
		const estimate = estimateImagineArt({ model: 'nano-banana-2', count: 2 });
		expect(estimate).toMatchObject({ min: 98, max: 196, expected: 147 });
		expect(estimate.assumptions.join(' ')).toContain('No resolution given');
	});

	it('finds a model by its label and resolution in any case', () => {
		expect(estimateImagineArt({ model: 'Flux Dev' }).expected).toBe(5);
		expect(estimateImagineArt({ model: 'FLUX-DEV' }).expected).toBe(5);
		expect(estimateImagineArt({ model: 'Nano Banana Pro', resolution: '4k' }).expected).toBe(160);
	});

	it('an id wins over a label, an exact id over one in another case', () => {
		const overrides = { newModels: { 'Flux Dev': 9, 'FLUX-DEV': 7 } };
		expect(estimateImagineArt({ model: 'Flux Dev' }, { overrides }).expected).toBe(9);
		expect(estimateImagineArt({ model: 'flux dev' }, { overrides }).expected).toBe(9);
		expect(estimateImagineArt({ model: 'FLUX-DEV' }, { overrides }).expected).toBe(7);
		expect(estimateImagineArt({ model: 'flux-dev' }, { overrides }).expected).toBe(5);
	});

	it('a single-price model at 1K costs its base; at 4K the range widens, and says so', () => {
		expect(estimateImagineArt({ model: 'flux-dev', resolution: '1K' })).toMatchObject({
			min: 5,
			max: 5,
		});
		const estimate = estimateImagineArt({ model: 'flux-dev', resolution: '4K' });
		expect(estimate).toMatchObject({ min: 5, max: 10, expected: 7.5 });
		expect(estimate.assumptions.join(' ')).toContain('cost more than 1K');
	});

	it('the prompt enhancer widens max only, and says so', () => {
		const plain = estimateImagineArt({ model: 'seedream-v4.5', count: 3 });
		const enhanced = estimateImagineArt({ model: 'seedream-v4.5', count: 3, promptEnhancer: true });
		expect(enhanced.min).toBe(plain.min);
		expect(enhanced.max).toBe(plain.max + 6);
		expect(enhanced.expected).toBe(plain.expected + 3);
		expect(enhanced.assumptions.join(' ')).toContain('Prompt enhancer');
		expectWellFormed(enhanced);
	});

	it('never costs less with more images', () => {
		for (const [model] of API_FACTS_MODELS) {
			let previous = 0;
			for (let count = 1; count <= 10; count++) {
				const { max } = estimateImagineArt({ model, count });
				expect(max).toBeGreaterThan(previous);
				previous = max;
			}
		}
	});

	it.each([
		['model', {}, ['required', 'flux-dev']],
		['model', { model: 'midjourney' }, ['Unknown', 'newModels']],
		['resolution', { model: 'nano-banana-2', resolution: '8K' }, ['1K, 2K, 4K']],
		['count', { model: 'flux-dev', count: 0 }, ['at least 1']],
		['count', { model: 'flux-dev', count: 1.5 }, ['whole number']],
		['estimateType', { estimateType: 'audio' }, ['image', 'video', 'custom', 'monthlyPlan']],
	])('invalid %s: %j', (field, input, parts) => {
		expectInputError(
			() => estimateImagineArt(input as ImagineArtEstimateInput),
			field,
			...(parts as string[]),
		);
	});
});

describe('ImagineArt Pro models', () => {
	const pro = Object.entries(IMAGINE_ART_IMAGE_MODELS_2026)
		.filter(([, m]) => m.pro)
		.map(([id]) => id);

	it('the Pro flag follows the "Pro" label', () => {
		for (const model of Object.values(IMAGINE_ART_IMAGE_MODELS_2026)) {
			expect(model.pro).toBe(/\bPro\b/.test(model.label));
		}
		expect(pro.sort()).toEqual([
			'flux-2-pro',
			'imagineart-1.5-pro',
			'nano-banana-pro',
			'recraft-v4-pro',
		]);
	});

	it.each(pro)('%s → requiresSubscription: true, stated in assumptions', (model) => {
		const estimate = estimateImagineArt({ model });
		expect(estimate.requiresSubscription).toBe(true);
		expect(estimate.assumptions.join(' ')).toContain('free daily credits cannot pay');
		expect(estimate.assumptions.join(' ')).toContain('"Pro" label');
	});

	it('other models → requiresSubscription: false', () => {
		expect(estimateImagineArt({ model: 'flux-2-max' }).requiresSubscription).toBe(false);
	});

	it('video and custom estimates take the flag from the user', () => {
		expect(
			estimateImagineArt({ estimateType: 'custom', customCost: 10 }).requiresSubscription,
		).toBe(false);
		expect(
			estimateImagineArt({ estimateType: 'custom', customCost: 10, requiresSubscription: true })
				.requiresSubscription,
		).toBe(true);
		expect(
			estimateImagineArt({ estimateType: 'video', videoBaseCost: 100, requiresSubscription: true })
				.requiresSubscription,
		).toBe(true);
	});
});

describe('ImagineArt video and custom costs', () => {
	it('a video at its minimum duration costs its base', () => {
		const estimate = estimateImagineArt({
			estimateType: 'video',
			videoBaseCost: 210,
			videoMinDuration: 5,
		});
		expect(estimate).toMatchObject({ min: 210, max: 210, expected: 210 });
	});

	it('scales linearly with duration, times count', () => {
		const estimate = estimateImagineArt({
			estimateType: 'video',
			videoBaseCost: 210,
			videoMinDuration: 5,
			videoDuration: 10,
			count: 3,
		});
		expect(estimate).toMatchObject({ min: 1260, max: 1260 });
		expect(estimate.breakdown[0]).toMatchObject({ unitMin: 420, quantity: 3 });
	});

	it('a duration below the minimum is billed at the minimum', () => {
		const estimate = estimateImagineArt({
			estimateType: 'video',
			videoBaseCost: 100,
			videoMinDuration: 5,
			videoDuration: 3,
		});
		expect(estimate.expected).toBe(100);
		expect(estimate.assumptions.join(' ')).toContain('below the minimum');
	});

	it('never costs less for a longer video', () => {
		let previous = 0;
		for (let seconds = 1; seconds <= 30; seconds++) {
			const { expected } = estimateImagineArt({
				estimateType: 'video',
				videoBaseCost: 75,
				videoMinDuration: 4,
				videoDuration: seconds,
			});
			expect(expected).toBeGreaterThanOrEqual(previous);
			previous = expected;
		}
	});

	it('the prompt enhancer widens a video estimate too', () => {
		const estimate = estimateImagineArt({
			estimateType: 'video',
			videoBaseCost: 100,
			count: 2,
			promptEnhancer: true,
		});
		expect(estimate).toMatchObject({ min: 200, max: 204 });
	});

	it('a custom cost × count', () => {
		const estimate = estimateImagineArt({ estimateType: 'custom', customCost: 33.3, count: 3 });
		expect(estimate).toMatchObject({ min: 99.9, max: 99.9, expected: 99.9 });
	});

	it('large costs stay exact', () => {
		const estimate = estimateImagineArt({ estimateType: 'custom', customCost: 5e9 });
		expect(estimate).toMatchObject({ min: 5e9, expected: 5e9, max: 5e9 });
	});

	it.each([
		['videoBaseCost', { estimateType: 'video' }, ['required']],
		['videoBaseCost', { estimateType: 'video', videoBaseCost: -1 }, ['at least 0']],
		[
			'videoMinDuration',
			{ estimateType: 'video', videoBaseCost: 1, videoMinDuration: 0 },
			['1 to 600'],
		],
		[
			'videoDuration',
			{ estimateType: 'video', videoBaseCost: 1, videoDuration: 601 },
			['1 to 600'],
		],
		['customCost', { estimateType: 'custom' }, ['required']],
		['customCost', { estimateType: 'custom', customCost: 'lots' }, ['number']],
	])('invalid %s: %j', (field, input, parts) => {
		expectInputError(
			() => estimateImagineArt(input as ImagineArtEstimateInput),
			field,
			...(parts as string[]),
		);
	});
});

describe('ImagineArt overrides', () => {
	it('overrides a model price', () => {
		const estimate = estimateImagineArt(
			{ model: 'flux-dev', count: 2 },
			{ overrides: '{"models": {"flux-dev": 6}}' },
		);
		expect(estimate).toMatchObject({
			min: 12,
			max: 12,
			pricingVersion: 'imagineart-2026+overrides',
		});
		expect(estimate.assumptions.join(' ')).toContain('models.flux-dev = 6');
	});

	it('a number sets every resolution; an object sets some', () => {
		const all = { models: { 'nano-banana-2': 60 } };
		expect(
			estimateImagineArt({ model: 'nano-banana-2', resolution: '4K' }, { overrides: all }).expected,
		).toBe(60);
		const some = { models: { 'nano-banana-2': { '2K': 80 } } };
		expect(
			estimateImagineArt({ model: 'nano-banana-2', resolution: '2K' }, { overrides: some })
				.expected,
		).toBe(80);
		expect(
			estimateImagineArt({ model: 'nano-banana-2', resolution: '1K' }, { overrides: some })
				.expected,
		).toBe(49);
	});

	it('adds new models, Pro or not', () => {
		const overrides = {
			newModels: { 'seedream-v6': 30, 'flux-3': { credits: 40, pro: true, label: 'Flux 3' } },
		};
		expect(estimateImagineArt({ model: 'seedream-v6' }, { overrides })).toMatchObject({
			expected: 30,
			requiresSubscription: false,
		});
		expect(estimateImagineArt({ model: 'Flux 3', count: 2 }, { overrides })).toMatchObject({
			expected: 80,
			requiresSubscription: true,
		});
		const byRes = { newModels: { 'nano-banana-3': { credits: { '1K': 50, '4K': 100 } } } };
		expect(
			estimateImagineArt({ model: 'nano-banana-3', resolution: '4K' }, { overrides: byRes })
				.expected,
		).toBe(100);
	});

	it('resolution and model names in any case', () => {
		const overrides = { models: { 'Nano-Banana-2': { '2k': 80 } } };
		const estimate = estimateImagineArt(
			{ model: 'nano-banana-2', resolution: '2K' },
			{ overrides },
		);
		expect(estimate.expected).toBe(80);
		expect(estimate.assumptions.join(' ')).toContain('models.nano-banana-2 = 1K 49, 2K 80, 4K 98');
	});

	it('a new model: "default" in any case, or resolutions only', () => {
		const byDefault = { newModels: { x: { credits: { Default: 7 } } } };
		expect(estimateImagineArt({ model: 'x' }, { overrides: byDefault })).toMatchObject({
			expected: 7,
		});
		expect(
			estimateImagineArt({ model: 'x', resolution: '4K' }, { overrides: byDefault }),
		).toMatchObject({ min: 7, max: 14 });
		const byRes = { newModels: { x: { credits: { '1K': 7, '2K': 9 } } } };
		expect(estimateImagineArt({ model: 'x' }, { overrides: byRes })).toMatchObject({
			min: 7,
			max: 9,
		});
	});

	it('overrides the prompt enhancer allowance', () => {
		const estimate = estimateImagineArt(
			{ model: 'flux-dev', promptEnhancer: true },
			{ overrides: { promptEnhancerMaxExtra: 5 } },
		);
		expect(estimate).toMatchObject({ min: 5, max: 10 });
	});

	it.each([
		['{"models": {"flux-devv": 6}}', 'overrides.models.flux-devv', 'newModels'],
		['{"model": {"flux-dev": 6}}', 'overrides.model', 'models, newModels'],
		[
			'{"models": {"nano-banana-2": {"8K": 200}}}',
			'overrides.models.nano-banana-2.8K',
			'1K, 2K, 4K',
		],
		['{"models": {"flux-dev": {"default": "x"}}}', 'overrides.models.flux-dev.default', 'number'],
		['{"newModels": {"x": {"price": 3}}}', 'overrides.newModels.x.price', 'credits, pro, label'],
		['{"newModels": {"x": {"pro": true}}}', 'overrides.newModels.x.credits', 'credits'],
		[
			'{"newModels": {"x": {"credits": 3, "pro": "yes"}}}',
			'overrides.newModels.x.pro',
			'true or false',
		],
		['{"promptEnhancerMaxExtra": -2}', 'overrides.promptEnhancerMaxExtra', '≥ 0'],
		['{"newModels": {"x": {"credits": {}}}}', 'overrides.newModels.x.credits', 'empty'],
		[
			'{"newModels": {"x": {"credits": {"default": 5, "2K": 7}}}}',
			'overrides.newModels.x.credits.default',
			'"default" alone',
		],
		[
			'{"newModels": {"x": {"credits": {"2K": 7, "default": 5}}}}',
			'overrides.newModels.x.credits.default',
			'resolutions only',
		],
		[
			'{"newModels": {"x": {"credits": {"2K": 7, "2k": 5}}}}',
			'overrides.newModels.x.credits.2k',
			'once',
		],
		['{"models": {"flux-dev": {}}}', 'overrides.models.flux-dev', 'empty'],
		['{"models": {"nano-banana-2": {}}}', 'overrides.models.nano-banana-2', 'empty'],
		['{"models": {"flux-dev": 5, "Flux-Dev": 6}}', 'overrides.models.Flux-Dev', 'give it once'],
	])('%s → %s', (json, field, part) => {
		expectInputError(
			() => estimateImagineArt({ model: 'flux-dev' }, { overrides: json }),
			field,
			part,
		);
	});
});

describe('ImagineArt lists for the UI', () => {
	it('lists every model with price, resolutions and Pro flag', () => {
		const options = imagineArtModelOptions();
		expect(options).toHaveLength(Object.keys(IMAGINE_ART_IMAGE_MODELS_2026).length);
		expect(options.find((o) => o.value === 'nano-banana-pro')).toMatchObject({
			name: 'Nano Banana Pro (80–160 credits/image, Pro: subscription only)',
			resolutions: ['1K', '2K', '4K'],
			pro: true,
		});
		expect(options.find((o) => o.value === 'flux-dev')).toMatchObject({
			name: 'Flux Dev (5 credits/image)',
			resolutions: [],
			pro: false,
		});
		expect(imagineArtResolutionOptions().map((o) => o.value)).toEqual(['1K', '2K', '4K']);
	});
});
