import axios from 'axios';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shapeDifferences, valueAt } from './contracts/shape';
import { startSandbox, type Sandbox } from './sandbox/server';
import { FAIL_MARKER } from './sandbox/gammaRequests';

type Source =
	| { url: string; edition: string }
	| { repository: string; path: string; commit: string };

interface Fixture {
	source: Source;
	seeAlso?: Source[];
	confirmed: boolean;
	scenario: string;
	request: { method: string; path: string; query: Record<string, string>; body: unknown };
	response: { status: number; body: unknown };
	literals?: string[];
	patterns?: Record<string, string>;
}

const all = readFixtures<Fixture & { kind?: string }>(join(__dirname, 'contracts', 'gamma'));
const fixtures = all.filter(({ json }) => json.kind !== 'enum');

const BAD_KEY = 'sk-gamma-not-a-key-0000';
const CLASSIC = '/v1.0/generations';
const AGENT = '/v1.0/agent/generations';

/** The fixtures of one provider's folder, by file name. */
function readFixtures<T>(dir: string): Array<{ name: string; json: T }> {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({ name, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) as T }));
}

/** A docs page on one of `hosts` with its edition, or a file of a repository at a commit. */
function sourceOn(hosts: readonly string[]) {
	return (source: unknown): boolean => {
		if (typeof source !== 'object' || source === null) return false;
		const s = source as Record<string, unknown>;
		if (typeof s.url === 'string') {
			const url = new URL(s.url);
			return url.protocol === 'https:' && hosts.includes(url.host) && typeof s.edition === 'string';
		}
		return (
			typeof s.repository === 'string' &&
			typeof s.path === 'string' &&
			/^[0-9a-f]{40}$/.test(String(s.commit))
		);
	};
}

/** Each fixture names a public source (and its see-also ones) and says whether it is confirmed. */
function expectSourced(
	fixtures: Array<{ name: string; json: Pick<Fixture, 'source' | 'seeAlso' | 'confirmed'> }>,
	isSourced: (source: unknown) => boolean,
): void {
	for (const { name, json } of fixtures) {
		expect([name, isSourced(json.source)]).toEqual([name, true]);
		for (const source of json.seeAlso ?? []) {
			expect([name, isSourced(source)]).toEqual([name, true]);
		}
		expect([name, typeof json.confirmed]).toEqual([name, 'boolean']);
	}
}

/** The answer has the fixture's status and shape, and its marked literals. */
function expectFixtureShape(
	fixture: Pick<Fixture, 'response' | 'literals'>,
	response: { status: number; data: unknown },
): void {
	const expected = fixture.response;
	expect({
		status: response.status,
		differences: shapeDifferences(expected.body, response.data),
	}).toEqual({ status: expected.status, differences: [] });
	for (const literal of fixture.literals ?? []) {
		expect([literal, valueAt(response.data, literal)]).toEqual([
			literal,
			valueAt(expected.body, literal),
		]);
	}
}

const isSource = sourceOn(['developers.gamma.app']);

