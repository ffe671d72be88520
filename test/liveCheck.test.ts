import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../nodes/shared/pricing/gamma/imageModels';
import { readOnlyGet } from '../scripts/liveCheck/readOnlyGet';
import { redactor } from '../scripts/liveCheck/redact';
import { runProvider } from '../scripts/liveCheck/runProvider';
import {
	DEFAULT_IMAGINE_ART_ORG_ID,
	SECOND_IMAGINE_ART_ORG_ID,
	startSandbox,
	type Sandbox,
} from './sandbox/server';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'live-check.ts');
const TS_NODE = require.resolve('ts-node/dist/bin.js');
const VERSION = (require('../package.json') as { version: string }).version;
/** A developer's own keys or base URLs must never reach the child: it could call a real host. */
const PROVIDER_ENV = /^(GAMMA|STABILITY|IMAGINE_?ART)_/i;

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

function liveCheck(env: Record<string, string>): Promise<Run> {
	const inherited = Object.entries(process.env).filter(([name]) => !PROVIDER_ENV.test(name));
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			[TS_NODE, '--transpile-only', SCRIPT],
			{ cwd: ROOT, env: { ...Object.fromEntries(inherited), ...env }, timeout: 60000 },
			(_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
		);
	});
}

/** The one verdict line of a check, found by the start of its assumption. */
function verdict(run: Run, assumption: RegExp): string {
	const lines = run.stdout.split('\n').filter((line) => /^ {2}[✔✘?] /.test(line));
	const matching = lines.filter((line) => assumption.test(line));
	expect(matching).toHaveLength(1);
	return matching[0];
}

const CREDENTIAL_TEST = /the credential test \(GET \/v1\.0\/themes\?limit=1\)/;
const ME = /GET \/v1\.0\/me \(undocumented\)/;
const PROBE = /the 404 for an unknown generation id/;
const THEMES_PAGE = /a page of themes \(GET \/v1\.0\/themes\?limit=50\)/;

/** What a provider may print that stands for the key: the key itself and a masked form of it. */
function keyForms(key: string): string[] {
	return [key, `${key.slice(0, 6)}...${key.slice(-4)}`];
}

