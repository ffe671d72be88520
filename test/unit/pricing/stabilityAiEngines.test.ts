import {
	estimateStabilityAi,
	SDXL_SIZES,
	type EstimateOptions,
} from '../../../nodes/shared/pricing';
import { stabilityEngineOptions } from '../../../nodes/AiCredits/actions/shared/pricedOptions';
import { STABILITY_AI_PRICING } from '../../../nodes/shared/pricing/stabilityAi/prices';
import { expectInputError, expectWellFormed } from './helpers';

const v1 = (input: Record<string, unknown>, options: EstimateOptions = {}) =>
	estimateStabilityAi({ service: 'v1-text-to-image', ...input }, options);

/** Stability's pricing page, SDXL 1.0 / 0.9 calculator (dollars × 100 = credits), as written there. */
const sdxlSource = (steps: number) =>
	100 *
	(steps == 30
		? 0.016
		: steps == 40
			? 0.018
			: steps == 50
				? 0.02
				: 0.0122 + 0.000127 * steps + 0.000000623 * steps * steps);

/** Stability's pricing page, SD 1.5 / 2.1 calculator, as written there. */
const sdSource = (width: number, height: number, steps: number) =>
	(((width * height - 169527) * steps) / 30) * 2.16e-8 * 100;

const SDXL = 'stable-diffusion-xl-1024-v1-0';

describe('Stability AI legacy v1: SDXL 1.0 (the default engine)', () => {
	it('1024×1024 at 30 steps is 1.6 credits (Stability: ~1.6, not the table’s 5.6)', () => {
		const estimate = v1({ engine: SDXL, width: 1024, height: 1024, steps: 30 });
		expect(estimate.expected).toBe(1.6);
		expect(estimate.expected).toBeGreaterThanOrEqual(1.5);
		expect(estimate.expected).toBeLessThanOrEqual(1.75);
		expect(estimate.usd?.expected).toBe(0.016);
		expect(estimate.breakdown[0].label).toContain('SDXL 1.0 (stable-diffusion-xl-1024-v1-0)');
	});

	it('is the default, at 1024×1024 and 30 steps (the API default)', () => {
		const estimate = estimateStabilityAi({});
		expect(estimate.expected).toBe(1.6);
		expect(estimate.breakdown[0].label).toContain('1024×1024, 30 steps');
		expect(estimate.assumptions.join(' ')).toContain('engine not given: SDXL 1.0');
		// a saved workflow's parameters from before the Engine field
		expect(v1({ width: 1024, height: 1024 }).expected).toBe(1.6);
	});

	it.each([
		[30, 1.6],
		[40, 1.8],
		[50, 2.0],
	])('%i steps has its own price, %f credits', (steps, credits) => {
		expect(v1({ steps }).expected).toBe(credits);
	});

	it.each([
		[10, 1.353],
		[20, 1.499],
		[25, 1.576],
		[100, 3.113],
		[150, 4.527],
	])('%i steps: 100·(0.0122 + 0.000127·s + 6.23e-7·s²) = %f credits', (steps, credits) => {
		const estimate = v1({ steps });
		expect(estimate.expected).toBe(credits);
		expect(estimate.assumptions.join(' ')).toContain('(used here)');
	});

	it('agrees with the pricing page at every step count (to 0.001 credit)', () => {
		for (let steps = 10; steps <= 150; steps++) {
			expect(Math.abs(v1({ steps }).expected - sdxlSource(steps))).toBeLessThanOrEqual(0.0005);
		}
	});

	it.each(SDXL_SIZES.map((size) => size.split('x').map(Number)))(
		'%i×%i costs what every SDXL size costs (steps only)',
		(width, height) => {
			expect(v1({ width, height, steps: 30 }).expected).toBe(1.6);
			expect(v1({ width, height, steps: 77 }).expected).toBe(v1({ steps: 77 }).expected);
		},
	);

	it('samples and count multiply', () => {
		expect(v1({ steps: 30, samples: 4 }).expected).toBe(6.4);
		const batch = v1({ steps: 50, samples: 3, count: 2 });
		expect(batch.expected).toBe(12);
		expect(batch.breakdown[0]).toMatchObject({ quantity: 6, unitMin: 2, unitMax: 2 });
		expect(v1({ steps: 20, samples: 10, count: 3 }).expected).toBe(44.97);
		expectWellFormed(batch);
	});

	it.each([
		[1536, 1536, 'height'],
		[512, 512, 'width'],
		[768, 1024, 'height'],
		[1024, 768, 'height'],
		[1280, 1280, 'width'],
	])('%i×%i is not an SDXL size: an error that lists the nine', (width, height, field) => {
		expectInputError(
			() => v1({ engine: SDXL, width, height }),
			field,
			'accepts only these sizes',
			'1024×1024, 1152×896, 896×1152, 1216×832, 832×1216, 1344×768, 768×1344, 1536×640, 640×1536',
			`got ${width}×${height}`,
			'pick the engine you call',
		);
	});

	it('a side that is not a multiple of 64 is still its own error', () => {
		expectInputError(() => v1({ width: 1000 }), 'width', 'multiple of 64');
	});

	it('SDXL 0.9 is priced and sized as SDXL 1.0', () => {
		const engine = 'stable-diffusion-xl-1024-v0-9';
		expect(v1({ engine }).expected).toBe(1.6);
		expect(v1({ engine, steps: 40, samples: 2 }).expected).toBe(3.6);
		expectInputError(() => v1({ engine, width: 1536, height: 1536 }), 'height', '640×1536');
	});
});