describe('Gamma contract fixtures', () => {
	let sandbox: Sandbox;
	/** For the 402 fixture: the insufficient-credits status is fixed at start. */
	let paying: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox();
		paying = await startSandbox({ gammaInsufficientCreditsStatus: 402 });
	});
	beforeEach(() => {
		sandbox.reset();
		paying.reset();
	});
	afterAll(async () => {
		await sandbox.close();
		await paying.close();
	});

	async function send(
		target: Sandbox,
		method: string,
		path: string,
		body: unknown,
		options: { query?: Record<string, string>; key?: string } = {},
	) {
		return axios.request({
			method,
			url: `${target.baseUrls.gamma}${path}`,
			params: options.query,
			data: body ?? undefined,
			headers: { 'X-API-KEY': options.key ?? target.keys.gamma },
			validateStatus: () => true,
		});
	}

	async function create(path: string, body: Record<string, unknown>): Promise<string> {
		const response = await send(sandbox, 'POST', path, body);
		expect([200, 202]).toContain(response.status);
		return response.data.generationId as string;
	}

	/** Brings the sandbox into the fixture's scenario; returns the sandbox, the id and the key to use. */
	async function arrange(
		fixture: Fixture,
	): Promise<{ target: Sandbox; id?: string; key?: string }> {
		const { method, path } = fixture.request;
		switch (fixture.scenario) {
			case 'create':
			case 'rejected':
			case 'plain':
			case 'unknownAgentId':
				return { target: sandbox };
			case 'badKey':
				return { target: sandbox, key: BAD_KEY };
			case 'classicPending':
				sandbox.setGammaCompletionDelay(60_000);
				return { target: sandbox, id: await create(CLASSIC, { inputText: 'Pending deck' }) };
			case 'classicCompletedWithExport':
				sandbox.setGammaStatusIncludesTitle(false);
				return {
					target: sandbox,
					id: await create(CLASSIC, { inputText: 'Best hikes', numCards: 3, exportAs: 'pdf' }),
				};
			case 'classicFailed':
				return { target: sandbox, id: await create(CLASSIC, { inputText: `x ${FAIL_MARKER}` }) };
			case 'agentPending':
				sandbox.setGammaCompletionDelay(60_000);
				return { target: sandbox, id: await create(AGENT, { prompt: 'Pending agent deck' }) };
			case 'agentCompletedWithExport':
				return {
					target: sandbox,
					id: await create(AGENT, { prompt: 'Q3 update', exportAs: 'pdf' }),
				};
			case 'agentCompletedWithWarnings':
				return {
					target: sandbox,
					id: await create(AGENT, { prompt: 'Tides', sourceUrls: ['https://gone.invalid/x'] }),
				};
			case 'agentFailed':
				return { target: sandbox, id: await create(AGENT, { prompt: `x ${FAIL_MARKER}` }) };
			case 'unknownIdWithCredits':
				sandbox.setGammaNotFoundCarriesCredits(true);
				return { target: sandbox };
			case 'unknownIdWithoutCredits':
				sandbox.setGammaNotFoundCarriesCredits(false);
				return { target: sandbox };
			case 'insufficientCredits402':
				paying.setCredits('gamma', paying.keys.gamma, 0);
				return { target: paying };
			case 'insufficientCredits403':
				sandbox.setCredits('gamma', sandbox.keys.gamma, 0);
				return { target: sandbox };
			case 'fault429':
				sandbox.injectFault({ provider: 'gamma', method, path, kind: 'rateLimit' });
				return { target: sandbox };
			case 'fault500':
			case 'fault502': {
				const status = Number(fixture.scenario.slice('fault'.length));
				sandbox.injectFault({ provider: 'gamma', method, path, kind: 'status', status });
				return { target: sandbox };
			}
			default:
				throw new Error(`unknown scenario "${fixture.scenario}"`);
		}
	}

	it('has fixtures, each with a public source and a well-formed request', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(40);
		expectSourced(all, isSource);
		for (const { name, json } of fixtures) {
			expect([name, json.request.path.startsWith('/v1.0/')]).toEqual([name, true]);
			if (json.scenario === 'rejected') expect([name, json.response.status]).toEqual([name, 400]);
		}
	});

	it('lists the 67 language codes the sandbox validates against', () => {
		const languages = all.find(({ name }) => name === 'language-codes.json')?.json as unknown as {
			values: Array<{ name: string; value: string }>;
		};
		expect(languages.values).toHaveLength(67);
		expect(new Set(languages.values.map((language) => language.value)).size).toBe(67);
	});

	it.each(fixtures.map(({ name, json }) => [name, json] as const))(
		'%s: the sandbox answers in exactly the fixture shape',
		async (_name, fixture) => {
			const { target, id, key } = await arrange(fixture);
			const { method, query, body } = fixture.request;
			const path = fixture.request.path.replace('{id}', encodeURIComponent(id ?? 'missing-id'));
			const response = await send(target, method, path, body, { query, key });
			expectFixtureShape(fixture, response);
			for (const [at, pattern] of Object.entries(fixture.patterns ?? {})) {
				expect(String(valueAt(response.data, at))).toMatch(new RegExp(pattern));
			}
			if (fixture.scenario === 'rejected') {
				expect(response.data.message).toMatch(/^Input validation errors: 1\. /);
			}
		},
	);
});

type ImagineArtHost = 'api' | 'teams' | 'auth' | 'web';

