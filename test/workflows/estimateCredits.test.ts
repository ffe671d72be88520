import type { IDataObject } from 'n8n-workflow';
import { runWorkflow, shutdownEngine } from '../engine/runWorkflow';
import { chain, fixedItems, manualTrigger, packageNode } from '../engine/workflows';

afterAll(async () => {
	await shutdownEngine();
});

async function estimate(
	rows: IDataObject[],
	parameters: Record<string, unknown>,
	onError?: 'continueRegularOutput',
) {
	const node = packageNode('Estimate', 'aiCredits', {
		operation: 'estimateCredits',
		...parameters,
	} as never);
	if (onError) node.onError = onError;
	return await runWorkflow(chain(manualTrigger(), fixedItems('Rows', rows), node));
}

describe('Estimate Credits (real n8n engine, no credentials needed)', () => {
	it('Gamma: a three-row sheet, each row estimated from its own values by expressions', async () => {
		const rows = [
			{ topic: 'Q3 review', cards: 10, model: 'flux-1-quick' },
			{ topic: 'Launch', cards: 20, model: 'dall-e-3' },
			{ topic: 'Hiring', cards: 5, model: 'imagen-4-ultra' },
		];
		const { outputs, error } = await estimate(rows, {
			resource: 'gamma',
			numCards: '={{ $json.cards }}',
			imageModel: '={{ $json.model }}',
		});
		expect(error).toBeUndefined();
		const items = outputs.Estimate[0];
		expect(items.map((item) => item.json.topic)).toEqual(['Q3 review', 'Launch', 'Hiring']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		// gamma-2026: 1–3 credits a card, one AI image a card at the model's exact price
		const ranges = items.map((item) => {
			const e = item.json.creditEstimate as { min: number; max: number };
			return [e.min, e.max];
		});
		expect(ranges).toEqual([
			[10 * 1 + 10 * 2, 10 * 3 + 10 * 2],
			[20 * 1 + 20 * 33, 20 * 3 + 20 * 33],
			[5 * 1 + 5 * 30, 5 * 3 + 5 * 30],
		]);
		expect(items[0].json.creditEstimate).toMatchObject({
			provider: 'gamma',
			unit: 'credits',
			pricingVersion: 'gamma-2026',
			expected: 40,
		});
		expect(
			(items[0].json.creditEstimate as { breakdown: unknown[] }).breakdown.length,
		).toBeGreaterThan(0);
	});

	it('Gamma 2025 pricing reproduces the seed scenario 30 cards + 30 ultra images ≈ 930–3900', async () => {
		const { outputs } = await estimate([{}], {
			resource: 'gamma',
			pricingVersion: 'gamma-2025',
			numCards: 30,
			imagePricedBy: 'tier',
			imageTier: 'ultra',
		});
		expect(outputs.Estimate[0][0].json.creditEstimate).toMatchObject({
			min: 930,
			max: 3900,
			pricingVersion: 'gamma-2025',
		});
	});

	it('Stability AI: the seed table cell 768×1024 at 100 steps is 13.2 credits, times samples', async () => {
		const { outputs } = await estimate([{ samples: 1 }, { samples: 3 }], {
			resource: 'stabilityAi',
			service: 'v1-text-to-image',
			engine: 'stable-diffusion-xl-beta-v2-2-2',
			width: 768,
			height: 1024,
			steps: 100,
			samples: '={{ $json.samples }}',
		});
		const [one, three] = outputs.Estimate[0].map(
			(item) => item.json.creditEstimate as { max: number; usd: { max: number } },
		);
		expect(one.max).toBe(13.2);
		expect(three.max).toBeCloseTo(39.6, 6);
		expect(three.usd.max).toBeCloseTo(0.396, 6);
	});

	it('Stability AI: a size that is not a multiple of 64 is a NodeOperationError naming the field and range', async () => {
		const { error } = await estimate([{}], { resource: 'stabilityAi', width: 500 });
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(/width/);
		expect(error?.message).toMatch(/64/);
		expect(error?.context).toMatchObject({ itemIndex: 0 });
	});

	it('continue-on-fail keeps the good items and marks the bad one', async () => {
		const { outputs, error } = await estimate(
			[{ steps: 50 }, { steps: 5 }, { steps: 150 }],
			{
				resource: 'stabilityAi',
				engine: 'stable-diffusion-xl-beta-v2-2-2',
				steps: '={{ $json.steps }}',
			},
			'continueRegularOutput',
		);
		expect(error).toBeUndefined();
		const items = outputs.Estimate[0];
		expect(items[0].json.creditEstimate).toMatchObject({ max: 1 });
		expect(items[1].json.error).toMatch(/steps/);
		expect(items[1].json.creditEstimate).toBeUndefined();
		expect(items[2].json.creditEstimate).toMatchObject({ max: 3 });
	});

	it('ImagineArt monthly plan: the seed example gives 62,040 base and 74,448–80,652 with the buffer', async () => {
		const { outputs } = await estimate([{}], {
			resource: 'imagineArt',
			estimateType: 'monthlyPlan',
			imagesPerDay: 30,
			imageCost: 24,
			videosPerDay: 10,
			videoCost: 210,
			workingDays: 22,
		});
		expect(outputs.Estimate[0][0].json.creditEstimate).toMatchObject({
			provider: 'imagineArt',
			base: 62040,
			min: 74448,
			max: 80652,
		});
	});

	it('ImagineArt: a Pro model is marked as needing a subscription', async () => {
		const { outputs } = await estimate([{}], {
			resource: 'imagineArt',
			estimateType: 'image',
			model: 'nano-banana-pro',
			resolution: '4K',
			count: 2,
		});
		expect(outputs.Estimate[0][0].json.creditEstimate).toMatchObject({
			min: 320,
			requiresSubscription: true,
		});
	});

	it('price overrides apply, and a misspelt key is an error that names it', async () => {
		const ok = await estimate([{}], {
			resource: 'gamma',
			numCards: 1,
			imageModel: 'flux-1-quick',
			priceOverrides: '{"imageModels": {"flux-1-quick": 3}}',
		});
		expect(ok.outputs.Estimate[0][0].json.creditEstimate).toMatchObject({
			min: 1 + 3,
			pricingVersion: 'gamma-2026+overrides',
		});
		const bad = await estimate([{}], {
			resource: 'gamma',
			priceOverrides: '{"imageTiers": {"premiun": {"min": 1, "max": 2}}}',
		});
		expect(bad.error?.name).toBe('NodeOperationError');
		expect(bad.error?.message).toMatch(/premiun/);
	});
});
