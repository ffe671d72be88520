import { estimateGamma } from '../../../nodes/shared/pricing';
import {
	gammaImageModelOptions,
	gammaImageTierOptions,
} from '../../../nodes/AiCredits/actions/shared/pricedOptions';
import type { GammaEstimateInput } from '../../../nodes/shared/pricing';
import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../../../nodes/shared/pricing/gamma/imageModels';
import { expectInputError, expectWellFormed } from './helpers';

const v2025 = { pricingVersion: 'gamma-2025' };

/**
 * Credits per image by model, typed in again from Gamma's official n8n node (2026,
 * https://github.com/gamma-app/n8n-nodes-gamma, nodes/Gamma/apiEnums.ts), not from the data file.
 */
const API_FACTS_MODELS: Array<[number, string[]]> = [
	[
		2,
		[
			'flux-1-quick',
			'flux-2-klein',
			'flux-kontext-fast',
			'imagen-3-flash',
			'gpt-image-1-mini-low',
			'luma-photon-flash-1',
		],
	],
	[5, ['gpt-image-2-mini']],
	[8, ['flux-1-pro', 'flux-2-pro', 'imagen-3-pro', 'gpt-image-1-mini-medium']],
	[10, ['luma-photon-1', 'imagen-4-fast']],
	[12, ['recraft-v4']],
	[15, ['leonardo-phoenix']],
	[
		20,
		[
			'flux-2-flex',
			'flux-2-max',
			'flux-kontext-pro',
			'ideogram-v3',
			'imagen-4-pro',
			'recraft-v3',
			'gpt-image-2',
			'gpt-image-1-mini-high',
			'gemini-2.5-flash-image',
		],
	],
	[30, ['gpt-image-1-medium', 'flux-1-ultra', 'imagen-4-ultra']],
	[33, ['dall-e-3']],
	[34, ['gemini-3.1-flash-image-mini']],
	[40, ['flux-kontext-max', 'recraft-v3-svg', 'recraft-v4-svg']],
	[45, ['ideogram-v3-quality']],
	[50, ['gemini-3.1-flash-image']],
	[70, ['gemini-3-pro-image']],
	[75, ['gemini-3.1-flash-image-hd']],
	[115, ['gpt-image-2-hd']],
	[120, ['gpt-image-1-high', 'gemini-3-pro-image-hd']],
	[125, ['recraft-v4-pro']],
];
const EXACT_MODELS = API_FACTS_MODELS.flatMap(([credits, models]) =>
	models.map((model) => [model, credits] as const),
);
/** The official node's list says 6 for ideogram-v3-turbo; Gamma's docs tables say 10. */
const DISPUTED_MODEL = { model: 'ideogram-v3-turbo', listed: 6, other: 10 };