describe('Stability AI legacy v1: SD 1.5, 2.1 and 1.6, by pixels and steps', () => {
	const SD = ['stable-diffusion-v1-5', 'stable-diffusion-512-v2-1', 'stable-diffusion-v1-6'];

	it.each(SD)('%s: 512×512 at 30 steps is 0.2 credits (US$0.002)', (engine) => {
		const estimate = v1({ engine, width: 512, height: 512, steps: 30 });
		expect(estimate.expected).toBe(0.2);
		expect(estimate.usd?.expected).toBe(0.002);
	});

	it.each(SD)('%s defaults to 512×512 and 30 steps', (engine) => {
		expect(v1({ engine }).expected).toBe(0.2);
	});

	it.each([
		[1024, 1024, 30, 1.899],
		[768, 768, 50, 1.513],
		[512, 768, 10, 0.161],
		[1536, 640, 150, 8.786],
		[448, 448, 30, 0.067],
	])('%i×%i at %i steps = ((w·h − 169,527)·steps / 30)·2.16e-6 = %f credits', (w, h, s, c) => {
		expect(v1({ engine: 'stable-diffusion-v1-5', width: w, height: h, steps: s }).expected).toBe(c);
	});

	it('agrees with the pricing page (credits, not dollars) across sizes and steps', () => {
		for (const [w, h] of [
			[512, 512],
			[640, 832],
			[1024, 1024],
			[1536, 512],
		]) {
			for (const steps of [10, 30, 31, 75, 150]) {
				const credits = v1({ engine: 'stable-diffusion-512-v2-1', width: w, height: h, steps });
				expect(Math.abs(credits.expected - sdSource(w, h, steps))).toBeLessThanOrEqual(0.0005);
			}
		}
	});

	it('samples multiply', () => {
		expect(v1({ engine: 'stable-diffusion-v1-5', samples: 5, count: 2 }).expected).toBe(2);
	});

	it('above the 1,048,576-pixel limit is an error', () => {
		expectInputError(
			() => v1({ engine: 'stable-diffusion-v1-5', width: 1536, height: 768 }),
			'width',
			'at most 1,048,576 pixels',
		);
	});

	it('at or below 169,527 pixels the formula gives no price: an error says so', () => {
		expectInputError(
			() => v1({ engine: 'stable-diffusion-v1-5', width: 384, height: 384 }),
			'width',
			'169,527 pixels',
			'448×448',
		);
	});

	it('SD 1.6 says it was discontinued and is priced as SD 1.5', () => {
		const text = v1({ engine: 'stable-diffusion-v1-6' }).assumptions.join(' ');
		expect(text).toContain('discontinued on 2025-07-24');
		expect(text).toContain('priced as SD 1.5');
		expect(STABILITY_AI_PRICING[0].prices.engines['stable-diffusion-v1-6'].label).toContain(
			'Discontinued 2025-07-24',
		);
	});
});

describe('Stability AI legacy v1: engines', () => {
	it('each engine in the catalog names a public source (a URL, never a local file)', () => {
		for (const entry of STABILITY_AI_PRICING) {
			for (const [id, engine] of Object.entries(entry.prices.engines)) {
				expect([id, engine.source]).toEqual([id, expect.stringMatching(/https:\/\//)]);
				expect(engine.source).not.toMatch(/seeds?\/|\.txt\b|API-FACTS|\/work\//);
			}
		}
	});

	it('engine ids in any case; an unknown one lists the engines', () => {
		expect(v1({ engine: 'Stable-Diffusion-XL-1024-v1-0' }).expected).toBe(1.6);
		expectInputError(
			() => v1({ engine: 'stable-diffusion-3' }),
			'engine',
			'stable-diffusion-xl-1024-v1-0',
			'stable-diffusion-xl-beta-v2-2-2',
			'stable-diffusion-v1-5',
		);
	});

	it('an engines override sets credits per image, whatever the size and steps', () => {
		const overrides = { engines: { 'STABLE-DIFFUSION-XL-1024-V1-0': 0.9 } };
		const estimate = v1({ steps: 150, samples: 2 }, { overrides });
		expect(estimate.expected).toBe(1.8);
		expect(estimate.pricingVersion).toBe('stability-2026+overrides');
		expect(estimate.assumptions.join(' ')).toContain('engines.stable-diffusion-xl-1024-v1-0 = 0.9');
		expectInputError(
			() => v1({}, { overrides: { engines: { 'sdxl-1.0': 1 } } }),
			'overrides.engines.sdxl-1.0',
			'stable-diffusion-xl-1024-v1-0',
		);
	});

	it('lists the engines alphabetically with their rule and sizes for the UI', () => {
		const options = stabilityEngineOptions();
		expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort());
		expect(options.map((o) => o.value).sort()).toEqual(
			Object.keys(STABILITY_AI_PRICING[0].prices.engines).sort(),
		);
		const sdxl = options.find((o) => o.value === SDXL)!;
		expect(sdxl.description).toContain('steps only: 30 steps 1.6, 40 steps 1.8, 50 steps 2');
		expect(sdxl.description).toContain('1536×640');
		expect(sdxl.sizes).toEqual([...SDXL_SIZES]);
		const sd = options.find((o) => o.value === 'stable-diffusion-v1-5')!;
		expect(sd.description).toContain('169,527');
		expect(sd.description).toContain('1,048,576');
		for (const o of options) expect(o.description).not.toMatch(/\.$/);
	});
});