interface ImagineArtFixture extends Omit<Fixture, 'request'> {
	request: Fixture['request'] & { host: ImagineArtHost; contentType?: string };
}

const imagineArtFixtures = readFixtures<ImagineArtFixture>(
	join(__dirname, 'contracts', 'imagineArt'),
);
const isImagineArtSource = sourceOn(['docs.imagine.art', 'help.imagine.art', 'www.rfc-editor.org']);
const REDIRECT_URI = 'http://localhost:5678/rest/oauth2-credential/callback';

/** `{name}` placeholders in string values, filled from the scenario. */
function fill(value: unknown, values: Record<string, string>): unknown {
	if (typeof value === 'string') {
		return value.replace(/^\{(\w+)\}$/, (whole, name: string) => values[name] ?? whole);
	}
	if (Array.isArray(value)) return value.map((item) => fill(item, values));
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
	}
	return value;
}

describe('ImagineArt contract fixtures', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	function base(host: ImagineArtHost): string {
		const urls = sandbox.imagineArtUrls;
		if (host === 'api' || host === 'teams') return urls[host];
		const full = host === 'auth' ? urls.token : urls.authorize;
		const path = host === 'auth' ? '/apis/v1/mcp/token' : '/plugins/authorize';
		return full.slice(0, -path.length);
	}

	/** A code from the authorize step (S256), with the verifier that redeems it. */
	async function authorizationCode(): Promise<Record<string, string>> {
		const verifier = randomBytes(32).toString('base64url');
		const response = await axios.get(sandbox.imagineArtUrls.authorize, {
			params: {
				response_type: 'code',
				client_id: sandbox.imagineArtClientId,
				redirect_uri: REDIRECT_URI,
				code_challenge: createHash('sha256').update(verifier).digest('base64url'),
				code_challenge_method: 'S256',
				scope: 'mcp:tools',
				state: 'contract',
				app: 'n8n',
			},
			maxRedirects: 0,
			validateStatus: () => true,
		});
		expect(response.status).toBe(302);
		const code = new URL(response.headers.location as string).searchParams.get('code');
		return {
			code: code as string,
			code_verifier: verifier,
			redirect_uri: REDIRECT_URI,
			client_id: sandbox.imagineArtClientId,
		};
	}

	/** The bearer token to send (null: none) and the placeholders' values. */
	async function arrange(
		fixture: ImagineArtFixture,
	): Promise<{ token: string | null; values: Record<string, string> }> {
		const { method, path } = fixture.request;
		const token = sandbox.issueImagineArtTokens().accessToken;
		switch (fixture.scenario) {
			case 'plain':
			case 'create':
				return { token, values: {} };
			case 'creditTotalOnly':
				sandbox.setImagineArtCreditShape('totalOnly');
				return { token, values: {} };
			case 'creditTyped':
				sandbox.setImagineArtCreditShape('typed');
				return { token, values: {} };
			case 'noToken':
				return { token: null, values: {} };
			case 'badToken':
				return { token: 'eyJhbGciOiJIUzI1NiJ9.e30.never-issued', values: {} };
			case 'expiredToken406':
				sandbox.expireImagineArtAccessTokens(406);
				return { token, values: {} };
			case 'insufficientCredits':
				sandbox.setCredits('imagineArt', sandbox.keys.imagineArt, {
					free: 0,
					subscription: 0,
					topUp: 0,
				});
				return { token, values: {} };
			case 'fault429':
				sandbox.injectFault({
					provider: 'imagineArt',
					host: fixture.request.host,
					method,
					path,
					kind: 'rateLimit',
				});
				return { token, values: {} };
			case 'authorizationCode':
			case 'badVerifier':
				return { token: null, values: await authorizationCode() };
			case 'refreshToken':
				return {
					token: null,
					values: {
						refresh_token: sandbox.issueImagineArtTokens().refreshToken,
						client_id: sandbox.imagineArtClientId,
					},
				};
			default:
				throw new Error(`unknown scenario "${fixture.scenario}"`);
		}
	}

	it('has fixtures, each with a public source, one of the four hosts and a path', () => {
		expect(imagineArtFixtures.length).toBeGreaterThanOrEqual(15);
		expectSourced(imagineArtFixtures, isImagineArtSource);
		for (const { name, json } of imagineArtFixtures) {
			expect([name, ['api', 'teams', 'auth', 'web'].includes(json.request.host)]).toEqual([
				name,
				true,
			]);
			expect([name, json.request.path.startsWith('/')]).toEqual([name, true]);
		}
	});

	it.each(imagineArtFixtures.map(({ name, json }) => [name, json] as const))(
		'%s: the sandbox answers in exactly the fixture shape',
		async (_name, fixture) => {
			const { token, values } = await arrange(fixture);
			const { method, host, path, query, body, contentType } = fixture.request;
			const filled = fill(body, values);
			const form = contentType === 'application/x-www-form-urlencoded';
			const response = await axios.request({
				method,
				url: `${base(host)}${path}`,
				params: fill(query, values),
				data: form ? new URLSearchParams(filled as Record<string, string>) : (filled ?? undefined),
				headers: token === null ? {} : { Authorization: `Bearer ${token}` },
				maxRedirects: 0,
				validateStatus: () => true,
			});
			expectFixtureShape(fixture, response);
			for (const [at, pattern] of Object.entries(fixture.patterns ?? {})) {
				expect(String(valueAt(response.data, at))).toMatch(new RegExp(pattern));
			}
		},
	);
});

