import { estimateStabilityAi } from '../../../nodes/shared/pricing';
import { expectInputError, expectWellFormed } from './helpers';
import {
	legacyAnchors,
	legacyCreditsAt50Steps,
	legacyCreditsPerImage,
} from '../../../nodes/shared/pricing/stabilityAi/legacy';
import {
	STABILITY_AI_PRICING,
	STABILITY_TABLE_ENGINE,
} from '../../../nodes/shared/pricing/stabilityAi/prices';

/**
 * The DreamStudio table of Stability AI's "Credits + Billing" page (June 2023 edition, see
 * nodes/shared/pricing/stabilityAi/prices.ts), typed in again from the page, not from the data file.
 * It prices the engine its sample request calls, stable-diffusion-xl-beta-v2-2-2.
 */
const SEED_TABLE: Array<[number, number[]]> = [
	[10, [0.2, 0.5, 0.8, 0.9, 1.3, 1.9]],
	[25, [0.5, 1.2, 1.9, 2.3, 3.3, 4.7]],
	[50, [1.0, 2.4, 3.8, 4.6, 6.6, 9.4]],
	[75, [1.5, 3.6, 5.7, 6.9, 9.9, 14.1]],
	[100, [2.0, 4.8, 7.6, 9.2, 13.2, 18.8]],
	[150, [3.0, 7.2, 11.4, 13.8, 19.8, 28.2]],
];
const SEED_SIZES: Array<[number, number]> = [
	[512, 512],
	[512, 768],
	[512, 1024],
	[768, 768],
	[768, 1024],
	[1024, 1024],
];
const CELLS = SEED_TABLE.flatMap(([steps, row]) =>
	row.map((credits, i) => [SEED_SIZES[i][0], SEED_SIZES[i][1], steps, credits] as const),
);

const engine = STABILITY_TABLE_ENGINE;
const legacy = (width: number, height: number, steps: number, samples = 1) =>
	estimateStabilityAi({ service: 'v1-text-to-image', engine, width, height, steps, samples });

describe('Stability AI legacy v1, SDXL Beta v2.2.2: the DreamStudio table', () => {
	it('is the table engine', () => expect(engine).toBe('stable-diffusion-xl-beta-v2-2-2'));

	it('has 36 cells', () => expect(CELLS).toHaveLength(36));

	it.each(CELLS)('%i×%i at %i steps costs %f credits', (width, height, steps, credits) => {
		const estimate = legacy(width, height, steps);
		expect(estimate.min).toBe(credits);
		expect(estimate.expected).toBe(credits);
		expect(estimate.max).toBe(credits);
		expect(estimate.breakdown[0]).toMatchObject({
			quantity: 1,
			unitMin: credits,
			unitMax: credits,
		});
		expect(estimate.usd?.expected).toBeCloseTo(credits / 100, 10);
		// the same pixels the other way round cost the same
		expect(legacy(height, width, steps).expected).toBe(credits);
	});

	it.each(STABILITY_AI_PRICING.map((entry) => [entry.id, entry.prices.legacyBaseAt50Steps]))(
		"%s prices the legacy sizes with the table's 50-step row",
		(_id, base) => {
			const row = SEED_TABLE.find(([steps]) => steps === 50)![1];
			expect(base).toEqual(
				Object.fromEntries(SEED_SIZES.map(([w, h], i) => [`${w}x${h}`, row[i]])),
			);
		},
	);

	it.each(CELLS)(
		"cell %i×%i @ %i steps = 50-step price × steps / 50, rounded to 0.1 (the data's rule)",
		(width, height, steps, credits) => {
			const anchors = legacyAnchors(STABILITY_AI_PRICING[0].prices.legacyBaseAt50Steps);
			expect(legacyCreditsPerImage(width, height, steps, anchors)).toMatchObject({
				credits,
				method: 'table',
			});
		},
	);

	it('defaults to 512×512, 30 steps (the API default), 1 sample: 0.6 credits', () => {
		const estimate = estimateStabilityAi({ engine });
		expect(estimate.expected).toBe(0.6);
		expect(estimate.breakdown[0].label).toContain('512×512, 30 steps');
		expect(estimate.pricingVersion).toBe('stability-2026');
		expect(estimate.provider).toBe('stabilityAi');
		expect(estimate.unit).toBe('credits');
		expect(estimate.assumptions.join(' ')).toContain('DreamStudio table');
	});

	it('the 50-step default of DreamStudio costs 1 credit at 512×512', () => {
		expect(estimateStabilityAi({ engine, steps: 50 }).expected).toBe(1);
	});

	it('samples and count multiply', () => {
		expect(legacy(1024, 1024, 50, 4).expected).toBe(37.6);
		expect(legacy(512, 768, 10, 3).expected).toBe(1.5);
		const twice = estimateStabilityAi({
			engine,
			width: 1024,
			height: 1024,
			steps: 50,
			samples: 4,
			count: 2,
		});
		expect(twice.expected).toBe(75.2);
		expect(twice.breakdown[0].quantity).toBe(8);
	});

	it('reports the US-dollar equivalent (1 credit = US$0.01)', () => {
		const estimate = legacy(1024, 1024, 150, 10);
		expect(estimate.expected).toBe(282);
		expect(estimate.usd).toEqual({ min: 2.82, expected: 2.82, max: 2.82 });
		expect(estimate.breakdown[0].usdMin).toBe(2.82);
		expect(estimate.breakdown[0].usdMax).toBe(2.82);
		expect(estimate.assumptions.join(' ')).toContain('US$0.01');
	});
});

