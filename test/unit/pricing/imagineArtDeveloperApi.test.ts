import { estimateImagineArt } from '../../../nodes/shared/pricing';
import type { ImagineArtEstimateInput } from '../../../nodes/shared/pricing';
import { expectInputError, expectWellFormed } from './helpers';

const api = (input: ImagineArtEstimateInput) =>
	estimateImagineArt({ estimateType: 'developerApi', ...input });

/**
 * API tokens per style, typed in again from ImagineArt's docs, "API Call Billing and Token Usage"
 * (https://docs.imagine.art/getting-started/api-call-billing-and-token-usage).
 */
const TOKENS: Array<[string, number]> = [
	['imagine-turbo', 1],
	['anime', 5],
	['realistic', 5],
	['flux-schnell', 5],
	['flux-dev-fast', 5],
	['flux-dev', 15],
];

describe('ImagineArt developer-API jobs, in API tokens', () => {
	it.each(TOKENS)('%s: %d tokens per image × count', (style, tokens) => {
		for (const count of [1, 3]) {
			const estimate = api({ style, count });
			expect(estimate).toMatchObject({
				unit: 'apiTokens',
				min: tokens * count,
				expected: tokens * count,
				max: tokens * count,
				requiresSubscription: false,
				pricingVersion: 'imagineart-2026',
			});
			expect(estimate.breakdown[0]).toMatchObject({ quantity: count, unitMin: tokens });
			expectWellFormed(estimate, 'apiTokens');
		}
	});

	it('says these are developer-API tokens in the Usage tab, not app credits, citing the page', () => {
		const text = api({ style: 'flux-dev' }).assumptions.join(' ');
		expect(text).toContain("API Studio's Usage tab");
		expect(text).toContain('not app credits');
		expect(text).toContain(
			'https://docs.imagine.art/getting-started/api-call-billing-and-token-usage',
		);
	});

	it('no style: the API default, imagine-turbo, and says so', () => {
		const estimate = api({ count: 10 });
		expect(estimate.expected).toBe(10);
		expect(estimate.assumptions.join(' ')).toContain('default, imagine-turbo');
	});

	it('a style by its name, in any case', () => {
		expect(api({ style: 'Flux Dev' }).expected).toBe(15);
		expect(api({ style: 'FLUX-SCHNELL' }).expected).toBe(5);
	});

	it('sdxl-1.0 has no published cost: an error asking for an override', () => {
		expectInputError(
			() => api({ style: 'sdxl-1.0' }),
			'style',
			'no token cost',
			'{"apiStyles": {"sdxl-1.0": <tokens>}}',
		);
	});

	it('overrides set tokens per style, in any case', () => {
		const estimate = estimateImagineArt(
			{ estimateType: 'developerApi', style: 'sdxl-1.0', count: 2 },
			{ overrides: { apiStyles: { 'SDXL-1.0': 8 } } },
		);
		expect(estimate).toMatchObject({
			min: 16,
			max: 16,
			pricingVersion: 'imagineart-2026+overrides',
		});
		expect(estimate.assumptions.join(' ')).toContain('apiStyles.sdxl-1.0 = 8 API tokens');
	});

	it.each([
		['style', { style: 'midjourney' }, ['Unknown', 'imagine-turbo']],
		['count', { count: 0 }, ['at least 1']],
	])('invalid %s: %j', (field, input, parts) => {
		expectInputError(() => api(input as ImagineArtEstimateInput), field, ...(parts as string[]));
	});

	it('a style override must be a number of API tokens', () => {
		expectInputError(
			() =>
				estimateImagineArt(
					{ estimateType: 'developerApi' },
					{ overrides: { apiStyles: { anime: -1 } } },
				),
			'overrides.apiStyles.anime',
			'API tokens ≥ 0',
		);
	});

	it('an unknown style override is an error that names it', () => {
		expectInputError(
			() =>
				estimateImagineArt(
					{ estimateType: 'developerApi' },
					{ overrides: { apiStyles: { turbo: 1 } } },
				),
			'overrides.apiStyles.turbo',
			'imagine-turbo',
		);
	});

	it('the prompt enhancer is not added, and said so; app estimates keep unit credits', () => {
		const estimate = api({ style: 'anime', promptEnhancer: true });
		expect(estimate.expected).toBe(5);
		expect(estimate.assumptions.join(' ')).toContain('promptEnhancer is an app setting');
		expect(estimateImagineArt({ model: 'flux-dev' }).unit).toBe('credits');
	});
});
