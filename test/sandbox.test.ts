import axios, { type AxiosInstance } from 'axios';
import { crc32 } from 'node:zlib';
import {
	DEFAULT_IMAGINE_ART_ORG_ID,
	SECOND_IMAGINE_ART_ORG_ID,
	SECOND_STABILITY_ORG_ID,
	startSandbox,
	type Sandbox,
} from './sandbox/server';

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
		imagine: bearerClient(sandbox, sandbox.imagineArtUrls.api, keys.imagine),
		imagineTeams: bearerClient(sandbox, sandbox.imagineArtUrls.teams, keys.imagine),
	};
}

/** ImagineArt takes OAuth2 access tokens: a fresh one for the default account on every request. */
function bearerClient(sandbox: Sandbox, baseURL: string, token?: string): AxiosInstance {
	const client = axios.create({ validateStatus: () => true, baseURL });
	client.interceptors.request.use((config) => {
		config.headers.set(
			'Authorization',
			`Bearer ${token ?? sandbox.issueImagineArtTokens().accessToken}`,
		);
		return config;
	});
	return client;
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
			// The sandbox's clock stands still until the test moves it: no race with real time.
			let now = Date.now();
			const slow = await startSandbox({ gammaCompletionDelayMs: 150, clock: () => now });
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
				now += 149;
				expect((await gamma.get(`/v1.0/generations/${generationId}`)).data.status).toBe('pending');
				now += 1;

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
			expect(bad.data.message).toContain(
				'numCards must be an integer between 1 and 60 on the pro plan',
			);
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

		it('caps numCards by plan: 60 on pro (the default), teams and business, 75 on ultra', async () => {
			const post = (client: AxiosInstance, numCards: number) =>
				client.post('/v1.0/generations', { inputText: 'x', numCards });
			expect((await post(api.gamma, 60)).status).toBe(200);
			const over = await post(api.gamma, 61);
			expect([over.status, over.data]).toEqual([
				400,
				{
					message:
						'Input validation errors: 1. numCards must be an integer between 1 and 60 on the pro plan',
					statusCode: 400,
				},
			]);
			for (const plan of ['teams', 'business'] as const) {
				sandbox.addAccount('gamma', `sk-gamma-${plan}`, 3000, { plan });
				const client = clients(sandbox, { gamma: `sk-gamma-${plan}` }).gamma;
				expect((await post(client, 61)).data.message).toContain(
					`between 1 and 60 on the ${plan} plan`,
				);
			}
			sandbox.addAccount('gamma', 'sk-gamma-ultra', 3000, { plan: 'ultra' });
			const ultra = clients(sandbox, { gamma: 'sk-gamma-ultra' }).gamma;
			expect((await post(ultra, 75)).status).toBe(200);
			expect((await post(ultra, 76)).data.message).toContain(
				'numCards must be an integer between 1 and 75 on the ultra plan',
			);
			expect(() =>
				sandbox.addAccount('gamma', 'sk-gamma-free', 10, { plan: 'free' as 'pro' }),
			).toThrow(/plan/);

			await expect(startSandbox({ gammaPlan: 'free' as 'pro' })).rejects.toThrow(/gammaPlan/);
			const ultraDefault = await startSandbox({ gammaPlan: 'ultra' });
			try {
				const client = clients(ultraDefault).gamma;
				expect((await post(client, 75)).status).toBe(200);
				ultraDefault.addAccount('gamma', 'sk-gamma-added', 3000);
				const added = clients(ultraDefault, { gamma: 'sk-gamma-added' }).gamma;
				expect((await post(added, 75)).status).toBe(200);
			} finally {
				await ultraDefault.close();
			}
		});

		it('limits additionalInstructions to 2000 characters', async () => {
			const post = (length: number) =>
				api.gamma.post('/v1.0/generations', {
					inputText: 'x',
					additionalInstructions: 'a'.repeat(length),
				});
			expect((await post(2000)).status).toBe(200);
			const long = await post(2001);
			expect([long.status, long.data.message]).toEqual([
				400,
				'Input validation errors: 1. additionalInstructions must be between 0 and 2000 characters',
			]);
		});

		it('rejects a theme or folder the workspace does not have, on both generation routes', async () => {
			await createDeck({ inputText: 'x', themeId: 'aurora', folderId: 'fld-marketing' });
			await createDeck({ inputText: 'x', folderIds: ['fld-marketing'] });
			const bad = await api.gamma.post('/v1.0/generations', {
				inputText: 'x',
				themeId: 'no-such-theme',
				folderId: 'fld-nope',
			});
			expect(bad.status).toBe(400);
			expect(bad.data.message).toMatch(
				/^Input validation errors: 1\. themeId "no-such-theme" .* 2\. folderId "fld-nope" /,
			);
			const two = await api.gamma.post('/v1.0/generations', {
				inputText: 'x',
				folderIds: ['fld-marketing', 'fld-archive'],
			});
			expect([two.status, two.data.message]).toEqual([
				400,
				expect.stringContaining('folderIds must contain exactly one folder id'),
			]);
			const template = await api.gamma.post('/v1.0/generations/from-template', {
				gammaId: 'g_template',
				prompt: 'x',
				themeId: 'custom-nope',
				folderId: 'fld-gone',
			});
			expect(template.status).toBe(400);
			expect(template.data.message).toContain('themeId "custom-nope"');
			expect(template.data.message).toContain('folderId "fld-gone"');
			expect(sandbox.gammaGenerations()).toHaveLength(2);
		});

		it('holds sharing levels and the language to the documented lists', async () => {
			const post = (body: Record<string, unknown>) =>
				api.gamma.post('/v1.0/generations', { inputText: 'x', ...body });
			const accepted = await post({
				textOptions: { language: 'pt-br' },
				sharingOptions: {
					workspaceAccess: 'edit',
					externalAccess: 'noAccess',
					emailOptions: { recipients: ['a@example.com'], access: 'fullAccess' },
					enableSearchEngineIndexing: true,
				},
			});
			expect(accepted.status).toBe(200);
			for (const [body, field] of [
				[{ sharingOptions: { workspaceAccess: 'fullAccess' } }, 'sharingOptions.workspaceAccess'],
				[{ sharingOptions: { externalAccess: 'fullAccess' } }, 'sharingOptions.externalAccess'],
				[
					{
						sharingOptions: { emailOptions: { recipients: ['a@example.com'], access: 'noAccess' } },
					},
					'sharingOptions.emailOptions.access',
				],
				[
					{ sharingOptions: { enableSearchEngineIndexing: 'yes' } },
					'sharingOptions.enableSearchEngineIndexing',
				],
				[{ textOptions: { language: 'other' } }, 'textOptions.language "other"'],
			] as const) {
				const rejected = await post(body);
				expect([rejected.status, rejected.data.message]).toEqual([
					400,
					expect.stringContaining(field),
				]);
			}
		});

		it('uses a from-template title as the deck title', async () => {
			sandbox.setGammaCompletionDelay(0);
			const { data } = await api.gamma.post('/v1.0/generations/from-template', {
				gammaId: 'g_template',
				prompt: 'Some prompt',
				title: 'Named by the caller',
				folderId: 'fld-sales-decks',
			});
			const status = await api.gamma.get(`/v1.0/generations/${data.generationId}`);
			expect(status.data.title).toBe('Named by the caller');
			sandbox.setGammaStatusIncludesTitle(false);
			const untitled = await api.gamma.get(`/v1.0/generations/${data.generationId}`);
			expect(untitled.data).not.toHaveProperty('title');
			expect(untitled.data.gammaUrl).toContain('named-by-the-caller');
		});

		it('ignores unknown top-level fields unless gammaRejectUnknownFields is on', async () => {
			expect(
				(await api.gamma.post('/v1.0/generations', { inputText: 'x', colour: 1 })).status,
			).toBe(200);
			const strict = await startSandbox({ gammaRejectUnknownFields: true });
			try {
				const gamma = clients(strict).gamma;
				const standard = await gamma.post('/v1.0/generations', {
					inputText: 'x',
					numCards: 2,
					colour: 'red',
					cardOptions: { dimensions: '16x9', headerFooter: {} },
				});
				expect([standard.status, standard.data]).toEqual([
					400,
					{
						message: 'Input validation errors: 1. property colour should not exist',
						statusCode: 400,
					},
				]);
				const template = await gamma.post('/v1.0/generations/from-template', {
					gammaId: 'g_template',
					prompt: 'x',
					numCards: 3,
				});
				expect([template.status, template.data.message]).toEqual([
					400,
					expect.stringContaining('property numCards should not exist'),
				]);
				expect((await createDeck({ inputText: 'x', numCards: 2 }, gamma)).generationId).toEqual(
					expect.any(String),
				);
			} finally {
				await strict.close();
			}
		});

		it('answers insufficient credits with 402 when gammaInsufficientCreditsStatus is 402', async () => {
			let now = Date.now();
			const paying = await startSandbox({
				gammaInsufficientCreditsStatus: 402,
				gammaCompletionDelayMs: 1000,
				initialCredits: { gamma: 50 },
				clock: () => now,
			});
			try {
				const gamma = clients(paying).gamma;
				const refused = await gamma.post('/v1.0/generations', { inputText: 'x', numCards: 20 });
				expect([refused.status, refused.data]).toEqual([
					402,
					{ message: expect.stringContaining('80 credits'), statusCode: 402 },
				]);
				// Both fit the balance when accepted (40 each); only the first can be paid at completion.
				const first = await createDeck({ inputText: 'one' }, gamma);
				const second = await createDeck({ inputText: 'two' }, gamma);
				now += 1000;
				expect((await gamma.get(`/v1.0/generations/${first.generationId}`)).data.status).toBe(
					'completed',
				);
				expect((await gamma.get(`/v1.0/generations/${second.generationId}`)).data).toEqual({
					generationId: second.generationId,
					status: 'failed',
					error: { message: expect.stringContaining('Insufficient credits'), statusCode: 402 },
				});
				expect(paying.getCredits('gamma', paying.keys.gamma)).toBe(10);
			} finally {
				await paying.close();
			}
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

		it('answers the 404 without credits when told to, until reset', async () => {
			sandbox.setGammaNotFoundCarriesCredits(false);
			const probe = await api.gamma.get('/v1.0/generations/probe-id');
			expect([probe.status, probe.data]).toEqual([
				404,
				{ message: 'Generation ID not found. generationId: probe-id', statusCode: 404 },
			]);
			sandbox.reset();
			expect((await api.gamma.get('/v1.0/generations/probe-id')).data.credits).toEqual({
				deducted: 0,
				remaining: 3000,
			});
			const bare = await startSandbox({ gammaNotFoundCarriesCredits: false });
			try {
				const { data } = await clients(bare).gamma.get('/v1.0/generations/probe-id');
				expect(Object.keys(data).sort()).toEqual(['message', 'statusCode']);
			} finally {
				await bare.close();
			}
		});

		it('answers /v1.0/me with the plan card limit and the priced image models', async () => {
			const me = await api.gamma.get('/v1.0/me');
			expect(me.status).toBe(200);
			expect(Object.keys(me.data).sort()).toEqual([
				'availableImageModels',
				'displayName',
				'email',
				'maxGenerateCards',
				'profileImageUrl',
				'workspaceName',
			]);
			expect(me.data.maxGenerateCards).toBe(60);
			expect(me.data.availableImageModels).toEqual(
				expect.arrayContaining(['flux-1-quick', 'imagen-4-pro', 'gpt-image-2-hd']),
			);
			for (const [plan, max] of [
				['teams', 60],
				['business', 60],
				['ultra', 75],
			] as const) {
				sandbox.addAccount('gamma', `sk-gamma-${plan}`, 100, { plan });
				const other = clients(sandbox, { gamma: `sk-gamma-${plan}` }).gamma;
				expect((await other.get('/v1.0/me')).data.maxGenerateCards).toBe(max);
			}
			expect(
				(await clients(sandbox, { gamma: 'sk-gamma-nobody' }).gamma.get('/v1.0/me')).status,
			).toBe(401);
		});

		it('lists only the image models an account may use, and refuses others with 403', async () => {
			sandbox.addAccount('gamma', 'sk-gamma-two-models', 500, {
				imageModels: ['flux-1-quick', 'flux-1-pro'],
			});
			const limited = clients(sandbox, { gamma: 'sk-gamma-two-models' }).gamma;
			expect((await limited.get('/v1.0/me')).data.availableImageModels).toEqual([
				'flux-1-quick',
				'flux-1-pro',
			]);
			const refused = await limited.post('/v1.0/generations', {
				inputText: 'x',
				imageOptions: { model: 'dall-e-3' },
			});
			expect(refused.status).toBe(403);
			expect(refused.data).toEqual({
				message: 'Image model dall-e-3 is not available on your plan',
				statusCode: 403,
			});
			const allowed = await limited.post('/v1.0/generations', {
				inputText: 'x',
				imageOptions: { model: 'flux-1-pro' },
			});
			expect(allowed.status).toBe(200);
			const found = await limited.post('/v1.0/generations', {
				inputText: 'x',
				imageOptions: { source: 'pexels', model: 'dall-e-3' },
			});
			expect(found.status).toBe(200);
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
				{
					id: 'custom-acme-brand',
					name: 'Acme Brand',
					type: 'custom',
					colorKeywords: expect.any(Array),
					toneKeywords: expect.any(Array),
				},
			]);
			expect(filtered.data.hasMore).toBe(true);
			expect((await api.gamma.get('/v1.0/folders')).data.data).toHaveLength(7);
			expect((await api.gamma.get('/v1.0/folders', { params: { limit: 51 } })).status).toBe(400);
		});
	});

	describe('gamma 5', () => {
		const agent = () => api.gamma;
		async function createAgent(body: Record<string, unknown>) {
			const response = await agent().post('/v1.0/agent/generations', body);
			expect(response.status).toBe(202);
			return response.data as { generationId: string; warnings?: unknown };
		}

		it('answers 202 with a gen_ id, reports progress while pending, then completes and charges', async () => {
			let now = Date.now();
			const slow = await startSandbox({ gammaCompletionDelayMs: 1000, clock: () => now });
			try {
				const gamma = clients(slow).gamma;
				const created = await gamma.post('/v1.0/agent/generations', {
					prompt: 'Tides explained',
					numCards: 4,
					quality: 'max',
					exportAs: 'pdf',
				});
				expect(created.status).toBe(202);
				expect(Object.keys(created.data)).toEqual(['generationId']);
				const id = created.data.generationId as string;
				expect(id).toMatch(/^gen_[A-Za-z0-9]{16}$/);
				now += 500;
				const pending = (await gamma.get(`/v1.0/agent/generations/${id}`)).data;
				expect(pending).toEqual({
					generationId: id,
					status: 'pending',
					gamma: { id: expect.any(String), url: expect.stringContaining('tides-explained') },
					progress: { cardsCompleted: 2, cardsTotal: 4, percentComplete: 50 },
				});
				now += 500;
				const done = (await gamma.get(`/v1.0/agent/generations/${id}`)).data;
				// 4 cards × 5 (max) + 4 images × 2 (flux-1-quick)
				expect(done).toEqual({
					generationId: id,
					status: 'completed',
					gamma: pending.gamma,
					result: { summary: expect.stringContaining('4 cards') },
					exportUrl: `${slow.baseUrls.gamma}/exports/${id}.pdf`,
					credits: { deducted: 28, remaining: 2972 },
				});
				const pdf = await axios.get<ArrayBuffer>(done.exportUrl, { responseType: 'arraybuffer' });
				expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe('%PDF-');
			} finally {
				await slow.close();
			}
		});

		it('charges per quality from gammaAgentCreditsPerCard, fails a marked prompt with credits', async () => {
			const custom = await startSandbox({ gammaAgentCreditsPerCard: { lite: 0.5 } });
			try {
				const gamma = clients(custom).gamma;
				const { data } = await gamma.post('/v1.0/agent/generations', {
					prompt: 'x',
					numCards: 2,
					quality: 'lite',
				});
				const done = (await gamma.get(`/v1.0/agent/generations/${data.generationId}`)).data;
				expect(done.credits).toEqual({ deducted: 5, remaining: 2995 });
			} finally {
				await custom.close();
			}
			const { generationId } = await createAgent({ prompt: 'Doomed [sandbox:fail]' });
			const failed = (await agent().get(`/v1.0/agent/generations/${generationId}`)).data;
			expect(failed).toEqual({
				generationId,
				status: 'failed',
				error: { message: expect.any(String), statusCode: 422 },
				credits: { deducted: 0, remaining: 3000 },
			});
		});

		it('keeps the engines apart: gen_ ids 404 under /generations, classic ids under /agent', async () => {
			const { generationId: agentId } = await createAgent({ prompt: 'x' });
			const { generationId: classicId } = await createDeck({ inputText: 'x', numCards: 1 });
			const asClassic = await api.gamma.get(`/v1.0/generations/${agentId}`);
			expect([asClassic.status, asClassic.data.credits]).toEqual([
				404,
				{ deducted: 0, remaining: expect.any(Number) },
			]);
			const asAgent = await api.gamma.get(`/v1.0/agent/generations/${classicId}`);
			expect([asAgent.status, asAgent.data]).toEqual([
				404,
				{ message: `Generation ID not found. generationId: ${classicId}`, statusCode: 404 },
			]);
		});

		it('warns about an unreadable source URL, in the create answer and the status', async () => {
			const created = await createAgent({
				prompt: 'x',
				sourceUrls: ['https://en.wikipedia.org/wiki/Tide', 'https://gone.invalid/x'],
			});
			const warning = {
				code: 'sourceUrlSkipped',
				message: expect.stringContaining('gone.invalid'),
			};
			expect(created.warnings).toEqual([warning]);
			const status = await agent().get(`/v1.0/agent/generations/${created.generationId}`);
			expect(status.data.warnings).toEqual([warning]);
		});

		it('accepts the documented body and refuses what Gamma 5 refuses, naming the field', async () => {
			await createAgent({
				prompt: 'A board update',
				format: 'social',
				numCards: 100,
				quality: 'standard',
				sourceUrls: ['https://example.com/a'],
				templateId: 'g_explore-sales-kickoff',
				disableConnectors: false,
				additionalInstructions: 'x'.repeat(5000),
				themeId: 'oasis',
				folderId: 'fld-archive',
				exportAs: 'pptx',
				sharingOptions: { workspaceAccess: 'comment', externalAccess: 'view' },
			});
			for (const [body, field] of [
				[{ format: 'presentation' }, 'prompt is required'],
				[{ folderIds: ['fld-archive'] }, 'property folderIds should not exist'],
				[{ textMode: 'generate' }, 'property textMode should not exist'],
				[{ format: 'webpage' }, 'format must be one of'],
				[{ numCards: 101 }, 'numCards must be an integer between 1 and 100'],
				[{ quality: 'ultra' }, 'quality must be one of'],
				[{ templateId: 'g_nope' }, 'templateId "g_nope"'],
				[{ additionalInstructions: 'x'.repeat(5001) }, 'additionalInstructions'],
				[{ themeId: null }, 'themeId must not be null'],
				[{ sourceUrls: ['ftp://example.com/a'] }, 'sourceUrls "ftp://example.com/a"'],
				[{ sharingOptions: { externalAccess: 'fullAccess' } }, 'sharingOptions.externalAccess'],
			] as const) {
				const sent = { prompt: 'x', ...body };
				if (field === 'prompt is required') delete (sent as { prompt?: string }).prompt;
				const answer = await agent().post('/v1.0/agent/generations', sent);
				expect([answer.status, answer.data.statusCode, answer.data.message]).toEqual([
					400,
					400,
					expect.stringContaining(field),
				]);
			}
			expect(sandbox.gammaGenerations()).toHaveLength(1);
		});

		it('searches templates: two lists, filtered by q, at most 25 of each', async () => {
			const all = await api.gamma.get('/v1.0/templates/search');
			expect(all.status).toBe(200);
			expect(Object.keys(all.data)).toEqual(['workspaceTemplates', 'exploreTemplates']);
			expect(all.data.workspaceTemplates[0]).toEqual({
				id: expect.stringMatching(/^g_/),
				title: expect.any(String),
				url: expect.stringMatching(/^https:\/\/gamma\.app\//),
			});
			const sales = await api.gamma.get('/v1.0/templates/search', { params: { q: 'SALES' } });
			expect(sales.data.workspaceTemplates.map((t: { title: string }) => t.title)).toEqual([
				'Acme Sales Pitch',
			]);
			expect(sales.data.exploreTemplates.map((t: { title: string }) => t.title)).toEqual([
				'Sales Kickoff',
			]);
			const one = await api.gamma.get('/v1.0/templates/search', { params: { limit: 1 } });
			expect(one.data.exploreTemplates).toHaveLength(1);
			expect(
				(await api.gamma.get('/v1.0/templates/search', { params: { limit: 51 } })).status,
			).toBe(400);
		});

		it('applies injected faults to the agent routes', async () => {
			sandbox.injectFault({
				provider: 'gamma',
				path: '/v1.0/agent/generations',
				kind: 'rateLimit',
			});
			const limited = await agent().post('/v1.0/agent/generations', { prompt: 'x' });
			expect([limited.status, limited.headers['retry-after'], limited.data.statusCode]).toEqual([
				429,
				'1',
				429,
			]);
			const { generationId } = await createAgent({ prompt: 'x' });
			sandbox.injectFault({
				provider: 'gamma',
				path: '/v1.0/agent/generations/*',
				kind: 'status',
				status: 502,
			});
			expect((await agent().get(`/v1.0/agent/generations/${generationId}`)).status).toBe(502);
			expect((await agent().get(`/v1.0/agent/generations/${generationId}`)).status).toBe(200);
			sandbox.injectFault({
				provider: 'gamma',
				path: '/v1.0/templates/search',
				kind: 'status',
				status: 500,
			});
			expect((await api.gamma.get('/v1.0/templates/search')).status).toBe(500);
		});
	});

	describe('stability ai', () => {
		it('reports the fractional balance, the account and engines; Organization is logged', async () => {
			const balance = await api.stability.get('/v1/user/balance', {
				headers: { Organization: SECOND_STABILITY_ORG_ID },
			});
			expect(balance.data).toEqual({ credits: 0.6336833840314097 + 100 });
			const account = (await api.stability.get('/v1/user/account')).data;
			expect(account).toMatchObject({ id: expect.any(String), email: expect.any(String) });
			expect(account.organizations[0]).toMatchObject({ role: 'OWNER', is_default: true });
			expect((await api.stability.get('/v1/engines/list')).data[0]).toHaveProperty(
				'type',
				'PICTURE',
			);
			expect(sandbox.requests[0].headers.organization).toBe(SECOND_STABILITY_ORG_ID);
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
		const orgParams = () => ({ params: { org_id: sandbox.imagineArtOrgId } });

		it('answers the balance in the captured shape by default: entries without a kind', async () => {
			const credit = await api.imagine.get('/v1/credit', orgParams());
			expect([credit.status, credit.data]).toEqual([
				200,
				{
					message: 'Credits retrieved successfully',
					total: 2600,
					tokens: [
						{ id: expect.any(Number), balance: 100, plan_id: 0 },
						{ id: expect.any(Number), balance: 2000, plan_id: expect.any(Number) },
						{ id: expect.any(Number), balance: 500, plan_id: expect.any(Number) },
					],
				},
			]);
			expect(sandbox.requests[0]).toMatchObject({
				provider: 'imagineArt',
				host: 'api',
				path: '/v1/credit',
				query: { org_id: sandbox.imagineArtOrgId },
			});
			// Only the pools that hold credits have an entry, as the capture's free account had one.
			sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
				free: 100,
				subscription: 0,
				topUp: 0,
			});
			const free = await api.imagine.get('/v1/credit', orgParams());
			expect(free.data.tokens).toEqual([
				{ id: credit.data.tokens[0].id, balance: 100, plan_id: 0 },
			]);
		});

		it.each([
			['the balance', 'imagine', '/v1/credit'],
			['the organizations', 'imagineTeams', '/v1/org'],
		] as const)('guards %s with the documented Bearer codes', async (_what, client, path) => {
			const get = (token?: string, headers?: Record<string, string>) =>
				clients(sandbox, { imagine: token })[client].get(path, { ...orgParams(), headers });
			const missing = await axios.get(
				`${sandbox.imagineArtUrls[client === 'imagine' ? 'api' : 'teams']}${path}`,
				{
					validateStatus: () => true,
					params: { org_id: sandbox.imagineArtOrgId },
				},
			);
			expect([missing.status, missing.data]).toEqual([
				400,
				{
					status: 'error',
					code: 1000,
					error: 'BadRequest',
					message: 'The bearer token is missing from the header.',
				},
			]);
			const unknown = await get('eyJhbGciOiJIUzI1NiJ9.e30.not-issued');
			expect([unknown.status, unknown.data]).toEqual([
				401,
				{
					status: 'error',
					code: 1001,
					error: 'Unauthorized',
					message: 'The bearer token passed is invalid.',
				},
			]);
			const developerKey = await get('vk-imagineart-developer-key-0001');
			expect([developerKey.status, developerKey.data.code]).toEqual([401, 1001]);
			expect(developerKey.data.message).toMatch(/developer API keys \(vk-…\) reach only/);
			expect((await get()).status).toBe(200);
		});

		it('expires every current access token as 401 (default) or 406; refresh still works', async () => {
			const before = sandbox.issueImagineArtTokens();
			const bearer = (token: string) => ({
				...orgParams(),
				headers: { Authorization: `Bearer ${token}` },
			});
			const raw = axios.create({ baseURL: sandbox.imagineArtUrls.api, validateStatus: () => true });
			sandbox.expireImagineArtAccessTokens();
			const expired = await raw.get('/v1/credit', bearer(before.accessToken));
			expect([expired.status, expired.data.code]).toEqual([401, 1001]);
			const teams = await axios.get(`${sandbox.imagineArtUrls.teams}/v1/org`, {
				...bearer(before.accessToken),
				validateStatus: () => true,
			});
			expect(teams.status).toBe(401);

			const again = sandbox.issueImagineArtTokens();
			expect((await raw.get('/v1/credit', bearer(again.accessToken))).status).toBe(200);
			sandbox.expireImagineArtAccessTokens(406);
			const notAcceptable = await raw.get('/v1/credit', bearer(again.accessToken));
			expect([notAcceptable.status, notAcceptable.data]).toEqual([
				406,
				{
					status: 'error',
					code: 1002,
					error: 'NotAcceptable',
					message: 'The bearer token has expired.',
				},
			]);
			expect(() => sandbox.expireImagineArtAccessTokens(403 as 401)).toThrow();

			const refreshed = await axios.post(
				sandbox.imagineArtUrls.token,
				new URLSearchParams({
					grant_type: 'refresh_token',
					refresh_token: before.refreshToken,
					client_id: sandbox.imagineArtClientId,
				}),
				{ validateStatus: () => true },
			);
			expect(refreshed.status).toBe(200);
			const fresh = await raw.get('/v1/credit', bearer(refreshed.data.access_token));
			expect(fresh.data.total).toBe(2600);
			expect(() => sandbox.issueImagineArtTokens('no-such-account')).toThrow(/no imagineArt/);
		});

		it('expires an access token after expires_in on the sandbox clock, as 406 code 1002', async () => {
			let now = Date.now();
			const timed = await startSandbox({ clock: () => now });
			try {
				const { accessToken, expiresIn } = timed.issueImagineArtTokens();
				expect(expiresIn).toBe(3600);
				const read = () =>
					axios.get(`${timed.imagineArtUrls.api}/v1/credit`, {
						params: { org_id: timed.imagineArtOrgId },
						headers: { Authorization: `Bearer ${accessToken}` },
						validateStatus: () => true,
					});
				now += 3599_000;
				expect((await read()).status).toBe(200);
				now += 1000;
				expect([(await read()).status, (await read()).data.code]).toEqual([406, 1002]);
			} finally {
				await timed.close();
			}
		});

		it('lists the organizations of the token’s account, the primary first', async () => {
			const orgs = await api.imagineTeams.get('/v1/org');
			expect([orgs.status, orgs.data]).toEqual([
				200,
				{
					data: [
						{ id: DEFAULT_IMAGINE_ART_ORG_ID, name: 'Personal', is_primary: true },
						{ id: SECOND_IMAGINE_ART_ORG_ID, name: 'Team 1', is_primary: false },
					],
				},
			]);
			expect(sandbox.imagineArtOrgId).toBe(DEFAULT_IMAGINE_ART_ORG_ID);
			expect(sandbox.requests[0]).toMatchObject({ host: 'teams', path: '/v1/org' });
			sandbox.addAccount('imagineArt', 'solo', { free: 1, subscription: 0, topUp: 0 });
			const solo = clients(sandbox, {
				imagine: sandbox.issueImagineArtTokens('solo').accessToken,
			}).imagineTeams;
			expect((await solo.get('/v1/org')).data).toEqual({
				data: [{ id: 'org-solo', name: 'Personal', is_primary: true }],
			});
		});

		it('needs an org_id of the account: 400 code 1100 without one, 403 for another org', async () => {
			const missing = await api.imagine.get('/v1/credit');
			expect([missing.status, missing.data]).toEqual([
				400,
				{ status: 'error', code: 1100, error: 'BadRequest', message: 'org_id is required' },
			]);
			const second = await api.imagine.get('/v1/credit', {
				params: { org_id: SECOND_IMAGINE_ART_ORG_ID },
			});
			expect([second.status, second.data.total]).toEqual([200, 2600]);
			const foreign = await api.imagine.get('/v1/credit', { params: { org_id: 'org-other' } });
			expect([foreign.status, foreign.data]).toEqual([
				403,
				{
					status: 'error',
					code: 1100,
					error: 'Forbidden',
					message: 'You are not a member of organization org-other',
				},
			]);

			sandbox.addAccount(
				'imagineArt',
				'team',
				{ free: 0, subscription: 70, topUp: 5 },
				{ orgIds: ['org-a', 'org-b'] },
			);
			const team = clients(sandbox, {
				imagine: sandbox.issueImagineArtTokens('team').accessToken,
			}).imagine;
			expect((await team.get('/v1/credit', { params: { org_id: 'org-b' } })).data.total).toBe(75);
			expect(
				(await team.get('/v1/credit', { params: { org_id: sandbox.imagineArtOrgId } })).status,
			).toBe(403);
		});

		it('answers the totalOnly and the hypothetical typed shapes, by option or until reset', async () => {
			const credit = async (client = api.imagine, orgId = sandbox.imagineArtOrgId) =>
				(await client.get('/v1/credit', { params: { org_id: orgId } })).data;
			sandbox.setImagineArtCreditShape('totalOnly');
			expect(await credit()).toEqual({ total: 2600, tokens: [] });
			sandbox.setImagineArtCreditShape('typed');
			expect(await credit()).toEqual({
				message: 'Credits retrieved successfully',
				total: 2600,
				tokens: [
					{ id: expect.any(Number), balance: 100, plan_id: 0, type: 'free' },
					{
						id: expect.any(Number),
						balance: 2000,
						plan_id: expect.any(Number),
						type: 'subscription',
					},
					{ id: expect.any(Number), balance: 500, plan_id: expect.any(Number), type: 'topup' },
				],
				subscription_active: true,
			});
			sandbox.reset();
			expect(await credit()).toHaveProperty('message', 'Credits retrieved successfully');
			expect(() => sandbox.setImagineArtCreditShape('detailed' as 'typed')).toThrow(
				/capture, totalOnly, typed/,
			);

			await expect(startSandbox({ imagineArtCreditShape: 'terse' as 'totalOnly' })).rejects.toThrow(
				/imagineArtCreditShape/,
			);
			const bare = await startSandbox({ imagineArtCreditShape: 'totalOnly' });
			try {
				const imagine = clients(bare).imagine;
				expect(await credit(imagine, bare.imagineArtOrgId)).toEqual({ total: 2600, tokens: [] });
				bare.setImagineArtCreditShape('capture');
				expect((await credit(imagine, bare.imagineArtOrgId)).tokens).toHaveLength(3);
				bare.reset();
				expect(await credit(imagine, bare.imagineArtOrgId)).toEqual({ total: 2600, tokens: [] });
			} finally {
				await bare.close();
			}
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
				{ status: 'error', code: 1101, error: 'PaymentRequired', message: 'Not enough tokens.' },
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

		it('applies faults to one ImagineArt host, or to all of them', async () => {
			sandbox.injectFault({
				provider: 'imagineArt',
				host: 'teams',
				path: '/v1/org',
				kind: 'status',
				status: 503,
			});
			const down = await api.imagineTeams.get('/v1/org');
			expect([down.status, down.data.code, down.data.error]).toEqual([
				503,
				1200,
				'ServiceUnavailable',
			]);
			expect((await api.imagineTeams.get('/v1/org')).status).toBe(200);
			sandbox.injectFault({
				provider: 'imagineArt',
				host: 'api',
				path: '/v1/org',
				kind: 'status',
				status: 500,
			});
			expect((await api.imagineTeams.get('/v1/org')).status).toBe(200);
			sandbox.clearFaults();
			sandbox.injectFault({
				provider: 'imagineArt',
				host: 'auth',
				path: '/apis/v1/mcp/*',
				kind: 'rateLimit',
				retryAfterSeconds: 3,
			});
			const limited = await axios.post(
				sandbox.imagineArtUrls.token,
				new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x' }),
				{ validateStatus: () => true },
			);
			expect([limited.status, limited.headers['retry-after'], limited.data.code]).toEqual([
				429,
				'3',
				1202,
			]);
			expect(sandbox.countRequests({ provider: 'imagineArt', host: 'auth' })).toBe(1);
			expect(sandbox.countRequests({ provider: 'imagineArt', host: 'teams' })).toBe(3);
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
			expect(
				(await api.imagine.get('/v1/credit', { params: { org_id: sandbox.imagineArtOrgId } }))
					.status,
			).toBe(200);
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
			// ImagineArt documents no code for 404: 1300 is the sandbox's.
			expect((await api.imagine.get('/v2/unknown')).data).toMatchObject({
				status: 'error',
				code: 1300,
				error: 'NotFound',
			});
		});
	});
});
