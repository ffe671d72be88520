import {
	createServer,
	STATUS_CODES,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../../nodes/shared/pricing/gamma/imageModels';
import { Accounts, DEFAULT_KEYS } from './accounts';
import { FaultBook } from './faults';
import { GammaApi } from './gamma';
import { GammaGenerationStore } from './gammaGenerations';
import { GAMMA_MAX_CARDS } from './gammaRequests';
import {
	json,
	lowerCaseHeaders,
	parseBody,
	randomId,
	readBody,
	sendReply,
	type ParsedBody,
	type Reply,
} from './http';
import { ImagineArtApi } from './imagineArt';
import { IMAGINE_ART_CREDIT_SHAPES } from './imagineArtCredit';
import { AUTHORIZE_PATH, ImagineArtOAuth, REGISTER_PATH, TOKEN_PATH } from './imagineArtOAuth';
import { ImagineArtTokens } from './imagineArtTokens';
import { resolveOptions } from './options';
import { ScriptedModel } from './scriptedModel';
import type { ProviderApi } from './providerApi';
import { RequestLog } from './requestLog';
import { StabilityAiApi } from './stabilityAi';
import { bearerKey, rateLimitReply } from './stabilityErrors';
import { checkLockout, checkRateLimit, StabilityRateLimiter } from './stabilityRateLimit';
import type {
	FaultSpec,
	GammaAccountOptions,
	GammaGeneration,
	ImagineArtAccountOptions,
	ImagineArtBalances,
	ImagineArtCreditShape,
	ImagineArtCreditsInput,
	ImagineArtHost,
	ImagineArtTokenPair,
	ImagineArtUrls,
	LoggedRequest,
	Provider,
	RequestFilter,
	ResolvedSandboxOptions,
	Sandbox,
	SandboxOptions,
	StabilityAccountOptions,
} from './types';

export type * from './types';
export {
	DEFAULT_IMAGINE_ART_ORG_ID,
	DEFAULT_STABILITY_ORG_ID,
	SECOND_IMAGINE_ART_ORG_ID,
	SECOND_STABILITY_ORG_ID,
} from './options';

/** A public client id in the shape ImagineArt's registration issues (`mcp_…`). */
const IMAGINE_ART_DEFAULT_CLIENT_ID = 'mcp_sandbox-n8n-nodes-ai-credits-default-client';

/** The scripted OpenAI-compatible model (scriptedModel.ts), beside the providers. */
const MODEL_PREFIX = '/openai';

/** One port: each provider (each ImagineArt host) under its own path prefix. */
const PREFIXES: ReadonlyArray<readonly [string, Provider, ImagineArtHost?]> = [
	['/gamma', 'gamma'],
	['/stability', 'stabilityAi'],
	['/imagineart', 'imagineArt', 'api'],
	['/imagineart-teams', 'imagineArt', 'teams'],
	['/imagineart-auth', 'imagineArt', 'auth'],
	['/imagineart-web', 'imagineArt', 'web'],
	['/imagineart-developer', 'imagineArt', 'developer'],
];

export async function startSandbox(options?: SandboxOptions): Promise<Sandbox> {
	const resolved = resolveOptions(options);
	if (GAMMA_IMAGE_MODEL_CREDITS_2026[resolved.gammaDefaultImageModel] === undefined) {
		throw new Error(`gammaDefaultImageModel "${resolved.gammaDefaultImageModel}" has no price`);
	}
	if (GAMMA_MAX_CARDS[resolved.gammaPlan] === undefined) {
		throw new Error(`gammaPlan "${resolved.gammaPlan}" is not one of pro, ultra, teams, business`);
	}
	checkCreditShape(resolved.imagineArtCreditShape);
	const sandbox = new SandboxServer(resolved);
	await sandbox.listen(resolved.port);
	return sandbox;
}

class SandboxServer implements Sandbox {
	url = '';
	baseUrls: Record<Provider, string> = { gamma: '', stabilityAi: '', imagineArt: '' };
	readonly keys: Record<Provider, string> = { ...DEFAULT_KEYS };
	readonly imagineArtOrgId: string;
	imagineArtUrls: ImagineArtUrls = {
		api: '',
		teams: '',
		authorize: '',
		token: '',
		register: '',
		developer: '',
	};
	readonly imagineArtClientId = IMAGINE_ART_DEFAULT_CLIENT_ID;
	readonly model = new ScriptedModel();
	modelBaseUrl = '';
	private readonly imagineArtTokens: ImagineArtTokens;
	private readonly log = new RequestLog();
	readonly requests: LoggedRequest[] = this.log.entries;
	private readonly faults = new FaultBook();
	private readonly accounts: Accounts;
	private readonly generations: GammaGenerationStore;
	private readonly imagineArt: ImagineArtApi;
	private readonly gamma: GammaApi;
	private readonly stabilityLimits: StabilityRateLimiter;
	private readonly apis: Record<Provider, ProviderApi>;
	private readonly server: Server;
	private readonly timers = new Set<NodeJS.Timeout>();
	private readonly now: () => number;

	constructor(private readonly options: ResolvedSandboxOptions) {
		this.now = options.clock;
		this.imagineArtOrgId = options.imagineArtOrgIds[0] ?? '';
		this.accounts = new Accounts(options.initialCredits, options);
		this.generations = new GammaGenerationStore(this.accounts.gamma, options);
		this.imagineArtTokens = new ImagineArtTokens(this.now);
		const oauth = new ImagineArtOAuth(
			this.imagineArtTokens,
			IMAGINE_ART_DEFAULT_CLIENT_ID,
			DEFAULT_KEYS.imagineArt,
			(accountId) => this.accounts.has('imagineArt', accountId),
			this.now,
		);
		this.imagineArt = new ImagineArtApi(
			this.accounts.imagineArt,
			this.accounts.imagineArtOrgs,
			this.imagineArtTokens,
			oauth,
		);
		this.imagineArt.creditShape = options.imagineArtCreditShape;
		this.gamma = new GammaApi(
			this.accounts.gamma,
			this.accounts.gammaPlans,
			this.accounts.gammaImageModels,
			this.generations,
			options,
		);
		this.stabilityLimits = new StabilityRateLimiter(
			{ ...options.stabilityRateLimit },
			options.stabilityLockoutMs,
		);
		this.apis = {
			gamma: this.gamma,
			stabilityAi: new StabilityAiApi(
				this.accounts.stabilityAi,
				this.accounts.stabilityAiOrgs,
				this.stabilityLimits,
			),
			imagineArt: this.imagineArt,
		};
		this.server = createServer((req, res) => {
			this.onRequest(req, res).catch((error: unknown) => {
				if (!res.headersSent)
					sendReply(res, json(500, { message: String(error), statusCode: 500 }));
			});
		});
	}

	async listen(port: number): Promise<void> {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, '127.0.0.1', () => resolve());
		});
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		this.modelBaseUrl = `${this.url}${MODEL_PREFIX}/v1`;
		for (const [prefix, provider, host] of PREFIXES) {
			if (host === undefined || host === 'api') this.baseUrls[provider] = `${this.url}${prefix}`;
		}
		this.imagineArtUrls = {
			api: this.baseUrls.imagineArt,
			teams: `${this.url}/imagineart-teams`,
			authorize: `${this.url}/imagineart-web${AUTHORIZE_PATH}`,
			token: `${this.url}/imagineart-auth${TOKEN_PATH}`,
			register: `${this.url}/imagineart-auth${REGISTER_PATH}`,
			developer: `${this.url}/imagineart-developer`,
		};
	}

	issueImagineArtTokens(accountKey: string = this.keys.imagineArt): ImagineArtTokenPair {
		if (!this.accounts.has('imagineArt', accountKey)) {
			throw new Error(`no imagineArt account ${accountKey}`);
		}
		return this.imagineArtTokens.issue(accountKey, IMAGINE_ART_DEFAULT_CLIENT_ID);
	}

	expireImagineArtAccessTokens(status: 401 | 406 = 401): void {
		if (status !== 401 && status !== 406) throw new Error(`expected 401 or 406, got ${status}`);
		this.imagineArtTokens.expireAll(status);
	}

	setImagineArtConsentAccount(accountKey: string): void {
		this.imagineArt.oauth.setConsentAccount(accountKey);
	}

	clearRequests(): void {
		this.log.clear();
	}

	countRequests(filter?: RequestFilter): number {
		return this.log.count(filter);
	}

	injectFault(fault: FaultSpec): void {
		this.faults.add(fault);
	}

	clearFaults(): void {
		this.faults.clear();
	}

	addAccount(
		provider: 'imagineArt',
		apiKey: string,
		credits?: ImagineArtCreditsInput,
		options?: ImagineArtAccountOptions,
	): void;
	addAccount(
		provider: 'gamma',
		apiKey: string,
		credits?: number,
		options?: GammaAccountOptions,
	): void;
	addAccount(
		provider: 'stabilityAi',
		apiKey: string,
		credits?: number,
		options?: StabilityAccountOptions,
	): void;
	addAccount(
		provider: Provider,
		apiKey: string,
		credits?: number | ImagineArtCreditsInput,
		options?: GammaAccountOptions | ImagineArtAccountOptions | StabilityAccountOptions,
	): void;
	addAccount(
		provider: Provider,
		apiKey: string,
		credits?: number | ImagineArtCreditsInput,
		options?: GammaAccountOptions | ImagineArtAccountOptions | StabilityAccountOptions,
	): void {
		this.accounts.add(provider, apiKey, credits, options);
	}

	setCredits(provider: 'imagineArt', apiKey: string, credits: ImagineArtCreditsInput): void;
	setCredits(provider: 'gamma' | 'stabilityAi', apiKey: string, credits: number): void;
	setCredits(provider: Provider, apiKey: string, credits: number | ImagineArtCreditsInput): void;
	setCredits(provider: Provider, apiKey: string, credits: number | ImagineArtCreditsInput): void {
		this.accounts.set(provider, apiKey, credits);
	}

	getCredits(provider: 'imagineArt', apiKey: string): ImagineArtBalances;
	getCredits(provider: 'gamma' | 'stabilityAi', apiKey: string): number;
	getCredits(provider: Provider, apiKey: string): number | ImagineArtBalances;
	getCredits(provider: Provider, apiKey: string): number | ImagineArtBalances {
		if (provider === 'gamma') this.generations.settleDue(this.now());
		return this.accounts.get(provider, apiKey);
	}

	gammaGenerations(): ReadonlyArray<Readonly<GammaGeneration>> {
		this.generations.settleDue(this.now());
		return this.generations.list();
	}

	setImagineArtCreditShape(shape: ImagineArtCreditShape): void {
		checkCreditShape(shape);
		this.imagineArt.creditShape = shape;
	}

	setStabilityRateLimit(requests: number, windowMs: number): void {
		this.stabilityLimits.limit = checkRateLimit(requests, windowMs);
	}

	setStabilityLockout(ms: number): void {
		this.stabilityLimits.lockoutMs = checkLockout(ms);
	}

	stabilityLockedUntil(apiKey: string): number | undefined {
		return this.stabilityLimits.lockedUntil(apiKey, this.now());
	}

	setGammaCompletionDelay(ms: number): void {
		if (!(ms >= 0)) throw new Error(`the completion delay must be 0 or more, got ${ms}`);
		this.generations.completionDelayMs = ms;
	}

	setGammaNotFoundCarriesCredits(carries: boolean): void {
		if (typeof carries !== 'boolean') throw new Error(`expected a boolean, got ${String(carries)}`);
		this.gamma.notFoundCarriesCredits = carries;
	}

	setGammaStatusIncludesTitle(includes: boolean): void {
		if (typeof includes !== 'boolean')
			throw new Error(`expected a boolean, got ${String(includes)}`);
		this.gamma.statusIncludesTitle = includes;
	}

	setGammaAgentRejectsTheme(rejects: boolean): void {
		if (typeof rejects !== 'boolean') throw new Error(`expected a boolean, got ${String(rejects)}`);
		this.gamma.agentRejectsTheme = rejects;
	}

	reset(): void {
		this.accounts.reset();
		this.gamma.agentRejectsTheme = this.options.gammaAgentRejectsTheme;
		this.gamma.statusIncludesTitle = this.options.gammaStatusIncludesTitle;
		this.gamma.notFoundCarriesCredits = this.options.gammaNotFoundCarriesCredits;
		this.generations.completionDelayMs = this.options.gammaCompletionDelayMs;
		this.imagineArt.creditShape = this.options.imagineArtCreditShape;
		this.stabilityLimits.reset(this.options.stabilityRateLimit, this.options.stabilityLockoutMs);
		this.imagineArtTokens.restoreExpired();
		this.imagineArt.oauth.reset();
		this.log.clear();
		this.faults.clear();
		this.generations.clear();
		this.model.reset();
	}

	async close(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		await new Promise<void>((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const raw = await readBody(req);
		const url = new URL(req.url ?? '/', this.url);
		const method = (req.method ?? 'GET').toUpperCase();
		const headers = lowerCaseHeaders(req);
		const body = parseBody(raw, headers['content-type']);
		if (url.pathname.startsWith(`${MODEL_PREFIX}/`)) {
			const path = url.pathname.slice(MODEL_PREFIX.length);
			return send(res, this.model.handle({ method, path, headers, body }));
		}
		const { provider, host, path } = splitProvider(url.pathname);
		const query = Object.fromEntries(url.searchParams);
		this.log.add({
			provider,
			...(host ? { host } : {}),
			method,
			path,
			query,
			headers,
			body: loggedBody(body),
			at: this.now(),
		});

		if (provider === 'unknown') {
			const message =
				`Nothing at ${path}: providers live under /gamma, /stability and /imagineart ` +
				'(/imagineart-teams, /imagineart-auth, /imagineart-web, /imagineart-developer for its other hosts)';
			return send(res, json(404, { message, statusCode: 404 }));
		}
		const api = this.apis[provider];
		const run = (): Reply => {
			try {
				return api.handle({
					method,
					...(host ? { host } : {}),
					path,
					query,
					headers,
					body,
					baseUrl: this.baseUrls[provider],
					now: this.now(),
				});
			} catch (error) {
				return api.errorReply(500, `Sandbox error: ${String(error)}`, path);
			}
		};
		const fault = this.faults.take(provider, method, path, host);
		if (!fault) return send(res, run());

		switch (fault.kind) {
			case 'status': {
				const status = fault.status as number;
				return send(res, api.errorReply(status, STATUS_CODES[status] ?? 'Error', path));
			}
			case 'rateLimit': {
				const retryAfter = fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds;
				const apiKey = provider === 'stabilityAi' ? bearerKey(headers) : undefined;
				if (apiKey !== undefined) {
					// As the support article says a real 429 does (150000186026): the key is then timed
					// out. Without Retry-After for the configured lockout; with one for that long, so the
					// header stays true.
					const durationMs = retryAfter === null ? undefined : retryAfter * 1000;
					const lock = this.stabilityLimits.lockOut(
						apiKey,
						this.now(),
						durationMs,
						retryAfter ?? undefined,
					);
					return send(res, rateLimitReply(path, lock));
				}
				const reply = api.errorReply(429, 'Too many requests', path);
				if (retryAfter === null) return send(res, reply);
				return send(res, {
					...reply,
					headers: { ...reply.headers, 'retry-after': String(retryAfter) },
				});
			}
			case 'slow':
				await this.sleep(fault.delayMs ?? 0);
				return send(res, run());
			case 'drop':
				if (fault.accept !== false) run();
				req.socket.destroy();
				return;
			case 'errorAfterAccept':
				run();
				return send(res, api.errorReply(500, 'Internal server error', path));
		}
	}

	/** Never settles once the sandbox closes; close() also destroys the waiting sockets. */
	private sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			this.timers.add(timer);
		});
	}
}

function checkCreditShape(shape: ImagineArtCreditShape): void {
	if (!IMAGINE_ART_CREDIT_SHAPES.includes(shape)) {
		throw new Error(
			`imagineArtCreditShape "${String(shape)}" is not one of ${IMAGINE_ART_CREDIT_SHAPES.join(', ')}`,
		);
	}
}

function splitProvider(pathname: string): {
	provider: Provider | 'unknown';
	host?: ImagineArtHost;
	path: string;
} {
	for (const [prefix, provider, host] of PREFIXES) {
		if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
			return { provider, host, path: pathname.slice(prefix.length) || '/' };
		}
	}
	return { provider: 'unknown', path: pathname };
}

function loggedBody(body: ParsedBody): unknown {
	if (body.kind === 'json') return body.value;
	if (body.kind === 'form') return body.fields;
	return undefined;
}

/** Every reply carries a request id, as the real APIs do; Gamma asks users to quote it on 5xx. */
function send(res: ServerResponse, reply: Reply): void {
	sendReply(res, { ...reply, headers: { 'x-request-id': randomId(16), ...reply.headers } });
}
