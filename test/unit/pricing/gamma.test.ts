import {
	estimateGamma,
	gammaImageModelOptions,
	gammaImageTierOptions,
} from '../../../nodes/shared/pricing';
import type { GammaEstimateInput } from '../../../nodes/shared/pricing';
import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../../../nodes/shared/pricing/data/gammaImageModels';
import { expectInputError, expectWellFormed } from './helpers';

const v2025 = { pricingVersion: 'gamma-2025' };

describe('Gamma 2025 (seed 000): the illustrative scenarios', () => {
	it('deck: 10 cards + 5 basic images = 20–60 credits', () => {
		const estimate = estimateGamma({ numCards: 10, numImages: 5, imageTier: 'basic' }, v2025);
		expect(estimate).toMatchObject({ provider: 'gamma', min: 20, max: 60, expected: 40 });
		expect(estimate.pricingVersion).toBe('gamma-2025');
		expect(estimate.breakdown).toEqual([
			expect.objectContaining({ label: 'Cards', quantity: 10, min: 10, max: 50 }),
			expect.objectContaining({ quantity: 5, unitMin: 2, unitMax: 2, min: 10, max: 10 }),
		]);
		expectWellFormed(estimate);
	});

	it('socials: 30 cards + 30 ultra images = 930–3900 credits', () => {
		const estimate = estimateGamma({ numCards: 30, numImages: 30, imageTier: 'ultra' }, v2025);
		expect(estimate).toMatchObject({ min: 930, max: 3900, expected: 2415 });
		expectWellFormed(estimate);
	});

	it("doc: 20 cards + 15 premium images covers the seed's 320–1070 and notes its arithmetic", () => {
		const estimate = estimateGamma({ numCards: 20, numImages: 15, imageTier: 'premium' }, v2025);
		expect(estimate.min).toBe(320);
		expect(estimate.min).toBeLessThanOrEqual(320);
		expect(estimate.max).toBeGreaterThanOrEqual(1070);
		expect(estimate.max).toBe(1150); // the table's own arithmetic: 20 × 5 + 15 × 70
		const note = estimate.assumptions.find((a) => a.includes('1070'));
		expect(note).toBeDefined();
		expect(note).toContain('follows the table');
		expectWellFormed(estimate);
	});

	it('the note appears only for the premium case of 2025', () => {
		const other = estimateGamma({ numCards: 20, numImages: 15, imageTier: 'premium' });
		expect(other.assumptions.join(' ')).not.toContain('1070');
	});

	it('has no per-model prices: a model name asks for a tier or gamma-2026', () => {
		expectInputError(
			() => estimateGamma({ numCards: 10, imageModel: 'flux-1-quick' }, v2025),
			'imageModel',
			'imageTier',
			'gamma-2026',
		);
	});

	it('a model with a tier falls back to the tier and says so', () => {
		const estimate = estimateGamma(
			{ numCards: 10, numImages: 5, imageModel: 'flux-1-quick', imageTier: 'basic' },
			v2025,
		);
		expect(estimate).toMatchObject({ min: 20, max: 60 });
		expect(estimate.assumptions.join(' ')).toContain('no price in gamma-2025');
	});

	it('accepts the 2026 name "standard" for the basic tier', () => {
		const estimate = estimateGamma({ numCards: 10, numImages: 5, imageTier: 'standard' }, v2025);
		expect(estimate).toMatchObject({ min: 20, max: 60 });
		expect(estimate.assumptions.join(' ')).toContain('called "basic"');
	});
});

