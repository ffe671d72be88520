import { estimateStabilityAi } from '../../../nodes/shared/pricing';
import { stabilityServiceOptions } from '../../../nodes/AiCredits/actions/shared/pricedOptions';
import { STABILITY_AI_PRICING } from '../../../nodes/shared/pricing/stabilityAi/prices';
import { expectInputError } from './helpers';

/** Stability AI's table effective 2025-08-01 (Ultra, SD 3.5 and Core: third-party lists). */
const PRICED: Array<[string, number]> = [
	['ultra', 8],
	['sd3.5-large', 6.5],
	['sd3.5-large-turbo', 4],
	['sd3.5-medium', 3.5],
	['core', 3],
	['upscale-creative', 60],
	['upscale-conservative', 40],
	['upscale-fast', 2],
	['erase', 5],
	['inpaint', 5],
	['remove-background', 5],
	['search-and-replace', 5],
	['control-sketch', 5],
	['control-structure', 5],
	['control-style', 5],
	['stable-fast-3d', 10],
	['text-to-audio', 20],
	['audio-to-audio', 20],
	['stable-audio', 20],
];

/** Services no public source prices yet. */
const UNPRICED = [
	'sd3.5-flash',
	'outpaint',
	'search-and-recolor',
	'replace-background-and-relight',
	'control-style-transfer',
	'stable-point-aware-3d',
];

describe('Stability AI v2beta services', () => {
	it('the newest entry lists exactly these services', () => {
		expect(Object.keys(STABILITY_AI_PRICING[0].prices.services).sort()).toEqual(
			[...PRICED.map(([id]) => id), ...UNPRICED].sort(),
		);
	});

	it("the source is Stability's own table effective 2025-08-01", () => {
		expect(STABILITY_AI_PRICING[0].source).toContain(
			"Stability AI's own price table effective 2025-08-01, https://stability.ai/api-pricing-update-25",
		);
	});

	it.each(PRICED)('%s costs a flat %f credits per generation', (service, credits) => {
		const one = estimateStabilityAi({ service });
		expect(one.expected).toBe(credits);
		expect(one.usd?.expected).toBeCloseTo(credits / 100, 10);
		const three = estimateStabilityAi({ service, count: 3, width: 1024, height: 1024, steps: 150 });
		expect(three.min).toBe(credits * 3);
		expect(three.max).toBe(credits * 3);
	});

	it.each(UNPRICED)('%s has no published price: the estimate asks for an override', (service) => {
		expectInputError(
			() => estimateStabilityAi({ service }),
			'service',
			'no published price',
			`{"services": {"${service}": <credits>}}`,
		);
		const priced = estimateStabilityAi(
			{ service, count: 2 },
			{ overrides: { services: { [service]: 2.5 } } },
		);
		expect(priced.expected).toBe(5);
		expect(priced.pricingVersion).toBe('stability-2026+overrides');
	});

	it('sd3.5-large × 3 has no float noise', () => {
		expect(estimateStabilityAi({ service: 'sd3.5-large', count: 3 }).expected).toBe(19.5);
		expect(estimateStabilityAi({ service: 'sd3.5-medium', count: 3 }).usd?.expected).toBe(0.105);
	});

	it('service names in any case', () => {
		expect(estimateStabilityAi({ service: 'Core' }).expected).toBe(3);
		expect(estimateStabilityAi({ service: 'SD3.5-Large', count: 2 }).breakdown[0].label).toBe(
			'Stable Diffusion 3.5 Large (sd3.5-large)',
		);
		expect(estimateStabilityAi({ service: 'V1-Text-To-Image' }).expected).toBe(1.6);
	});

	it('large counts stay exact', () => {
		expect(estimateStabilityAi({ service: 'core', count: 1e9 }).expected).toBe(3e9);
	});

	it('an unknown service names the field and lists the services', () => {
		expectInputError(
			() => estimateStabilityAi({ service: 'ultra-max' }),
			'service',
			'core',
			'v1-text-to-image',
		);
	});

	it('the 2023 entry predates v2beta: pointed to stability-2026', () => {
		expect(
			estimateStabilityAi(
				{ engine: 'stable-diffusion-xl-beta-v2-2-2', width: 512, height: 512, steps: 50 },
				{ pricingVersion: 'stability-2023' },
			).expected,
		).toBe(1);
		expect(estimateStabilityAi({}, { pricingVersion: 'stability-2023' }).expected).toBe(1.6);
		expectInputError(
			() => estimateStabilityAi({ service: 'core' }, { pricingVersion: 'stability-2023' }),
			'service',
			'stability-2026',
		);
	});

	it('lists the services with their prices for the UI', () => {
		const options = stabilityServiceOptions();
		expect(options[0]).toMatchObject({ value: 'v1-text-to-image', legacy: true });
		expect(options.find((o) => o.value === 'core')).toMatchObject({
			name: 'Stable Image Core (3 credits)',
			min: 3,
		});
		expect(options.find((o) => o.value === 'sd3.5-flash')?.name).toBe(
			'Stable Diffusion 3.5 Flash (No Published Price: Add It Under Price Overrides)',
		);
		// kept for saved workflows, not offered
		expect(options.find((o) => o.value === 'stable-audio')).toBeUndefined();
		expect(options).toHaveLength(1 + PRICED.length - 1 + UNPRICED.length);
		expect(stabilityServiceOptions('stability-2023')).toHaveLength(1);
	});
});
