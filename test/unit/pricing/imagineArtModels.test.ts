import { estimateImagineArt } from '../../../nodes/shared/pricing';
import { IMAGINE_ART_OFFICIAL_IMAGE_MODELS } from '../../../nodes/shared/pricing/imagineArt/aliases';
import { IMAGINE_ART_IMAGE_MODELS_2026 } from '../../../nodes/shared/pricing/imagineArt/models';
import { IMAGINE_ART_PRICING } from '../../../nodes/shared/pricing/imagineArt/prices';
import { expectInputError, expectWellFormed } from './helpers';

/**
 * The image models of ImagineArt's n8n node, typed in again from `Vyro-ai/n8n-nodes-imagineart`,
 * `nodes/ImagineArt/transport/imageModels.ts` (id → display name), with the credits per image of
 * ImagineArt's docs, "Image Credits" (https://docs.imagine.art/image-tools/image-credits), where
 * that page prices the model.
 */
const OFFICIAL: Array<[id: string, name: string, credits: number | undefined]> = [
	['nano-banana-pro', 'Nano Banana Pro', 80],
	['imagine-art-2.0', 'ImagineArt 2.0', 25],
	['nano-banana-2', 'Nano Banana 2', 49],
	['gpt-image-2', 'GPT Image 2', undefined],
	['imagine-art-1.5', 'ImagineArt 1.5', 15],
	['imagine-art-1.5-pro', 'ImagineArt 1.5 Pro', 25],
	['recraft-v4.1', 'Recraft v4.1', undefined],
	['ideogram-v4', 'Ideogram v4', undefined],
	['seedream-v5-lite', 'Seedream v5 Lite', 20],
	['xAI-grok-imagine', 'xAI Grok Imagine', 12],
];
const PRICED = OFFICIAL.filter((row): row is [string, string, number] => row[2] !== undefined);
const UNPRICED = OFFICIAL.filter(([, , credits]) => credits === undefined);

describe("ImagineArt models by the ids of ImagineArt's n8n node", () => {
	it('the alias table lists exactly the official models', () => {
		expect(
			Object.entries(IMAGINE_ART_OFFICIAL_IMAGE_MODELS).map(([id, model]) => [id, model.label]),
		).toEqual(OFFICIAL.map(([id, name]) => [id, name]));
	});

	it.each(PRICED)('%s and "%s" price at %d credits (1K)', (id, name, credits) => {
		for (const model of [id, name, id.toUpperCase()]) {
			const estimate = estimateImagineArt({ model, resolution: '1K', count: 2 });
			expect(estimate).toMatchObject({ min: credits * 2, max: credits * 2 });
			expectWellFormed(estimate);
		}
	});

	it('imagine-art-2.0 gives the same estimate as the id and the label the package had', () => {
		const official = estimateImagineArt({ model: 'imagine-art-2.0', count: 3 });
		expect(estimateImagineArt({ model: 'imagineart-2.0', count: 3 })).toEqual(official);
		expect(estimateImagineArt({ model: 'ImagineArt 2.0', count: 3 })).toEqual(official);
		expect(official.expected).toBe(75);
	});

	it('the Pro flag follows the model the official id names', () => {
		expect(estimateImagineArt({ model: 'imagine-art-1.5-pro' }).requiresSubscription).toBe(true);
		expect(estimateImagineArt({ model: 'xAI-grok-imagine' }).requiresSubscription).toBe(false);
	});

	it.each(UNPRICED)(
		'%s (%s) has no published price: an error asking for an override',
		(id, name) => {
			for (const model of [id, name]) {
				expectInputError(
					() => estimateImagineArt({ model }),
					'model',
					`${name} (${id})`,
					'no public ImagineArt price list',
					`{"newModels": {"${id}": <credits>}}`,
				);
			}
		},
	);

	it('an unpriced official model prices once an override gives it, by id or display name', () => {
		const overrides = { newModels: { 'gpt-image-2': 40 } };
		expect(estimateImagineArt({ model: 'gpt-image-2' }, { overrides }).expected).toBe(40);
		expect(estimateImagineArt({ model: 'GPT Image 2', count: 2 }, { overrides }).expected).toBe(80);
	});

	it('a monthly plan takes an official id too', () => {
		const estimate = estimateImagineArt({
			estimateType: 'monthlyPlan',
			imagesPerDay: 10,
			model: 'xAI-grok-imagine',
			workingDays: 20,
		});
		expect(estimate.base).toBe(2400);
	});

	it('overrides name a model by its official id', () => {
		const estimate = estimateImagineArt(
			{ model: 'imagineart-2.0' },
			{ overrides: { models: { 'imagine-art-2.0': 30 } } },
		);
		expect(estimate.expected).toBe(30);
		expect(estimate.assumptions.join(' ')).toContain('models.imagineart-2.0 = 30');
		expectInputError(
			() =>
				estimateImagineArt(
					{ model: 'flux-dev' },
					{ overrides: { models: { 'imagine-art-2.0': 30, 'imagineart-2.0': 31 } } },
				),
			'overrides.models.imagineart-2.0',
			'give it once',
		);
	});

	it('an unknown name is still an error that lists the ids', () => {
		expectInputError(
			() => estimateImagineArt({ model: 'midjourney' }),
			'model',
			'Unknown',
			'flux-dev',
		);
	});
});