describe('Gamma 2026 (seed 001, the default)', () => {
	it('is the default pricing', () => {
		expect(estimateGamma({ numCards: 1, numImages: 0 }).pricingVersion).toBe('gamma-2026');
	});

	it("numCards defaults to 10, as in Gamma's API", () => {
		const estimate = estimateGamma({ numImages: 0 });
		expect(estimate).toMatchObject({ min: 10, max: 30 });
		expect(estimate.assumptions.join(' ')).toContain("Gamma's default of 10 cards");
		expect(estimateGamma({ numCards: '' as unknown as number, numImages: 0 }).max).toBe(30);
	});

	it('cards cost 1–3 credits each', () => {
		const estimate = estimateGamma({ numCards: 10, numImages: 0 });
		expect(estimate).toMatchObject({ min: 10, max: 30, expected: 20 });
		expect(estimate.breakdown).toHaveLength(1);
	});

	it.each(
		Object.entries(GAMMA_IMAGE_MODEL_CREDITS_2026).filter(([m]) => m !== 'ideogram-v3-turbo'),
	)('model %s gives its exact price (%i credits/image)', (imageModel, credits) => {
		const estimate = estimateGamma({ numCards: 4, numImages: 3, imageModel });
		expect(estimate.breakdown[1]).toMatchObject({
			quantity: 3,
			unitMin: credits,
			unitMax: credits,
			min: 3 * credits,
			max: 3 * credits,
		});
		expect(estimate.min).toBe(4 + 3 * credits);
		expect(estimate.max).toBe(12 + 3 * credits);
		expectWellFormed(estimate);
	});

	it('defaults to one AI image per card', () => {
		const estimate = estimateGamma({ numCards: 10, imageModel: 'flux-1-quick' });
		expect(estimate.breakdown[1]).toMatchObject({ quantity: 10, min: 20, max: 20 });
		expect(estimate).toMatchObject({ min: 30, max: 50, expected: 40 });
		expect(estimate.assumptions.join(' ')).toContain('one AI image per card');
	});

	it('no images for other image sources', () => {
		for (const imageSource of ['pexels', 'noImages', 'placeholder'] as const) {
			const estimate = estimateGamma({ numCards: 10, imageSource, imageModel: 'dall-e-3' });
			expect(estimate).toMatchObject({ min: 10, max: 30 });
			expect(estimate.breakdown).toHaveLength(1);
		}
		const ignored = estimateGamma({ numCards: 10, numImages: 4, imageSource: 'giphy' });
		expect(ignored.max).toBe(30);
		expect(ignored.assumptions.join(' ')).toContain('numImages 4 ignored');
	});

	it('the disputed ideogram-v3-turbo price (6 vs 10) becomes a range', () => {
		const estimate = estimateGamma({ numCards: 5, numImages: 5, imageModel: 'ideogram-v3-turbo' });
		expect(estimate.breakdown[1]).toMatchObject({ unitMin: 6, unitMax: 10, min: 30, max: 50 });
		expect(estimate).toMatchObject({ min: 35, max: 65, expected: 50 });
		expect(estimate.assumptions.join(' ')).toContain('disagree');
	});

	it.each([
		['standard', 2, 15],
		['advanced', 20, 33],
		['premium', 34, 75],
		['ultra', 30, 125],
		['basic', 2, 15],
		['Premium', 34, 75],
	])('tier %s: %i–%i credits/image', (imageTier, low, high) => {
		const estimate = estimateGamma({ numCards: 10, numImages: 5, imageTier });
		expect(estimate.breakdown[1]).toMatchObject({ unitMin: low, unitMax: high });
		expect(estimate.min).toBe(10 + 5 * low);
		expect(estimate.max).toBe(30 + 5 * high);
	});

	it('an exact model wins over a tier', () => {
		const estimate = estimateGamma({
			numCards: 1,
			numImages: 1,
			imageModel: 'dall-e-3',
			imageTier: 'standard',
		});
		expect(estimate.breakdown[1]).toMatchObject({ unitMin: 33, unitMax: 33 });
	});

	it('without model or tier the image range spans every tier', () => {
		const estimate = estimateGamma({ numCards: 2 });
		expect(estimate.breakdown[1]).toMatchObject({ unitMin: 2, unitMax: 125, quantity: 2 });
		expect(estimate.assumptions.join(' ')).toContain('spans every tier');
	});

	it('template-based generation widens the card range by 1 credit/card and says so', () => {
		const standard = estimateGamma({ numCards: 10, numImages: 0 });
		const template = estimateGamma({ numCards: 10, numImages: 0, generationType: 'fromTemplate' });
		expect(template.min).toBe(standard.min);
		expect(template.max).toBe(40);
		expect(template.breakdown[0]).toMatchObject({
			label: 'Cards (from template)',
			unitMin: 1,
			unitMax: 4,
		});
		expect(template.assumptions.join(' ')).toMatch(/Template-based.*1 credit/);
		const old = estimateGamma(
			{ numCards: 10, numImages: 0, generationType: 'fromTemplate' },
			v2025,
		);
		expect(old.max).toBe(60);
	});

	it('never costs less with more cards or more images', () => {
		const inputs: GammaEstimateInput[] = [];
		for (let numCards = 1; numCards <= 75; numCards += 7) {
			for (const numImages of [0, 1, 5, 20])
				inputs.push({ numCards, numImages, imageTier: 'premium' });
		}
		for (const input of inputs) {
			const e = estimateGamma(input);
			expectWellFormed(e);
			const moreCards = estimateGamma({
				...input,
				numCards: Math.min(75, (input.numCards ?? 10) + 1),
			});
			const moreImages = estimateGamma({ ...input, numImages: (input.numImages ?? 0) + 1 });
			for (const key of ['min', 'expected', 'max'] as const) {
				expect(moreCards[key]).toBeGreaterThanOrEqual(e[key]);
				expect(moreImages[key]).toBeGreaterThanOrEqual(e[key]);
			}
		}
	});

	it('lists models and tiers for the UI', () => {
		const models = gammaImageModelOptions();
		expect(models).toContainEqual({
			value: 'flux-1-quick',
			name: 'flux-1-quick (2 credits/image)',
			min: 2,
			max: 2,
		});
		expect(models).toContainEqual(
			expect.objectContaining({
				value: 'ideogram-v3-turbo',
				name: 'ideogram-v3-turbo (6–10 credits/image)',
			}),
		);
		expect(models.filter((m) => m.value === 'ideogram-v3-turbo')).toHaveLength(1);
		expect(models).toHaveLength(Object.keys(GAMMA_IMAGE_MODEL_CREDITS_2026).length);
		expect(gammaImageModelOptions('gamma-2025')).toEqual([]);
		expect(gammaImageTierOptions().map((t) => t.name)).toEqual([
			'Standard (2–15 credits/image)',
			'Advanced (20–33 credits/image)',
			'Premium (34–75 credits/image)',
			'Ultra (30–125 credits/image)',
		]);
		expect(gammaImageTierOptions('gamma-2025')[0].name).toBe('Basic (2 credits/image)');
	});
});

