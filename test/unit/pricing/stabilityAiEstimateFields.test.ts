import type { INodeProperties } from 'n8n-workflow';
import {
	description,
	readStabilityAiEstimateInput,
} from '../../../nodes/AiCredits/actions/stabilityAi/estimateCredits.operation';
import { estimateStabilityAi, SDXL_SIZES } from '../../../nodes/shared/pricing';
import type { ReadParameter } from '../../../nodes/shared/execution/parameterReader';

const field = (name: string) => description.filter((property) => property.name === name);
const engines = (property: INodeProperties) =>
	(property.displayOptions?.show?.engine ?? []) as string[];

/** A reader over saved parameters: a missing one gives the fallback, as getNodeParameter does. */
const reader =
	(saved: Record<string, unknown>): ReadParameter =>
	<T>(name: string, _item: number, fallback?: T) =>
		(name in saved ? saved[name] : fallback) as T;

describe('Stability AI Estimate Credits fields', () => {
	it('Engine: SDXL 1.0 by default, every engine with its price rule', () => {
		const [engine] = field('engine');
		expect(engine.default).toBe('stable-diffusion-xl-1024-v1-0');
		expect(engine.displayOptions?.show?.service).toEqual(['v1-text-to-image']);
		const options = engine.options as Array<{ name: string; value: string; description: string }>;
		expect(options.map((o) => o.value).sort()).toEqual([
			'stable-diffusion-512-v2-1',
			'stable-diffusion-v1-5',
			'stable-diffusion-v1-6',
			'stable-diffusion-xl-1024-v0-9',
			'stable-diffusion-xl-1024-v1-0',
			'stable-diffusion-xl-beta-v2-2-2',
		]);
		for (const option of options) expect(option.description).toMatch(/^Priced by /);
	});

	it('Steps defaults to 30, the API default', () => {
		expect(field('steps')[0].default).toBe(30);
	});

	it.each(['width', 'height'])(
		'%s: 1024 for the SDXL engines (their sizes in the description), 512 for the others',
		(name) => {
			const copies = field(name);
			expect(copies).toHaveLength(2);
			const sdxl = copies.find((copy) => engines(copy).includes('stable-diffusion-xl-1024-v1-0'))!;
			const other = copies.find((copy) => copy !== sdxl)!;
			expect(sdxl.default).toBe(1024);
			expect(engines(sdxl).sort()).toEqual([
				'stable-diffusion-xl-1024-v0-9',
				'stable-diffusion-xl-1024-v1-0',
			]);
			for (const size of SDXL_SIZES) expect(sdxl.description).toContain(size.replace('x', '×'));
			expect(other.default).toBe(512);
			expect(engines(other)).toContain('stable-diffusion-xl-beta-v2-2-2');
			// n8n takes the last copy when the engine is an expression: 1024 suits every engine
			expect(copies[copies.length - 1]).toBe(sdxl);
		},
	);

	it('a workflow saved before the Engine field estimates as SDXL 1.0 at 30 steps', () => {
		const input = readStabilityAiEstimateInput(reader({ service: 'v1-text-to-image' }), 0);
		expect(input).toMatchObject({ engine: 'stable-diffusion-xl-1024-v1-0', steps: 30 });
		expect(estimateStabilityAi(input).expected).toBe(1.6);
	});

	it('a v2beta service reads only the count', () => {
		expect(
			readStabilityAiEstimateInput(reader({ service: 'core', width: 768, count: 2 }), 0),
		).toEqual({ service: 'core', count: 2 });
	});
});