describe('ImagineArt image resolution', () => {
	const { prices } = IMAGINE_ART_PRICING[0];
	const single = Object.entries(IMAGINE_ART_IMAGE_MODELS_2026).filter(
		([, model]) => model.credits.default !== undefined,
	);

	it('the widening factors are the largest published resolution/1K ratios', () => {
		const perResolution = Object.values(IMAGINE_ART_IMAGE_MODELS_2026).filter(
			(model) => model.credits.default === undefined,
		);
		for (const res of ['2K', '4K']) {
			const ratios = perResolution.map((model) => model.credits[res] / model.credits['1K']);
			expect(prices.resolutionMaxFactor[res]).toBe(Math.max(...ratios));
		}
		expect(prices.resolutionMaxFactor).toEqual({ '1K': 1, '2K': 1.5, '4K': 2 });
	});

	it('Nano Banana 2 and Pro keep their published prices at every resolution', () => {
		const cells: Array<[string, string, number]> = [
			['nano-banana-2', '1K', 49],
			['nano-banana-2', '2K', 73.5],
			['nano-banana-2', '4K', 98],
			['nano-banana-pro', '1K', 80],
			['nano-banana-pro', '2K', 80],
			['nano-banana-pro', '4K', 160],
		];
		for (const [model, resolution, credits] of cells) {
			const estimate = estimateImagineArt({ model, resolution });
			expect(estimate).toMatchObject({ min: credits, max: credits });
			expect(estimate.assumptions.join(' ')).not.toContain('cost more than 1K');
		}
	});

	it.each(single)(
		'%s: 1K is its base; 2K and 4K widen the range, never priced as 1K',
		(id, model) => {
			const base = model.credits.default;
			expect(estimateImagineArt({ model: id, resolution: '1K' })).toMatchObject({
				min: base,
				max: base,
			});
			const noResolution = estimateImagineArt({ model: id });
			expect(noResolution).toMatchObject({ min: base, max: base });
			expect(noResolution.assumptions.join(' ')).toContain('No resolution given');
			for (const [resolution, factor] of [
				['2K', 1.5],
				['4K', 2],
			] as const) {
				if (model.maxResolution === '2K' && resolution === '4K') continue;
				const estimate = estimateImagineArt({ model: id, resolution, count: 2 });
				expect(estimate.min).toBe(base * 2);
				expect(estimate.max).toBe(Math.round(base * factor * 2 * 100) / 100);
				expect(estimate.max).toBeGreaterThan(estimate.min);
				const text = estimate.assumptions.join(' ');
				expect(text).toContain(`${factor}×`);
				expect(text).toContain(`{"models": {"${id}": {"${resolution}": <credits>}}}`);
				expectWellFormed(estimate);
			}
		},
	);

	it('an override gives the exact price at a resolution the docs do not price', () => {
		const overrides = { models: { 'flux-dev': { '4K': 12 } } };
		const estimate = estimateImagineArt(
			{ model: 'flux-dev', resolution: '4K', count: 2 },
			{ overrides },
		);
		expect(estimate).toMatchObject({
			min: 24,
			max: 24,
			pricingVersion: 'imagineart-2026+overrides',
		});
		expect(estimate.assumptions.join(' ')).toContain('models.flux-dev = default 5, 4K 12');
		expect(
			estimateImagineArt({ model: 'flux-dev', resolution: '2K' }, { overrides }),
		).toMatchObject({
			min: 5,
			max: 7.5,
		});
		expect(estimateImagineArt({ model: 'flux-dev' }, { overrides }).expected).toBe(5);
	});

	it('ImagineArt 1.5 goes up to 2K (the docs\' "Max resolution")', () => {
		expect(estimateImagineArt({ model: 'imagine-art-1.5', resolution: '2K' })).toMatchObject({
			min: 15,
			max: 22.5,
		});
		expectInputError(
			() => estimateImagineArt({ model: 'imagine-art-1.5', resolution: '4K' }),
			'resolution',
			'up to 2K',
		);
	});

	it('a monthly plan at 4K on a single-price model takes the top of the range', () => {
		const estimate = estimateImagineArt({
			estimateType: 'monthlyPlan',
			imagesPerDay: 1,
			model: 'seedream-v4.5',
			resolution: '4K',
			workingDays: 10,
		});
		expect(estimate.base).toBe(480);
		expect(estimate.assumptions.join(' ')).toContain('top of its range');
	});

	it.each(['8K', '1080p'])('resolution %s is an error listing 1K, 2K, 4K', (resolution) => {
		expectInputError(
			() => estimateImagineArt({ model: 'flux-dev', resolution }),
			'resolution',
			'1K, 2K, 4K',
		);
	});
});
