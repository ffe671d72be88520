import axios, { type AxiosInstance } from 'axios';
import { startSandbox, type Sandbox } from './server';

const SDXL = '/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image';
const SD16 = '/v1/generation/stable-diffusion-v1-6/text-to-image';
const text_prompts = [{ text: 'A lighthouse on a cliff' }];

describe('sandbox: Stability AI v1 text-to-image', () => {
	let sandbox: Sandbox;
	let api: AxiosInstance;
	const credits = () => sandbox.getCredits('stabilityAi', sandbox.keys.stabilityAi);

	beforeAll(async () => {
		sandbox = await startSandbox();
		api = axios.create({
			baseURL: sandbox.baseUrls.stabilityAi,
			headers: { Authorization: `Bearer ${sandbox.keys.stabilityAi}` },
			validateStatus: () => true,
		});
	});
	beforeEach(() => {
		sandbox.reset();
		sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 100);
	});
	afterAll(async () => sandbox.close());

	it('SDXL 1.0 takes only its nine sizes (invalid_sdxl_v1_dimensions) and charges nothing else', async () => {
		const refused = await api.post(SDXL, { text_prompts, width: 512, height: 512 });
		expect([refused.status, refused.data]).toEqual([
			400,
			{ id: expect.any(String), name: 'invalid_sdxl_v1_dimensions', message: expect.any(String) },
		]);
		expect(credits()).toBe(100);
		for (const [width, height] of [
			[1024, 1024],
			[1152, 896],
			[640, 1536],
		]) {
			expect((await api.post(SDXL, { text_prompts, width, height })).status).toBe(200);
		}
	});

	it('charges SDXL 1.0 by steps (default 30), times samples, and answers one artifact per sample', async () => {
		const one = await api.post(SDXL, { text_prompts });
		expect(one.data.artifacts).toEqual([
			{ base64: expect.any(String), seed: expect.any(Number), finishReason: 'SUCCESS' },
		]);
		expect(credits()).toBeCloseTo(100 - 1.6, 10);

		const two = await api.post(SDXL, { text_prompts, steps: 50, samples: 2 });
		expect(two.data.artifacts).toHaveLength(2);
		expect(credits()).toBeCloseTo(100 - 1.6 - 4, 10);

		await api.post(SDXL, { text_prompts, steps: 20 });
		const twenty = 100 * (0.0122 + 0.000127 * 20 + 0.000000623 * 400);
		expect(credits()).toBeCloseTo(100 - 5.6 - twenty, 10);
	});

	it('charges other engines by pixels and steps; sizes in 64 px steps within 1,048,576 pixels', async () => {
		await api.post(SD16, { text_prompts, width: 512, height: 768, steps: 30 });
		expect(credits()).toBeCloseTo(100 - (512 * 768 - 169527) * 2.16e-6, 10);

		const notBy64 = await api.post(SD16, { text_prompts, width: 500, height: 512 });
		expect([notBy64.status, notBy64.data.name]).toEqual([400, 'invalid_height_or_width']);
		const tooMany = await api.post(SD16, { text_prompts, width: 1024, height: 1088 });
		expect([tooMany.status, tooMany.data.name]).toEqual([400, 'invalid_pixel_count']);
	});

	it('answers a PNG for Accept: image/png, and refuses several samples then', async () => {
		const png = await api.post(
			SDXL,
			{ text_prompts },
			{ headers: { Accept: 'image/png' }, responseType: 'arraybuffer' },
		);
		expect([png.status, png.headers['content-type'], png.headers['finish-reason']]).toEqual([
			200,
			'image/png',
			'SUCCESS',
		]);
		const several = await api.post(
			SDXL,
			{ text_prompts, samples: 2 },
			{ headers: { Accept: 'image/png' } },
		);
		expect([several.status, several.data.name]).toEqual([400, 'invalid_samples']);
	});

	it('answers 404 for an unknown engine, 400 without a prompt and 402 without the credits', async () => {
		const unknown = await api.post('/v1/generation/some-fake-engine/text-to-image', {
			text_prompts,
		});
		expect([unknown.status, unknown.data.name, unknown.data.message]).toEqual([
			404,
			'not_found',
			'The specified engine (ID some-fake-engine) was not found.',
		]);
		const empty = await api.post(SDXL, { text_prompts: [] });
		expect([empty.status, empty.data.name]).toEqual([400, 'bad_request']);
		sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 1);
		const poor = await api.post(SDXL, { text_prompts });
		expect([poor.status, poor.data.name]).toEqual([402, 'payment_required']);
		expect(credits()).toBe(1);
	});
});