describe('Stability AI legacy v1, SDXL Beta v2.2.2: other sizes and steps', () => {
	const SIDES: number[] = [];
	for (let side = 128; side <= 1536; side += 64) SIDES.push(side);
	const SIZES = SIDES.flatMap((w) => SIDES.map((h) => [w, h] as const));
	const STEPS = [10, 11, 20, 25, 33, 50, 64, 75, 99, 100, 127, 150];

	it('never costs less for more pixels (every valid size, several step counts)', () => {
		for (const steps of [10, 25, 37, 50, 150]) {
			const costs = SIZES.map(([w, h]) => ({
				pixels: w * h,
				credits: legacy(w, h, steps).expected,
			}));
			costs.sort((a, b) => a.pixels - b.pixels || a.credits - b.credits);
			for (let i = 1; i < costs.length; i++) {
				expect(costs[i].credits).toBeGreaterThanOrEqual(costs[i - 1].credits);
				if (costs[i].pixels === costs[i - 1].pixels)
					expect(costs[i].credits).toBe(costs[i - 1].credits);
			}
		}
	});

	it('never costs less for more steps', () => {
		for (const [w, h] of [
			[128, 128],
			[256, 256],
			[576, 640],
			[512, 512],
			[1024, 1024],
			[1536, 1536],
		]) {
			let previous = -1;
			for (let steps = 10; steps <= 150; steps++) {
				const credits = legacy(w, h, steps).expected;
				expect(credits).toBeGreaterThanOrEqual(previous);
				previous = credits;
			}
		}
	});

	it('is linear in steps (up to the 0.1 rounding)', () => {
		for (const [w, h] of [
			[640, 640],
			[896, 1152],
			[1536, 1536],
		]) {
			const at50 = legacy(w, h, 50).expected;
			for (const steps of STEPS) {
				expect(Math.abs(legacy(w, h, steps).expected - (at50 * steps) / 50)).toBeLessThanOrEqual(
					0.05 + 0.05 * (steps / 50) + 1e-9,
				);
			}
		}
	});

	it('grows faster than linearly in pixels: credits per pixel never decrease', () => {
		const anchors = legacyAnchors(STABILITY_AI_PRICING[0].prices.legacyBaseAt50Steps);
		let previous = 0;
		for (let units = 4; units <= 576; units++) {
			const pixels = units * 4096;
			const perPixel = legacyCreditsAt50Steps(pixels, anchors).credits / pixels;
			expect(perPixel).toBeGreaterThanOrEqual(previous - 1e-15);
			previous = perPixel;
		}
		// rounded estimates: doubling the pixels more than doubles the cost
		expect(legacy(512, 1024, 50).expected).toBeGreaterThan(2 * legacy(512, 512, 50).expected);
		expect(legacy(1024, 1024, 50).expected).toBeGreaterThan(2 * legacy(512, 1024, 50).expected);
		expect(legacy(1536, 1536, 50).expected).toBeGreaterThan(2 * legacy(768, 1536, 50).expected);
		expect(legacy(256, 256, 50).expected * 4).toBeLessThan(legacy(512, 512, 50).expected);
	});

	it('interpolates between table sizes and says so', () => {
		const estimate = legacy(640, 640, 50);
		expect(estimate.expected).toBeGreaterThan(2.4);
		expect(estimate.expected).toBeLessThan(3.8);
		expect(estimate.assumptions.join(' ')).toContain('interpolated');
	});

	it('extrapolates outside the table and says so', () => {
		const big = legacy(1536, 1536, 50);
		expect(big.expected).toBeGreaterThan(9.4 * 2.25);
		expect(big.assumptions.join(' ')).toContain('extrapolated');
		const tiny = legacy(128, 128, 10);
		expect(tiny.expected).toBeGreaterThan(0);
		expect(tiny.expected).toBeLessThan(0.05);
	});

	it('keeps min ≤ expected ≤ max and non-negative', () => {
		for (const [w, h] of SIZES.filter((_, i) => i % 17 === 0)) {
			for (const steps of STEPS) {
				const e = legacy(w, h, steps, 3);
				expectWellFormed(e);
				expect(Number(e.expected.toFixed(3))).toBe(e.expected);
			}
		}
	});
});