describe('Gamma invalid input', () => {
	it.each([
		['numCards', { numCards: 0 }, ['1 to 75']],
		['numCards', { numCards: 76 }, ['1 to 75']],
		['numCards', { numCards: 2.5 }, ['whole number']],
		['numCards', { numCards: 'ten' }, ['1 to 75']],
		['numImages', { numCards: 3, numImages: -1 }, ['at least 0']],
		['imageSource', { numCards: 3, imageSource: 'unsplash' }, ['aiGenerated', 'pexels']],
		['generationType', { numCards: 3, generationType: 'remix' }, ['standard', 'fromTemplate']],
		['imageTier', { numCards: 3, imageTier: 'mega' }, ['standard', 'advanced', 'premium', 'ultra']],
		['imageModel', { numCards: 3, imageModel: 'flux-9' }, ['newImageModels', 'imageTier']],
	])('%s: %j', (field, input, parts) => {
		expectInputError(
			() => estimateGamma(input as GammaEstimateInput),
			field,
			...(parts as string[]),
		);
	});

	it('an unknown pricing version lists the versions', () => {
		expectInputError(
			() => estimateGamma({ numCards: 3 }, { pricingVersion: 'gamma-2024' }),
			'pricingVersion',
			'gamma-2026',
			'gamma-2025',
		);
	});
});