function expectNoKey(run: Run, key: string): void {
	for (const form of keyForms(key)) {
		expect(run.stdout).not.toContain(form);
		expect(run.stderr).not.toContain(form);
	}
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('npm run live-check', () => {
	let sandbox: Sandbox;
	let gammaEnv: Record<string, string>;

	beforeAll(async () => {
		sandbox = await startSandbox();
		gammaEnv = { GAMMA_API_KEY: sandbox.keys.gamma, GAMMA_BASE_URL: sandbox.baseUrls.gamma };
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	it('confirms the credential test, /me, the balance probe and the themes page for a good key', async () => {
		const run = await liveCheck(gammaEnv);

		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(verdict(run, CREDENTIAL_TEST)).toMatch(/^ {2}✔ .*key accepted \(200\)$/);
		const remaining = sandbox.getCredits('gamma', sandbox.keys.gamma);
		expect(verdict(run, PROBE)).toMatch(
			new RegExp(`^ {2}✔ .*confirmed: 404 with credits\\.remaining ${remaining}$`),
		);
		expect(verdict(run, THEMES_PAGE)).toMatch(
			/^ {2}✔ .*: 50 themes .*hasMore true, nextCursor set$/,
		);
		const me = verdict(run, ME);
		expect(me).toMatch(/^ {2}✔ .*present: email \(.\*\*\*@.\*\*\*\.[a-z]+\), displayName/);
		const models = Object.keys(GAMMA_IMAGE_MODEL_CREDITS_2026).length;
		expect(me).toMatch(
			new RegExp(`workspaceName, maxGenerateCards 60, availableImageModels \\(${models}\\)$`),
		);
		expect(me).not.toMatch(/[^*]@[^*]/);
		expect(run.stdout).toContain('Stability AI: skipped (STABILITY_API_KEY is not set)');
		expectNoKey(run, sandbox.keys.gamma);
	});

	it('sends only GET requests, with our User-Agent, and spends nothing', async () => {
		const before = {
			gamma: sandbox.getCredits('gamma', sandbox.keys.gamma),
			stabilityAi: sandbox.getCredits('stabilityAi', sandbox.keys.stabilityAi),
		};
		const run = await liveCheck({
			...gammaEnv,
			STABILITY_API_KEY: sandbox.keys.stabilityAi,
			STABILITY_BASE_URL: sandbox.baseUrls.stabilityAi,
		});

		expect(run.code).toBe(0);
		expect(
			sandbox.requests.map(({ method, provider, path }) => `${method} ${provider}${path}`),
		).toEqual([
			'GET gamma/v1.0/themes',
			'GET gamma/v1.0/me',
			'GET gamma/v1.0/generations/ai-credits-balance-probe',
			'GET gamma/v1.0/themes',
			'GET stabilityAi/v1/user/account',
			'GET stabilityAi/v1/user/balance',
		]);
		for (const request of sandbox.requests) {
			expect(request.headers['user-agent']).toBe(`n8n-nodes-ai-credits/${VERSION} (live-check)`);
			expect(request.body).toBeUndefined();
		}
		expect(sandbox.requests[0].headers['x-api-key']).toBe(sandbox.keys.gamma);
		expect(sandbox.requests[4].headers.authorization).toBe(`Bearer ${sandbox.keys.stabilityAi}`);
		expect(sandbox.getCredits('gamma', sandbox.keys.gamma)).toBe(before.gamma);
		expect(sandbox.getCredits('stabilityAi', sandbox.keys.stabilityAi)).toBe(before.stabilityAi);
		expect(verdict(run, /GET \/v1\/user\/balance/)).toMatch(
			new RegExp(`^ {2}✔ .*: credits ${before.stabilityAi}$`),
		);
		expect(verdict(run, /GET \/v1\/user\/account/)).toMatch(/✔ .*key accepted.*2 organizations/);
		expectNoKey(run, sandbox.keys.stabilityAi);
	});

	it('exits 1 on a rejected key, skips the other checks and never prints the key', async () => {
		const badKey = 'sk-gamma-not-a-real-key-7f3a9c';
		const run = await liveCheck({ ...gammaEnv, GAMMA_API_KEY: badKey });

		expect(run.code).toBe(1);
		expect(verdict(run, CREDENTIAL_TEST)).toMatch(/^ {2}✘ .*key rejected: 401/);
		expect(run.stdout).toContain('skipped the other 3 check(s): Gamma rejected the key (401)');
		expect(run.stdout).toMatch(/^Exit 1: Gamma rejected the key \(401\)\.$/m);
		expect(sandbox.requests).toHaveLength(1);
		expectNoKey(run, badKey);
	});

	it('without a key says what it would check, sends nothing and exits 0', async () => {
		const run = await liveCheck({});

		expect(run.code).toBe(0);
		expect(run.stdout).toContain(
			'Gamma: GAMMA_API_KEY is not set. With it, this would check, against https://public-api.gamma.app',
		);
		expect(run.stdout).toContain('Stability AI: STABILITY_API_KEY is not set.');
		expect(run.stdout).toContain('  · GET /v1/user/balance answers {credits: number}');
		expect(run.stdout).toContain('Nothing was sent.');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('exits 1 when the host cannot be reached', async () => {
		const port = await closedPort();
		const run = await liveCheck({ ...gammaEnv, GAMMA_BASE_URL: `http://127.0.0.1:${port}/gamma` });

		expect(run.code).toBe(1);
		expect(verdict(run, CREDENTIAL_TEST)).toMatch(/✘ .*no answer: fetch failed \(ECONNREFUSED\)$/);
		expect(run.stdout).toMatch(
			/^Exit 1: Gamma at http:\/\/127\.0\.0\.1:\d+\/gamma gave no answer/m,
		);
		expectNoKey(run, sandbox.keys.gamma);
	});

	it('refuses to send a key over plain http to another machine', async () => {
		const run = await liveCheck({ ...gammaEnv, GAMMA_BASE_URL: 'http://api.example.invalid' });

		expect(run.code).toBe(1);
		expect(run.stdout).toContain('GAMMA_BASE_URL is plain http to another machine');
		expectNoKey(run, sandbox.keys.gamma);
	});

	it('reports a sandbox fault as an answer (exit 0), with the x-request-id to quote', async () => {
		sandbox.injectFault({ provider: 'gamma', path: '/v1.0/me', kind: 'status', status: 500 });
		const run = await liveCheck(gammaEnv);

		expect(run.code).toBe(0);
		expect(verdict(run, ME)).toMatch(
			/^ {2}\? .*: unexpected: 500, \{message, statusCode\}, "Internal Server Error", x-request-id \w+$/,
		);
		expect(verdict(run, PROBE)).toMatch(/✔/);
	});

	it.each([404, 401])(
		'reports /v1.0/me as absent on a %d after the credential test passed',
		async (status) => {
			sandbox.injectFault({ provider: 'gamma', path: '/v1.0/me', kind: 'status', status });
			const run = await liveCheck(gammaEnv);

			expect(run.code).toBe(0);
			expect(verdict(run, ME)).toMatch(new RegExp(`^ {2}✘ .*: absent \\(${status}\\)$`));
			expect(verdict(run, PROBE)).toMatch(/✔/);
		},
	);

	it('reports the probe without credits as "not for this key" and still exits 0', async () => {
		sandbox.setGammaNotFoundCarriesCredits(false);
		const run = await liveCheck(gammaEnv);

		expect(run.code).toBe(0);
		expect(verdict(run, PROBE)).toMatch(
			/^ {2}✘ .*: not for this key: 404 with a message only\. Check Balance with "Read From: Gamma's Not-Found Probe" will fail for this key; use "Read From: A Recent Generation"$/,
		);
		expect(verdict(run, CREDENTIAL_TEST)).toMatch(/✔/);
		expect(verdict(run, THEMES_PAGE)).toMatch(/✔/);
	});
});

describe('npm run live-check: ImagineArt', () => {
	let sandbox: Sandbox;
	const ORGS = /GET \{teams\}\/v1\/org lists the organizations/;
	const CREDIT = /GET \{api\}\/v1\/credit\?org_id= answers/;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	function imagineEnv(extra: Record<string, string> = {}) {
		const token = sandbox.issueImagineArtTokens().accessToken;
		return {
			token,
			env: {
				IMAGINEART_ACCESS_TOKEN: token,
				IMAGINEART_BASE_URL: sandbox.imagineArtUrls.api,
				IMAGINEART_TEAMS_URL: sandbox.imagineArtUrls.teams,
				...extra,
			},
		};
	}

	function expectNoOrgDetails(run: Run): void {
		for (const secret of [
			DEFAULT_IMAGINE_ART_ORG_ID,
			SECOND_IMAGINE_ART_ORG_ID,
			'Personal',
			'Team 1',
		]) {
			expect(run.stdout).not.toContain(secret);
		}
	}

	it('reads the organizations, then the primary one’s balance, and describes its token entries', async () => {
		const { token, env } = imagineEnv();
		const run = await liveCheck(env);

		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(
			`ImagineArt at ${sandbox.imagineArtUrls.api} and ${sandbox.imagineArtUrls.teams}:`,
		);
		expect(verdict(run, ORGS)).toMatch(
			/^ {2}✔ .*: 2 organizations \(entry keys: id, name, is_primary\), one marked is_primary, the balance is read for the primary$/,
		);
		expect(verdict(run, CREDIT)).toMatch(
			/^ {2}✔ .*: total 2600; tokens: 3 entries with keys \{id, balance, plan_id\}, plan_id values 0, \d+; no field tells their kind; other keys: message \("Credits retrieved successfully"\)$/,
		);
		expect(
			sandbox.requests.map(({ method, host, path, query }) => [method, host, path, query]),
		).toEqual([
			['GET', 'teams', '/v1/org', {}],
			['GET', 'api', '/v1/credit', { org_id: DEFAULT_IMAGINE_ART_ORG_ID }],
		]);
		for (const request of sandbox.requests) {
			expect(request.headers.authorization).toBe(`Bearer ${token}`);
		}
		expectNoKey(run, token);
		expectNoOrgDetails(run);
	});

	it('asks for IMAGINEART_ORG_ID, and says when the token is not in that organization', async () => {
		const member = await liveCheck(
			imagineEnv({ IMAGINEART_ORG_ID: SECOND_IMAGINE_ART_ORG_ID }).env,
		);
		expect(member.code).toBe(0);
		expect(verdict(member, ORGS)).toMatch(/✔ .*, IMAGINEART_ORG_ID is one of them$/);
		expect(sandbox.requests[1].query).toEqual({ org_id: SECOND_IMAGINE_ART_ORG_ID });

		sandbox.clearRequests();
		const stranger = await liveCheck(imagineEnv({ IMAGINEART_ORG_ID: 'org-of-someone-else' }).env);
		expect(stranger.code).toBe(0);
		expect(verdict(stranger, ORGS)).toMatch(/✘ .*, IMAGINEART_ORG_ID is not one of them$/);
		expect(verdict(stranger, CREDIT)).toMatch(
			/\? .*: refused for this organization: 403, \{status, code, error, message\}/,
		);
		expectNoOrgDetails(stranger);
	});

	it.each([
		[
			'typed',
			/tokens: 3 entries with keys \{id, balance, plan_id, type\}, plan_id values 0, \d+; a field may tell their kind: type \(free, subscription, topup\); other keys: message, subscription_active/,
		],
		['totalOnly', /: total 2600; tokens: none$/],
	] as const)('describes the %s balance shape', async (shape, line) => {
		sandbox.setImagineArtCreditShape(shape);
		const run = await liveCheck(imagineEnv().env);
		expect(run.code).toBe(0);
		expect(verdict(run, CREDIT)).toMatch(line);
	});

	it.each([
		[401, /✘ .*: key rejected: 401 "The bearer token passed is invalid\."$/],
		[406, /✘ .*: token expired: 406 code 1002; get a fresh one$/],
	] as const)('exits 1 for a token answered %d, skipping the balance', async (status, line) => {
		const { token, env } = imagineEnv();
		sandbox.expireImagineArtAccessTokens(status);
		const run = await liveCheck(env);

		expect(run.code).toBe(1);
		expect(verdict(run, ORGS)).toMatch(line);
		expect(run.stdout).toContain(
			`skipped the other 1 check(s): ImagineArt rejected the key (${status})`,
		);
		expect(sandbox.requests).toHaveLength(1);
		expectNoKey(run, token);
	});

	it('refuses a developer key (vk-…) before sending anything', async () => {
		const key = 'vk-0f3a9c1d2e4b5a6978c0d1e2f3a4b5c6d7e8f9a0b1c2d3';
		const run = await liveCheck({ ...imagineEnv().env, IMAGINEART_ACCESS_TOKEN: key });

		expect(run.code).toBe(1);
		expect(run.stdout).toContain(
			'ImagineArt: not checked: IMAGINEART_ACCESS_TOKEN holds a developer API key (vk-…): the developer API has no balance endpoint',
		);
		expect(sandbox.requests).toHaveLength(0);
		expectNoKey(run, key);
	});

	it('without a token says it would check both hosts and sends nothing', async () => {
		const run = await liveCheck({});

		expect(run.stdout).toContain(
			'ImagineArt: IMAGINEART_ACCESS_TOKEN is not set. With it, this would check, against https://imagine.vyro.ai (IMAGINEART_BASE_URL) and https://teams-imagine.vyro.ai (IMAGINEART_TEAMS_URL):',
		);
		expect(run.stdout).toContain('  · GET {api}/v1/credit?org_id= answers {total, tokens: [...]}');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('refuses a plain http teams URL to another machine', async () => {
		const run = await liveCheck(
			imagineEnv({ IMAGINEART_TEAMS_URL: 'http://teams.example.invalid' }).env,
		);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain('IMAGINEART_TEAMS_URL is plain http to another machine');
		expect(sandbox.requests).toHaveLength(0);
	});
});

describe('npm run live-check: Stability AI', () => {
	let sandbox: Sandbox;
	const ACCOUNT = /GET \/v1\/user\/account accepts the key/;
	const LOCKED =
		/^ {2}\? .*: 429: Stability has locked this key for 60 s \(the limit is 150 requests per 10 s, and every request during the lockout restarts it\); no Retry-After\. Stopped without another request: wait at least 60 s before running again$/;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	const stabilityEnv = () => ({
		STABILITY_API_KEY: sandbox.keys.stabilityAi,
		STABILITY_BASE_URL: sandbox.baseUrls.stabilityAi,
	});

	it('sends Stability-Client-ID and Stability-Client-Version on every request', async () => {
		const run = await liveCheck(stabilityEnv());

		expect(run.code).toBe(0);
		expect(sandbox.requests).toHaveLength(2);
		for (const request of sandbox.requests) {
			expect(request.headers).toMatchObject({
				'stability-client-id': 'n8n-nodes-ai-credits',
				'stability-client-version': VERSION,
			});
		}
	});

	it('on a 429 says the key is locked for 60 s and sends nothing more', async () => {
		sandbox.setStabilityLockout(1_000);
		sandbox.injectFault({
			provider: 'stabilityAi',
			path: '/v1/user/account',
			kind: 'rateLimit',
			retryAfterSeconds: null,
		});
		const run = await liveCheck(stabilityEnv());

		expect(run.code).toBe(1);
		expect(verdict(run, ACCOUNT)).toMatch(LOCKED);
		expect(run.stdout).toContain('skipped the other 1 check(s)');
		expect(sandbox.requests.map((request) => request.path)).toEqual(['/v1/user/account']);
		expect(sandbox.stabilityLockedUntil(sandbox.keys.stabilityAi)).toBeDefined();
		expectNoKey(run, sandbox.keys.stabilityAi);
	});

	it('stops at the rate limit’s own 429 and works again once the lockout is over', async () => {
		sandbox.setStabilityRateLimit(1, 10_000);
		sandbox.setStabilityLockout(300);
		const limited = await liveCheck(stabilityEnv());

		expect(limited.code).toBe(1);
		expect(verdict(limited, /GET \/v1\/user\/balance/)).toMatch(LOCKED);
		expect(sandbox.countRequests({ provider: 'stabilityAi' })).toBe(2);

		await new Promise((resolve) => setTimeout(resolve, 400));
		sandbox.setStabilityRateLimit(150, 10_000);
		const again = await liveCheck(stabilityEnv());
		expect(again.code).toBe(0);
		expect(verdict(again, ACCOUNT)).toMatch(
			/✔ .*key accepted.*2 organizations, one marked is_default$/,
		);
	});
});

/** A Gamma look-alike on 127.0.0.1 whose every answer echoes the key it was sent, whole and masked. */
describe('npm run live-check against an API that echoes the key', () => {
	const key = 'sk-gamma-echoed-secret-4d2e8b1f0001';
	let server: Server;
	let baseUrl: string;
	let paths: string[];
	let credentialStatus: number;

	function answer(req: IncomingMessage, res: ServerResponse): void {
		const sent = String(req.headers['x-api-key']);
		const masked = `${sent.slice(0, 6)}...${sent.slice(-4)}`;
		paths.push(req.url ?? '');
		const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			res.writeHead(status, { 'content-type': 'application/json', ...headers });
			res.end(JSON.stringify(body));
		};
		if (req.url === '/v1.0/themes?limit=1' && credentialStatus !== 200) {
			return reply(credentialStatus, { message: `Invalid API key ${sent}`, statusCode: 401 });
		}
		if (req.url === '/v1.0/themes?limit=1') return reply(200, { data: [], apiKey: sent });
		if (req.url === '/v1.0/me') {
			return reply(500, { message: `Internal error for ${sent} (key ${masked})`, statusCode: 500 });
		}
		if (req.url?.startsWith('/v1.0/generations/')) {
			return reply(400, { message: `No generation for key ${masked}`, statusCode: 400 });
		}
		// A redirect that would carry the key elsewhere: it must be reported, not followed.
		reply(302, {}, { location: `${baseUrl}/elsewhere?key=${sent}` });
	}

	beforeAll(async () => {
		server = createServer(answer);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	beforeEach(() => {
		paths = [];
		credentialStatus = 200;
	});
	afterAll(async () => new Promise((resolve) => server.close(resolve)));

	it('prints neither the key nor its masked form, and does not follow the redirect', async () => {
		const run = await liveCheck({ GAMMA_API_KEY: key, GAMMA_BASE_URL: baseUrl });

		expect(run.code).toBe(0);
		expectNoKey(run, key);
		expect(verdict(run, ME)).toContain('"Internal error for [redacted] (key [redacted])"');
		expect(verdict(run, PROBE)).toContain('"No generation for key [redacted]"');
		expect(verdict(run, THEMES_PAGE)).toMatch(
			/\? .*302.*redirect to .*\/elsewhere\?key=\[redacted\]/,
		);
		expect(paths.some((url) => url.startsWith('/elsewhere'))).toBe(false);
	});

	it('prints no key when the rejection echoes it', async () => {
		credentialStatus = 401;
		const run = await liveCheck({ GAMMA_API_KEY: key, GAMMA_BASE_URL: baseUrl });

		expect(run.code).toBe(1);
		expect(verdict(run, CREDENTIAL_TEST)).toContain(
			'key rejected: 401 "Invalid API key [redacted]"',
		);
		expectNoKey(run, key);
	});
});

describe('live-check building blocks', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => sandbox.close());

	it.each(['POST', 'DELETE', 'PUT', 'PATCH', 'HEAD', 'get'])(
		'refuses %s before anything is sent',
		async (method) => {
			sandbox.clearRequests();
			await expect(
				readOnlyGet({
					url: `${sandbox.baseUrls.gamma}/v1.0/generations`,
					method,
					headers: {},
					timeoutMs: 5000,
				}),
			).rejects.toThrow(`live-check sends only GET requests: refused ${method}`);
			const provider = {
				name: 'Test',
				keyEnv: 'TEST_KEY',
				baseUrlEnv: 'TEST_BASE_URL',
				defaultBaseUrl: sandbox.baseUrls.gamma,
				authHeaders: () => ({}),
				checks: [
					{
						assumption: 'a write',
						path: '/v1.0/generations',
						method,
						judge: () => ({ mark: '✔' as const, seen: '' }),
					},
				],
			};
			await expect(
				runProvider(
					{ kind: 'ready', provider, baseUrl: sandbox.baseUrls.gamma, key: 'k-0000' },
					() => undefined,
					5000,
				),
			).rejects.toThrow('refused');
			expect(sandbox.requests).toHaveLength(0);
		},
	);

	it('redacts a key, URL-encoded or masked', () => {
		const key = 'sk-gamma-AbC+dEf/123456789';
		const clean = redactor([key]);
		for (const text of [
			key,
			encodeURIComponent(key),
			'sk-gam...6789',
			'sk-gamma-****6789',
			'sk-gamma-AbC…',
			'…789',
			'key ***456789 here',
		]) {
			expect(clean(text)).not.toMatch(/sk-gam|6789|789\b/);
		}
		expect(clean(`Invalid API key ${key}.`)).toBe('Invalid API key [redacted].');
		expect(clean('Loading... 3 themes, sk-other...9999')).toBe(
			'Loading... 3 themes, sk-other...9999',
		);
	});
});