describe('Stability AI legacy v1: invalid input names the field and the range', () => {
	it.each([
		['width', { width: 500 }, ['multiple of 64', '128', '1536']],
		['width', { width: 64 }, ['128', '1536']],
		['width', { width: 1600 }, ['128', '1536']],
		['height', { height: 1000 }, ['multiple of 64']],
		['height', { height: 'tall' }, ['128', '1536']],
		['steps', { steps: 5 }, ['10 to 150']],
		['steps', { steps: 151 }, ['10 to 150']],
		['steps', { steps: 20.5 }, ['whole number', '10 to 150']],
		['samples', { samples: 0 }, ['1 to 10']],
		['samples', { samples: 11 }, ['1 to 10']],
		['count', { count: 0 }, ['at least 1']],
	])('%s: %j', (field, input, parts) => {
		expectInputError(
			() => estimateStabilityAi({ service: 'v1-text-to-image', engine, ...(input as object) }),
			field,
			...(parts as string[]),
		);
	});

	it('accepts numeric strings from expressions', () => {
		expect(
			estimateStabilityAi({ engine, width: '768' as unknown as number, height: 768, steps: 50 })
				.expected,
		).toBe(4.6);
	});
});

describe('Stability AI overrides', () => {
	it('overrides a service price', () => {
		const estimate = estimateStabilityAi(
			{ service: 'core', count: 2 },
			{ overrides: '{"services": {"core": 4}}' },
		);
		expect(estimate.expected).toBe(8);
		expect(estimate.pricingVersion).toBe('stability-2026+overrides');
		expect(estimate.assumptions.join(' ')).toContain('services.core = 4');
	});

	it('adds a new service', () => {
		const estimate = estimateStabilityAi(
			{ service: 'sd4' },
			{ overrides: { newServices: { sd4: 9 } } },
		);
		expect(estimate.expected).toBe(9);
	});

	it("overrides the DreamStudio table's 50-step prices", () => {
		const overrides = { legacyBaseAt50Steps: { '512x512': 1.5 } };
		expect(estimateStabilityAi({ engine, steps: 50 }, { overrides }).expected).toBe(1.5);
		expect(estimateStabilityAi({ engine, steps: 10 }, { overrides }).expected).toBe(0.3);
		expect(
			estimateStabilityAi({ engine, width: 1024, height: 1024, steps: 50 }, { overrides }).expected,
		).toBe(9.4);
	});

	it('override names in any case; a name given twice is an error', () => {
		expect(
			estimateStabilityAi({ service: 'core' }, { overrides: { services: { CORE: 4 } } }).expected,
		).toBe(4);
		expect(
			estimateStabilityAi(
				{ engine, steps: 50 },
				{ overrides: { legacyBaseAt50Steps: { '512X512': 1.5 } } },
			).expected,
		).toBe(1.5);
		expectInputError(
			() => estimateStabilityAi({}, { overrides: { services: { core: 4, Core: 5 } } }),
			'overrides.services.Core',
			'give it once',
		);
	});

	it('overrides the dollar rate', () => {
		expect(
			estimateStabilityAi({ service: 'core' }, { overrides: { usdPerCredit: 0.02 } }).usd?.expected,
		).toBe(0.06);
	});

	it('no overrides or empty ones keep the catalog version', () => {
		expect(estimateStabilityAi({}, { overrides: '' }).pricingVersion).toBe('stability-2026');
		expect(estimateStabilityAi({}, { overrides: '{}' }).pricingVersion).toBe('stability-2026');
	});

	it.each([
		['{"servics": {"core": 4}}', 'overrides.servics', 'servics'],
		['{"services": {"cor": 4}}', 'overrides.services.cor', 'newServices'],
		['{"services": {"core": "four"}}', 'overrides.services.core', 'services.core'],
		['{"services": {"core": -1}}', 'overrides.services.core', '≥ 0'],
		['{"services": 4}', 'overrides.services', 'object'],
		['{"legacyBaseAt50Steps": {"512x513": 1}}', 'overrides.legacyBaseAt50Steps.512x513', '512x512'],
		[
			'{"legacyBaseAt50Steps": {"512x768": 0.5}}',
			'overrides.legacyBaseAt50Steps.512x768',
			'more than',
		],
		[
			'{"newServices": {"v1-text-to-image": 2}}',
			'overrides.newServices.v1-text-to-image',
			'legacyBaseAt50Steps',
		],
		[
			'{"newServices": {"V1-Text-To-Image": 2}}',
			'overrides.newServices.V1-Text-To-Image',
			'legacyBaseAt50Steps',
		],
		['{"services": {', 'overrides', 'not valid JSON'],
		['[1, 2]', 'overrides', 'JSON object'],
	])('%s → %s', (json, field, part) => {
		expectInputError(
			() => estimateStabilityAi({ service: 'core' }, { overrides: json }),
			field,
			part,
		);
	});
});