describe('Gamma overrides', () => {
	const example =
		'{"creditsPerCard": {"min":1,"max":4}, "imageModels": {"flux-1-quick": 3}, "imageTiers": {"premium": {"min":30,"max":80}}}';

	it('applies the per-card, per-model and per-tier prices', () => {
		const byModel = estimateGamma(
			{ numCards: 10, imageModel: 'flux-1-quick' },
			{ overrides: example },
		);
		expect(byModel).toMatchObject({ min: 40, max: 70, pricingVersion: 'gamma-2026+overrides' });
		const byTier = estimateGamma(
			{ numCards: 10, numImages: 2, imageTier: 'premium' },
			{ overrides: example },
		);
		expect(byTier).toMatchObject({ min: 70, max: 200 });
		const note = byTier.assumptions.find((a) => a.startsWith('Prices overridden'));
		expect(note).toContain('creditsPerCard = 1–4');
		expect(note).toContain('imageModels.flux-1-quick = 3');
		expect(note).toContain('imageTiers.premium = 30–80');
	});

	it('accepts an object, a new model, a model range and the template extra', () => {
		const estimate = estimateGamma(
			{ numCards: 2, numImages: 2, imageModel: 'flux-3', generationType: 'fromTemplate' },
			{ overrides: { newImageModels: { 'flux-3': { min: 4, max: 6 } }, templateExtraPerCard: 2 } },
		);
		expect(estimate.breakdown[0]).toMatchObject({ unitMin: 1, unitMax: 5 });
		expect(estimate.breakdown[1]).toMatchObject({ unitMin: 4, unitMax: 6 });
		const settled = estimateGamma(
			{ numCards: 1, numImages: 1, imageModel: 'ideogram-v3-turbo' },
			{ overrides: { imageModels: { 'ideogram-v3-turbo': 10 } } },
		);
		expect(settled.breakdown[1]).toMatchObject({ unitMin: 10, unitMax: 10 });
	});

	it('new models make per-model prices possible with gamma-2025', () => {
		const estimate = estimateGamma(
			{ numCards: 1, numImages: 1, imageModel: 'flux-1-quick' },
			{ pricingVersion: 'gamma-2025', overrides: { newImageModels: { 'flux-1-quick': 2 } } },
		);
		expect(estimate).toMatchObject({ min: 3, max: 7, pricingVersion: 'gamma-2025+overrides' });
	});

	it.each([
		[
			'{"imageTiers": {"premiun": {"min": 30, "max": 80}}}',
			'overrides.imageTiers.premiun',
			'imageTiers.premiun',
		],
		['{"imageModels": {"flux-1-quik": 3}}', 'overrides.imageModels.flux-1-quik', 'newImageModels'],
		['{"creditPerCard": 2}', 'overrides.creditPerCard', 'creditsPerCard'],
		[
			'{"creditsPerCard": {"min": 3, "max": 1}}',
			'overrides.creditsPerCard',
			'min (3) is more than max (1)',
		],
		['{"creditsPerCard": {"min": 1}}', 'overrides.creditsPerCard', 'both'],
		[
			'{"creditsPerCard": {"min": 1, "max": 4, "avg": 2}}',
			'overrides.creditsPerCard.avg',
			'min, max',
		],
		['{"imageModels": {"flux-1-quick": "cheap"}}', 'overrides.imageModels.flux-1-quick', 'number'],
		[
			'{"imageTiers": {"ultra": {"min": 1, "max": null}}}',
			'overrides.imageTiers.ultra.max',
			'number',
		],
		[
			'{"templateExtraPerCard": {"min": 1, "max": 2}}',
			'overrides.templateExtraPerCard',
			'single number',
		],
		['{"imageTiers": {"basic": 2}}', 'overrides.imageTiers.basic', 'standard'],
		['not json', 'overrides', 'not valid JSON'],
		['"a string"', 'overrides', 'JSON object'],
	])('%s → %s', (json, field, part) => {
		expectInputError(
			() => estimateGamma({ numCards: 10, imageTier: 'premium' }, { overrides: json }),
			field,
			part,
		);
	});
});