describe('Gamma 2025 (Access and Pricing, 2026-02 edition): the illustrative scenarios', () => {
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

	it("doc: 20 cards + 15 premium images covers the page's 320–1070 and notes its arithmetic", () => {
		const estimate = estimateGamma({ numCards: 20, numImages: 15, imageTier: 'premium' }, v2025);
		expect(estimate.min).toBe(320);
		expect(estimate.max).toBe(1150); // the table's own arithmetic: 20 × 5 + 15 × 70
		const note = estimate.assumptions.find((a) => a.includes('320–1070'));
		expect(note).toContain('gives 320–1150');
		expect(note).toContain('follows the table');
		expectWellFormed(estimate);
	});

	it('the premium note appears only when the premium tier prices images', () => {
		const hasNote = (estimate: { assumptions: string[] }) =>
			estimate.assumptions.some((a) => a.includes('320–1150'));
		const premium = { numCards: 5, numImages: 2, imageTier: 'premium' };
		expect(hasNote(estimateGamma(premium, v2025))).toBe(true);
		const viaModel = { ...premium, imageModel: 'flux-1-quick' }; // no price in 2025: the tier's
		expect(hasNote(estimateGamma(viaModel, v2025))).toBe(true);
		expect(hasNote(estimateGamma({ ...premium, imageTier: 'ultra' }, v2025))).toBe(false);
		expect(hasNote(estimateGamma({ ...premium, numImages: 0 }, v2025))).toBe(false);
		expect(hasNote(estimateGamma({ ...premium, imageSource: 'pexels' }, v2025))).toBe(false);
		expect(hasNote(estimateGamma(premium))).toBe(false);
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

describe('Gamma 2026 (Review access and pricing, 2026-03 edition; the default)', () => {
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

	it.each([
		['10 cards + 5 basic images', 10, 5, 'basic', 20, 105],
		['20 cards + 15 premium images', 20, 15, 'premium', 530, 1185],
		['30 cards + 30 ultra images', 30, 30, 'ultra', 930, 3840],
	])(
		"the 2026-03 page's scenario %s: its table gives %i–%i… and the estimate says why it differs",
		(_name, numCards, numImages, imageTier, min, max) => {
			// by hand: cards 1–3 each; Standard 2–15, Premium 34–75, Ultra 30–125 per image
			const estimate = estimateGamma({ numCards, numImages, imageTier });
			expect(estimate).toMatchObject({ min, max, pricingVersion: 'gamma-2026' });
			const note = estimate.assumptions.find((a) =>
				a.startsWith("Gamma's pricing page (Review access and pricing"),
			);
			for (const part of ['20–60', '320–1070', '930–3900', '1–5 credits/card']) {
				expect(note).toContain(part);
			}
			expect(note).toContain('20–105, 530–1185 and 930–3840');
			expectWellFormed(estimate);
		},
	);

	it("the scenarios note is on every 2026 estimate, and not on 2025's", () => {
		const note = (estimate: { assumptions: string[] }) =>
			estimate.assumptions.filter((a) =>
				a.startsWith("Gamma's pricing page (Review access and pricing"),
			);
		expect(note(estimateGamma({ numCards: 3, numImages: 0 }))).toHaveLength(1);
		expect(note(estimateGamma({ numCards: 3, imageModel: 'dall-e-3' }))).toHaveLength(1);
		expect(note(estimateGamma({ numCards: 3, imageTier: 'premium' }, v2025))).toHaveLength(0);
	});

	it("lists exactly the models of Gamma's official node, plus imagen-4-fast from one docs edition", () => {
		expect(
			gammaImageModelOptions()
				.map((m) => m.value)
				.sort(),
		).toEqual([...EXACT_MODELS.map(([model]) => model), DISPUTED_MODEL.model].sort());
	});

	it('the sandbox charges the listed price of every model', () => {
		expect(GAMMA_IMAGE_MODEL_CREDITS_2026).toEqual({
			...Object.fromEntries(EXACT_MODELS),
			[DISPUTED_MODEL.model]: DISPUTED_MODEL.listed,
		});
	});

	it.each(EXACT_MODELS)(
		'model %s gives its exact price (%i credits/image)',
		(imageModel, credits) => {
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
		},
	);

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
		const { model, listed, other } = DISPUTED_MODEL;
		const estimate = estimateGamma({ numCards: 5, numImages: 5, imageModel: model });
		expect(estimate.breakdown[1]).toMatchObject({
			unitMin: listed,
			unitMax: other,
			min: 5 * listed,
			max: 5 * other,
		});
		expect(estimate).toMatchObject({ min: 35, max: 65, expected: 50 });
		expect(estimate.assumptions.join(' ')).toContain('disagree');
	});

	it('finds a model in any case and reports its own spelling', () => {
		const estimate = estimateGamma({ numCards: 1, numImages: 1, imageModel: 'DALL-E-3' });
		expect(estimate.breakdown[1]).toMatchObject({ label: 'AI images (dall-e-3)', unitMin: 33 });
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
		expect(models).toHaveLength(EXACT_MODELS.length + 1);
		expect(models.map((m) => m.min)).toEqual([...models.map((m) => m.min)].sort((a, b) => a - b));
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

	it.each([
		['imageTier', { numCards: 3, numImages: 0, imageTier: 'premiun' }],
		['imageTier', { numCards: 3, imageSource: 'pexels', imageTier: 'premiun' }],
		['imageModel', { numCards: 3, numImages: 0, imageModel: 'flux-1-quik' }],
		['imageModel', { numCards: 3, imageSource: 'noImages', imageModel: 'flux-1-quik' }],
	])('a misspelt %s is an error even without AI images: %j', (field, input) => {
		expectInputError(() => estimateGamma(input as GammaEstimateInput), field, 'Unknown');
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

	it('tier names: any case, and the other name of a tier (2026 basic = standard)', () => {
		const priced = (imageTiers: object, imageTier: string, pricingVersion?: string) =>
			estimateGamma(
				{ numCards: 1, numImages: 1, imageTier },
				{ pricingVersion, overrides: { imageTiers } },
			).breakdown[1];
		expect(priced({ basic: 3 }, 'standard')).toMatchObject({ unitMin: 3, unitMax: 3 });
		expect(priced({ Premium: { min: 40, max: 50 } }, 'premium')).toMatchObject({ unitMax: 50 });
		expect(priced({ standard: 4 }, 'basic', 'gamma-2025')).toMatchObject({ unitMin: 4 });
		const applied = estimateGamma(
			{ numCards: 1, numImages: 1, imageTier: 'basic' },
			{ overrides: { imageTiers: { BASIC: 3 } } },
		).assumptions.find((a) => a.startsWith('Prices overridden'));
		expect(applied).toContain('imageTiers.standard = 3');
	});

	it('model names in any case', () => {
		const estimate = estimateGamma(
			{ numCards: 1, numImages: 1, imageModel: 'flux-1-quick' },
			{ overrides: { imageModels: { 'FLUX-1-Quick': 4 } } },
		);
		expect(estimate.breakdown[1]).toMatchObject({ unitMin: 4, unitMax: 4 });
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
			'number of credits',
		],
		['{"imageTiers": {"standard": 2, "basic": 3}}', 'overrides.imageTiers.basic', 'give it once'],
		['{"imageTiers": {"mega": 2}}', 'overrides.imageTiers.mega', 'standard, basic, advanced'],
		['{"imageModels": {"dall-e-3": 30, "DALL-E-3": 31}}', 'overrides.imageModels.DALL-E-3', 'once'],
		['{"imageModels": {"dall-e-3": {}}}', 'overrides.imageModels.dall-e-3', 'both'],
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

describe('Gamma 5 (agent), whose price Gamma does not publish', () => {
	it('prices its cards like classic cards and says so', () => {
		const estimate = estimateGamma({ generationType: 'gamma5', numCards: 12, numImages: 0 });
		const classic = estimateGamma({ numCards: 12, numImages: 0 });
		expectWellFormed(estimate);
		expect(estimate).toMatchObject({ min: classic.min, max: classic.max });
		expect(estimate.breakdown[0]).toMatchObject({ label: 'Cards (Gamma 5)', quantity: 12 });
		expect(estimate.assumptions).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^Gamma 5 \(agent\): Gamma publishes no price/),
			]),
		);
		expect(classic.assumptions.some((a) => a.startsWith('Gamma 5'))).toBe(false);
	});

	it('takes up to 100 cards, where the classic engine stops at 75', () => {
		expect(estimateGamma({ generationType: 'gamma5', numCards: 100 }).breakdown[0].quantity).toBe(
			100,
		);
		expectInputError(() => estimateGamma({ generationType: 'gamma5', numCards: 101 }), 'numCards');
		expectInputError(() => estimateGamma({ numCards: 76 }), 'numCards');
	});
});