interface StabilityFixture extends Omit<Fixture, 'request' | 'response'> {
	request: Fixture['request'] & { headers?: Record<string, string> };
	response: Fixture['response'] & { headersAbsent?: string[] };
}

const stabilityFixtures = readFixtures<StabilityFixture>(
	join(__dirname, 'contracts', 'stabilityAi'),
);
const isStabilitySource = sourceOn(['platform.stability.ai', 'stabilityplatform.freshdesk.com']);

describe('Stability AI contract fixtures', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	const get = (path: string) =>
		axios.get(`${sandbox.baseUrls.stabilityAi}${path}`, {
			headers: { Authorization: `Bearer ${sandbox.keys.stabilityAi}` },
			validateStatus: () => true,
		});

	/** The Authorization header to send (null: none). */
	async function arrange(fixture: StabilityFixture): Promise<string | null> {
		const key = `Bearer ${sandbox.keys.stabilityAi}`;
		switch (fixture.scenario) {
			case 'plain':
				return key;
			case 'noKey':
				return null;
			case 'badKey':
				return 'Bearer sk-not-a-stability-key-0000';
			case 'insufficientCredits':
				sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 0);
				return key;
			case 'rateLimitExceeded':
				sandbox.setStabilityRateLimit(1, 10_000);
				expect((await get('/v1/user/balance')).status).toBe(200);
				return key;
			case 'lockedOut':
				sandbox.injectFault({
					provider: 'stabilityAi',
					path: '/v1/user/balance',
					kind: 'rateLimit',
					retryAfterSeconds: null,
				});
				expect((await get('/v1/user/balance')).status).toBe(429);
				return key;
			default:
				throw new Error(`unknown scenario "${fixture.scenario}"`);
		}
	}

	it('has fixtures, each with a public source and a v1 or v2beta path', () => {
		expect(stabilityFixtures.length).toBeGreaterThanOrEqual(15);
		expectSourced(stabilityFixtures, isStabilitySource);
		for (const { name, json } of stabilityFixtures) {
			expect([name, /^\/(v1|v2beta)\//.test(json.request.path)]).toEqual([name, true]);
		}
	});

	it.each(stabilityFixtures.map(({ name, json }) => [name, json] as const))(
		'%s: the sandbox answers in exactly the fixture shape',
		async (_name, fixture) => {
			const authorization = await arrange(fixture);
			const { method, path, query, body, headers } = fixture.request;
			const response = await axios.request({
				method,
				url: `${sandbox.baseUrls.stabilityAi}${path}`,
				params: query,
				data: body ?? undefined,
				headers: {
					Accept: 'application/json',
					...headers,
					...(authorization === null ? {} : { Authorization: authorization }),
				},
				validateStatus: () => true,
			});
			expectFixtureShape(fixture, response);
			for (const header of fixture.response.headersAbsent ?? []) {
				expect([header, response.headers[header]]).toEqual([header, undefined]);
			}
		},
	);
});
