import axios, { type AxiosInstance } from 'axios';
import { crc32 } from 'node:zlib';
import { startSandbox, type Sandbox } from './sandbox/server';

/** Clients for each provider that never throw on HTTP status, so tests can assert on it. */
function clients(
	sandbox: Sandbox,
	keys: Partial<Record<'gamma' | 'stability' | 'imagine', string>> = {},
) {
	const base = { validateStatus: () => true };
	return {
		gamma: axios.create({
			...base,
			baseURL: sandbox.baseUrls.gamma,
			headers: { 'X-API-KEY': keys.gamma ?? sandbox.keys.gamma },
		}),
		stability: axios.create({
			...base,
			baseURL: sandbox.baseUrls.stabilityAi,
			headers: { Authorization: `Bearer ${keys.stability ?? sandbox.keys.stabilityAi}` },
		}),
		imagine: axios.create({
			...base,
			baseURL: sandbox.baseUrls.imagineArt,
			headers: { Authorization: `Bearer ${keys.imagine ?? sandbox.keys.imagineArt}` },
		}),
	};
}

/** Reads a stored ZIP's entries, checking each CRC against the data. */
function unzipStored(zip: Buffer): Array<{ name: string; data: Buffer }> {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const count = zip.readUInt16LE(end + 10);
	let offset = zip.readUInt32LE(end + 16);
	const entries: Array<{ name: string; data: Buffer }> = [];
	for (let index = 0; index < count; index++) {
		expect(zip.readUInt32LE(offset)).toBe(0x02014b50);
		const crc = zip.readUInt32LE(offset + 16);
		const size = zip.readUInt32LE(offset + 20);
		const nameLength = zip.readUInt16LE(offset + 28);
		const local = zip.readUInt32LE(offset + 42);
		const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
		expect(zip.readUInt32LE(local)).toBe(0x04034b50);
		const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const data = zip.subarray(dataStart, dataStart + size);
		expect(crc32(data)).toBe(crc);
		entries.push({ name, data });
		offset += 46 + nameLength;
	}
	return entries;
}

describe('sandbox', () => {
	let sandbox: Sandbox;
	let api: ReturnType<typeof clients>;

	beforeAll(async () => {
		sandbox = await startSandbox();
		api = clients(sandbox);
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	async function createDeck(body: Record<string, unknown>, client: AxiosInstance = api.gamma) {
		const response = await client.post('/v1.0/generations', body);
		expect(response.status).toBe(200);
		return response.data as { generationId: string; warnings?: string };
	}

	describe('gamma', () => {
		it('runs pending -> completed, charging cards and images, and serves the PDF export', async () => {
			const slow = await startSandbox({ gammaCompletionDelayMs: 150 });
			try {
				const gamma = clients(slow).gamma;
				const { generationId } = await createDeck(
					{ inputText: 'Quarterly review', numCards: 4, exportAs: 'pdf' },
					gamma,
				);
				expect((await gamma.get(`/v1.0/generations/${generationId}`)).data).toEqual({
					generationId,
					status: 'pending',
				});
				expect(slow.getCredits('gamma', slow.keys.gamma)).toBe(3000);
				await new Promise((resolve) => setTimeout(resolve, 160));

				const done = await gamma.get(`/v1.0/generations/${generationId}`);
				// 4 cards x 2 credits + 4 images x flux-1-quick (2 credits)
				expect(done.data).toMatchObject({
					status: 'completed',
					title: 'Quarterly review',
					credits: { deducted: 16, remaining: 2984 },
					exportUrl: `${slow.baseUrls.gamma}/exports/${generationId}.pdf`,
				});
				expect(slow.getCredits('gamma', slow.keys.gamma)).toBe(2984);

				const pdf = await axios.get<Buffer>(done.data.exportUrl, { responseType: 'arraybuffer' });
				expect(pdf.headers['content-type']).toBe('application/pdf');
				expect(pdf.headers['content-disposition']).toBe(
					'attachment; filename="quarterly-review.pdf"',
				);
				const text = Buffer.from(pdf.data).toString('latin1');
				expect(text.startsWith('%PDF-1.4\n')).toBe(true);
				expect(text).toContain('/Count 4');
				const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
				const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
					Number(m[1]),
				);
				offsets.forEach((offset, index) =>
					expect(text.startsWith(`${index + 1} 0 obj`, offset)).toBe(true),
				);
			} finally {
				await slow.close();
			}
		});

		it('rejects a missing key, an unknown key and a Bearer header with 401', async () => {
			const url = `${sandbox.baseUrls.gamma}/v1.0/themes`;
			const unauthorized = { message: 'Invalid API key', statusCode: 401 };
			for (const headers of [
				{},
				{ 'X-API-KEY': 'sk-gamma-unknown' },
				{ Authorization: `Bearer ${sandbox.keys.gamma}` },
			]) {
				const response = await axios.get(url, { headers, validateStatus: () => true });
				expect([response.status, response.data]).toEqual([401, unauthorized]);
			}
		});

		it('validates the body, naming the field, and falls back on dimensions with a warning', async () => {
			const bad = await api.gamma.post('/v1.0/generations', {
				inputText: 'x',
				numCards: 76,
				format: 'poster',
			});
			expect(bad.status).toBe(400);
			expect(bad.data.statusCode).toBe(400);
			expect(bad.data.message).toContain('format must be one of');
			expect(bad.data.message).toContain('numCards must be an integer between 1 and 75');
			const model = await api.gamma.post('/v1.0/generations', {
				inputText: 'x',
				imageOptions: { model: 'not-a-model' },
			});
			expect([model.status, model.data.message]).toEqual([
				400,
				expect.stringContaining('imageOptions.model'),
			]);
			expect((await api.gamma.post('/v1.0/generations', { numCards: 3 })).data.message).toContain(
				'inputText is required',
			);

			const { warnings } = await createDeck({
				inputText: 'x',
				format: 'social',
				cardOptions: { dimensions: '16x9' },
			});
			expect(warnings).toContain('used "4x5"');
		});

		it('charges text breaks without images, templates per prompt part, and nothing for a failure', async () => {
			const breaks = await createDeck({
				inputText: 'One\n---\nTwo\n---\nThree',
				cardSplit: 'inputTextBreaks',
				numCards: 40,
				imageOptions: { source: 'noImages' },
			});
			const template = await api.gamma.post('/v1.0/generations/from-template', {
				gammaId: 'g_template',
				prompt: 'Launch plan\n---\nTimeline',
				imageOptions: { model: 'imagen-4-pro' },
			});
			const failing = await createDeck({ inputText: 'Doomed [sandbox:fail]' });

			const byId = new Map(
				sandbox.gammaGenerations().map((generation) => [generation.id, generation]),
			);
			expect(byId.get(breaks.generationId)).toMatchObject({
				cards: 3,
				images: 0,
				creditsDeducted: 6,
			});
			// 2 cards x 3 template credits + 2 images x imagen-4-pro (20)
			expect(byId.get(template.data.generationId)).toMatchObject({
				kind: 'template',
				creditsDeducted: 46,
			});
			expect((await api.gamma.get(`/v1.0/generations/${failing.generationId}`)).data).toEqual({
				generationId: failing.generationId,
				status: 'failed',
				error: { message: expect.any(String), statusCode: 422 },
			});
			expect(sandbox.getCredits('gamma', sandbox.keys.gamma)).toBe(3000 - 6 - 46);
		});

		it('refuses a generation the balance cannot cover', async () => {
			sandbox.setCredits('gamma', sandbox.keys.gamma, 39);
			const response = await api.gamma.post('/v1.0/generations', { inputText: 'x' }); // 10 cards: 40
			expect(response.status).toBe(403);
			expect(response.data).toEqual({
				message: expect.stringContaining('40 credits'),
				statusCode: 403,
			});
			expect(sandbox.gammaGenerations()).toHaveLength(0);
		});

		it('answers the 404 probe with the balance and hides generations of other keys', async () => {
			const { generationId } = await createDeck({ inputText: 'Mine', numCards: 1 });
			const probe = await api.gamma.get('/v1.0/generations/probe-id');
			expect([probe.status, probe.data]).toEqual([
				404,
				{
					message: 'Generation ID not found. generationId: probe-id',
					statusCode: 404,
					credits: { deducted: 0, remaining: 2996 },
				},
			]);
			sandbox.addAccount('gamma', 'sk-gamma-other', 500);
			const other = clients(sandbox, { gamma: 'sk-gamma-other' }).gamma;
			const hidden = await other.get(`/v1.0/generations/${generationId}`);
			expect([hidden.status, hidden.data.credits]).toEqual([404, { deducted: 0, remaining: 500 }]);
		});

		it('serves a png export as a zip of one valid PNG per card', async () => {
			const { generationId } = await createDeck({
				inputText: 'Pics',
				numCards: 3,
				exportAs: 'png',
			});
			const { exportUrl } = (await api.gamma.get(`/v1.0/generations/${generationId}`)).data;
			const zip = await axios.get<ArrayBuffer>(exportUrl, { responseType: 'arraybuffer' });
			expect(zip.headers['content-type']).toBe('application/zip');
			const entries = unzipStored(Buffer.from(zip.data));
			expect(entries.map((entry) => entry.name)).toEqual([
				'card-01.png',
				'card-02.png',
				'card-03.png',
			]);
			expect(entries[0].data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		});

		it('paginates themes with a cursor, filters by name and validates limit', async () => {
			const names: string[] = [];
			let after: string | undefined;
			let pages = 0;
			do {
				const { data } = await api.gamma.get('/v1.0/themes', { params: { after } });
				names.push(...data.data.map((theme: { name: string }) => theme.name));
				after = data.hasMore ? data.nextCursor : undefined;
				pages++;
			} while (after);
			expect([pages, names.length, new Set(names).size]).toEqual([4, 75, 75]);

			const filtered = await api.gamma.get('/v1.0/themes', { params: { query: 'ACME', limit: 1 } });
			expect(filtered.data.data).toEqual([
				{ id: 'custom-acme-brand', name: 'Acme Brand', type: 'custom' },
			]);
			expect(filtered.data.hasMore).toBe(true);
			expect((await api.gamma.get('/v1.0/folders')).data.data).toHaveLength(7);
			expect((await api.gamma.get('/v1.0/folders', { params: { limit: 51 } })).status).toBe(400);
		});
	});

	describe('stability ai', () => {
		it('reports the fractional balance, the account and engines; Organization is logged', async () => {
			const balance = await api.stability.get('/v1/user/balance', {
				headers: { Organization: 'org-1' },
			});
			expect(balance.data).toEqual({ credits: 0.6336833840314097 + 100 });
			const account = (await api.stability.get('/v1/user/account')).data;
			expect(account).toMatchObject({ id: expect.any(String), email: expect.any(String) });
			expect(account.organizations[0]).toMatchObject({ role: 'OWNER', is_default: true });
			expect((await api.stability.get('/v1/engines/list')).data[0]).toHaveProperty(
				'type',
				'PICTURE',
			);
			expect(sandbox.requests[0].headers.organization).toBe('org-1');
		});

		it('uses the v1 error shape for 401 and the v2beta shape for 402', async () => {
			const bad = await clients(sandbox, { stability: 'sk-nope' }).stability.get(
				'/v1/user/balance',
			);
			expect([bad.status, bad.data]).toEqual([
				401,
				{ id: expect.any(String), name: 'unauthorized', message: expect.any(String) },
			]);
			const form = new FormData();
			form.append('prompt', 'a lighthouse');
			const core = await api.stability.post('/v2beta/stable-image/generate/core', form, {
				headers: { Accept: 'application/json' },
			});
			expect([core.status, core.data.finish_reason]).toEqual([200, 'SUCCESS']);
			expect(sandbox.getCredits('stabilityAi', sandbox.keys.stabilityAi)).toBeCloseTo(97.6337, 4);
			sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 2.5);
			const short = await api.stability.post('/v2beta/stable-image/generate/core', { prompt: 'x' });
			expect([short.status, short.data.name, short.data.errors]).toEqual([
				402,
				'payment_required',
				[expect.any(String)],
			]);
		});
	});

	describe('imagineart', () => {
		it('reports balances by type and rejects a bad key with code 1001', async () => {
			const credit = await api.imagine.get('/v1/credit', { params: { org_id: 'org-1' } });
			expect(credit.data).toEqual({
				total: 2600,
				tokens: [
					{ type: 'free', amount: 100, expires_at: expect.any(String) },
					{ type: 'subscription', amount: 2000, expires_at: expect.any(String) },
					{ type: 'topup', amount: 500 },
				],
				subscription_active: true,
			});
			const bad = await clients(sandbox, { imagine: 'vk-nope' }).imagine.get('/v1/credit');
			expect([bad.status, bad.data]).toEqual([
				401,
				{ status: 'error', code: 1001, error: 'Unauthorized', message: expect.any(String) },
			]);
		});

		it('draws free, then subscription, then top-up; pro models skip free credits', async () => {
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 30,
				subscription: 40,
				topUp: 100,
			});
			const generate = async (body: Record<string, unknown>) =>
				(await api.imagine.post('/v2/image/generations', body)).data.credits?.drawn;
			// imagineart-2.0: 25 per image
			expect(await generate({ model: 'imagineart-2.0', count: 2 })).toEqual({
				free: 30,
				subscription: 20,
				topup: 0,
			});
			// flux-2-pro (pro): 28; free is empty anyway, subscription has 20 left
			expect(await generate({ model: 'flux-2-pro' })).toEqual({
				free: 0,
				subscription: 20,
				topup: 8,
			});
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 100,
				subscription: 0,
				topUp: 10,
			});
			const pro = await api.imagine.post('/v2/image/generations', { model: 'imagineart-1.5-pro' });
			expect([pro.status, pro.data]).toEqual([
				402,
				{ status: 'error', code: 1101, error: 'Payment Required', message: 'Not enough credits' },
			]);
			expect(sandbox.getCredits('imagineArt', sandbox.keys.imagineArt)).toMatchObject({
				free: 100,
				topUp: 10,
			});
		});

		it('without a subscription, closes pro models and spends free then top-up on the rest', async () => {
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 10,
				subscription: 900,
				topUp: 70,
				subscriptionActive: false,
			});
			expect(
				(await api.imagine.post('/v2/image/generations', { model: 'flux-2-pro' })).status,
			).toBe(402);
			const ok = await api.imagine.post('/v2/image/generations', {
				model: 'nano-banana-2',
				resolution: '2K',
			});
			expect(ok.data.credits).toEqual({
				charged: 73.5,
				remaining: 906.5,
				drawn: { free: 10, subscription: 0, topup: 63.5 },
			});
			// flux-dev x2 = 10 > the 6.5 top-up left; the lapsed subscription balance cannot pay
			expect(
				(await api.imagine.post('/v2/image/generations', { model: 'flux-dev', count: 2 })).status,
			).toBe(402);
		});
	});

	describe('faults', () => {
		it('status: answers in the provider error shape with an x-request-id, then recovers', async () => {
			sandbox.injectFault({
				provider: 'gamma',
				path: '/v1.0/themes',
				kind: 'status',
				status: 503,
				times: 2,
			});
			for (let attempt = 0; attempt < 2; attempt++) {
				const failed = await api.gamma.get('/v1.0/themes');
				expect([failed.status, failed.data]).toEqual([
					503,
					{ message: 'Service Unavailable', statusCode: 503 },
				]);
				expect(failed.headers['x-request-id']).toEqual(expect.any(String));
			}
			expect((await api.gamma.get('/v1.0/themes')).status).toBe(200);
		});

		it('rateLimit: 429 with Retry-After and the provider body, until cleared when Infinity', async () => {
			sandbox.injectFault({
				provider: 'imagineArt',
				path: '/v1/*',
				kind: 'rateLimit',
				retryAfterSeconds: 7,
				times: Infinity,
			});
			for (let attempt = 0; attempt < 3; attempt++) {
				const limited = await api.imagine.get('/v1/credit');
				expect([limited.status, limited.headers['retry-after'], limited.data.code]).toEqual([
					429,
					'7',
					1202,
				]);
			}
			sandbox.clearFaults();
			expect((await api.imagine.get('/v1/credit')).status).toBe(200);
		});

		it('drop: the generation is created and charged although no response arrives', async () => {
			sandbox.injectFault({
				provider: 'gamma',
				method: 'POST',
				path: '/v1.0/generations',
				kind: 'drop',
			});
			await expect(
				api.gamma.post('/v1.0/generations', { inputText: 'x', numCards: 1 }),
			).rejects.toMatchObject({
				code: 'ECONNRESET',
			});
			expect(sandbox.gammaGenerations()).toHaveLength(1);
			expect(sandbox.getCredits('gamma', sandbox.keys.gamma)).toBe(2996);

			sandbox.injectFault({
				provider: 'gamma',
				path: /^\/v1\.0\/generations$/,
				kind: 'drop',
				accept: false,
			});
			await expect(api.gamma.post('/v1.0/generations', { inputText: 'x' })).rejects.toThrow();
			expect(sandbox.gammaGenerations()).toHaveLength(1);
		});

		it('errorAfterAccept: 500 although the generation exists', async () => {
			sandbox.injectFault({
				provider: 'gamma',
				path: '/v1.0/generations',
				kind: 'errorAfterAccept',
			});
			const response = await api.gamma.post('/v1.0/generations', { inputText: 'x' });
			expect([response.status, response.data.statusCode]).toEqual([500, 500]);
			expect(response.headers['x-request-id']).toEqual(expect.any(String));
			expect(sandbox.gammaGenerations()).toHaveLength(1);
		});

		it('slow: answers normally after the delay', async () => {
			sandbox.injectFault({
				provider: 'stabilityAi',
				path: '/v1/user/balance',
				kind: 'slow',
				delayMs: 120,
			});
			const started = Date.now();
			const response = await api.stability.get('/v1/user/balance');
			expect(Date.now() - started).toBeGreaterThanOrEqual(115);
			expect(response.status).toBe(200);
		});
	});

	describe('routing and log', () => {
		it('logs every request with provider path, query, lower-cased headers and parsed body', async () => {
			await api.gamma.post(
				'/v1.0/generations',
				{ inputText: 'logged', numCards: 1 },
				{ params: { trace: 'yes' } },
			);
			await api.imagine.get('/v2/nope');
			await axios.get(`${sandbox.url}/elsewhere`, { validateStatus: () => true });

			expect(sandbox.requests[0]).toMatchObject({
				provider: 'gamma',
				method: 'POST',
				path: '/v1.0/generations',
				query: { trace: 'yes' },
				headers: { 'x-api-key': sandbox.keys.gamma, 'content-type': 'application/json' },
				body: { inputText: 'logged', numCards: 1 },
			});
			expect(sandbox.requests.map((request) => request.provider)).toEqual([
				'gamma',
				'imagineArt',
				'unknown',
			]);
			expect(sandbox.countRequests({ provider: 'gamma', method: 'post', path: '/v1.0/*' })).toBe(1);
			expect(sandbox.countRequests({ path: /nope$/ })).toBe(1);
			sandbox.clearRequests();
			expect(sandbox.requests).toHaveLength(0);
		});

		it('answers unknown routes with 404 in each provider shape', async () => {
			expect((await api.gamma.get('/v2/unknown')).data).toEqual({
				message: expect.any(String),
				statusCode: 404,
			});
			expect((await api.stability.get('/v2beta/unknown')).data).toMatchObject({
				name: 'not_found',
				errors: [expect.any(String)],
			});
			expect((await api.imagine.get('/v2/unknown')).data).toMatchObject({
				status: 'error',
				code: 1004,
			});
		});
	});
});
