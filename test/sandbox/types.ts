import type { ImagineArtCreditPools } from '../../nodes/shared/providers/creditBalance';
import type { Provider } from '../../nodes/shared/providers/registry';
import type { ScriptedModel } from './scriptedModel';

export type { Provider };

export interface ImagineArtBalances extends ImagineArtCreditPools {
	subscriptionActive: boolean;
}

/** `subscriptionActive` defaults to true. */
export type ImagineArtCreditsInput = Omit<ImagineArtBalances, 'subscriptionActive'> & {
	subscriptionActive?: boolean;
};

/** Gamma plans with API access; they differ here only in the `numCards` maximum. */
export type GammaPlan = 'pro' | 'ultra' | 'teams' | 'business';

export interface GammaAccountOptions {
	/** Default: `SandboxOptions.gammaPlan`. */
	plan?: GammaPlan;
	/** The image models `/v1.0/me` lists and generations may use; default every priced model. */
	imageModels?: string[];
}

export interface ImagineArtAccountOptions {
	/**
	 * The account's organizations (`GET {teams}/v1/org`), the first one primary; each reports the
	 * account's balance at `GET {api}/v1/credit?org_id=`. Default: one primary org,
	 * `org-<account id>`.
	 */
	orgIds?: string[];
}

export interface StabilityAccountOptions {
	/**
	 * The account's organizations (`GET /v1/user/account`), the first one `is_default`; the
	 * `Organization` header must name one of them. Default: one, `org-<key>`.
	 */
	orgIds?: string[];
}

export interface StabilityOrg {
	id: string;
	name: string;
	role: string;
	isDefault: boolean;
}

export interface ImagineArtOrg {
	id: string;
	name: string;
	isPrimary: boolean;
}

/**
 * The `GET /v1/credit` body (see imagineArtCredit.ts):
 * `capture` (default): `{ message, total, tokens: [{ id, balance, plan_id }] }`, the one real
 * answer seen; `totalOnly`: `{ total, tokens: [] }`; `typed` (hypothetical): entries also carry
 * `type` (free | subscription | topup), plus `subscription_active`.
 */
export type ImagineArtCreditShape = 'capture' | 'totalOnly' | 'typed';

/**
 * ImagineArt's hosts: `api` imagine.vyro.ai, `teams` teams-imagine.vyro.ai, `auth` auth.vyro.ai
 * (token, registration), `web` imagine.art (the authorize page).
 */
export type ImagineArtHost = 'api' | 'teams' | 'auth' | 'web' | 'developer';

export interface ImagineArtUrls {
	/** Base URL of imagine.vyro.ai: `GET {api}/v1/credit?org_id=`. Same as `baseUrls.imagineArt`. */
	api: string;
	/** Base URL of teams-imagine.vyro.ai: `GET {teams}/v1/org`. */
	teams: string;
	/** The full authorization URL (https://imagine.art/plugins/authorize). */
	authorize: string;
	/** The full token URL (https://auth.vyro.ai/apis/v1/mcp/token). */
	token: string;
	/** The full dynamic client registration URL (https://auth.vyro.ai/apis/v1/mcp/register). */
	register: string;
	/** Base URL of the developer API (https://api.vyro.ai/v2), which takes `vk-` keys. */
	developer: string;
}

export interface ImagineArtTokenPair {
	accessToken: string;
	refreshToken: string;
	/** Seconds, as in the token response's `expires_in`. */
	expiresIn: number;
}

export interface SandboxOptions {
	/** Time from POST to status completed/failed; 0 = completed on the first GET. */
	gammaCompletionDelayMs?: number;
	gammaCreditsPerCard?: number;
	gammaTemplateCreditsPerCard?: number;
	/**
	 * Gamma 5 credits per card by quality, before images. Gamma publishes no Gamma 5 price: the
	 * default (lite 1, standard 3, max 5) is the sandbox's assumption, inside the classic 1-5
	 * per-card range. Each card also gets one image at `gammaDefaultImageModel`.
	 */
	gammaAgentCreditsPerCard?: Partial<Record<GammaAgentQuality, number>>;
	/** Charged when `imageOptions.model` is absent. */
	gammaDefaultImageModel?: string;
	gammaInsufficientCreditsStatus?: 402 | 403;
	/** The default Gamma account's plan (and of added accounts that name none); default 'pro'. */
	gammaPlan?: GammaPlan;
	/**
	 * Reject top-level body fields Gamma does not document with 400. Default false: whether real
	 * Gamma rejects or ignores them is unconfirmed.
	 */
	gammaRejectUnknownFields?: boolean;
	/**
	 * Whether the 404 for an unknown classic generation id carries `credits {deducted, remaining}`
	 * (the older readme.io v1.0 pages) or only `{message, statusCode}` (the current docs).
	 * Unconfirmed which the live API sends. Default true, which the demo's balance probe needs.
	 */
	gammaNotFoundCarriesCredits?: boolean;
	/**
	 * Whether a completed classic status carries `title`. The current schema has none
	 * (gamma-app/gamma-docs, api/openapi.yaml at 983cc50f0c898bd49681680cc987af2112db0bee,
	 * GenerationStatusResponse), so it is optional; default true, as the sandbox always answered.
	 */
	gammaStatusIncludesTitle?: boolean;
	/**
	 * Whether Gamma 5 rejects `themeId` with a 400 (Gamma's official n8n node says it does; the
	 * docs list it as on classic). Default false.
	 */
	gammaAgentRejectsTheme?: boolean;
	/** Default 'capture'; see `setImagineArtCreditShape` to change it for one test. */
	imagineArtCreditShape?: ImagineArtCreditShape;
	/**
	 * Orgs of the default ImagineArt account, the first primary; default
	 * `[DEFAULT_IMAGINE_ART_ORG_ID, SECOND_IMAGINE_ART_ORG_ID]`.
	 */
	imagineArtOrgIds?: string[];
	/**
	 * Requests per API key in a sliding window before a 429; default 150 per 10,000 ms (support
	 * article 150000186026). `setStabilityRateLimit` changes it for one test.
	 */
	stabilityRateLimit?: { requests: number; windowMs: number };
	/**
	 * How long a key stays locked after a 429 (every request meanwhile gets a 429 and restarts it);
	 * default 60,000 ms (the same article). `setStabilityLockout` changes it for one test.
	 */
	stabilityLockoutMs?: number;
	/**
	 * The sandbox's clock (ms since the epoch), read for every request, settlement and log entry.
	 * Default Date.now; a test can pass a controllable one to step through Gamma's delay.
	 */
	clock?: () => number;
	initialCredits?: {
		gamma?: number;
		stabilityAi?: number;
		imagineArt?: ImagineArtCreditsInput;
	};
	port?: number;
}

export type ResolvedSandboxOptions = Required<
	Omit<SandboxOptions, 'initialCredits' | 'gammaAgentCreditsPerCard'>
> & {
	gammaAgentCreditsPerCard: Record<GammaAgentQuality, number>;
	initialCredits: { gamma: number; stabilityAi: number; imagineArt: ImagineArtBalances };
};

export interface LoggedRequest {
	provider: Provider | 'unknown';
	/** ImagineArt's requests only: which of its hosts. */
	host?: ImagineArtHost;
	method: string;
	/**
	 * Path within the provider (within the host for ImagineArt), e.g. '/v1.0/generations' or
	 * '/apis/v1/mcp/token' (the full path for 'unknown').
	 */
	path: string;
	query: Record<string, string>;
	/** Lower-cased names. */
	headers: Record<string, string>;
	/** Parsed JSON, the text fields of a multipart form, or undefined. */
	body: unknown;
	at: number;
}

/** A string matches exactly, or as a prefix when it ends with '*'. */
export type PathPattern = string | RegExp;

export interface FaultSpec {
	provider: Provider;
	/** ImagineArt only: the host it applies to; default every ImagineArt host. */
	host?: ImagineArtHost;
	method?: string;
	/** Path within the provider. */
	path: PathPattern;
	kind: 'status' | 'rateLimit' | 'drop' | 'slow' | 'errorAfterAccept';
	/** For 'status': e.g. 500, 502, 503. */
	status?: number;
	/**
	 * For 'rateLimit': the `Retry-After` header in seconds; default 1; null sends none (what
	 * Stability's 429 is documented with). An injected Stability 429 also locks the key out:
	 * for `stabilityLockoutMs` when null, else for this many seconds.
	 */
	retryAfterSeconds?: number | null;
	/** For 'slow': respond normally after this delay. */
	delayMs?: number;
	/** How many matching requests it affects; default 1; Infinity = until cleared. */
	times?: number;
	/**
	 * For 'drop': process the request (a POST creates and will charge) before destroying the
	 * socket. Default true; false drops before anything happens.
	 */
	accept?: boolean;
}

export interface RequestFilter {
	provider?: Provider;
	host?: ImagineArtHost;
	method?: string;
	path?: PathPattern;
}

export type GammaGenerationStatus = 'pending' | 'completed' | 'failed';

/** A Gamma 5 warning: `code` is documented, `message` is the sandbox's. */
export interface GammaAgentWarning {
	code: string;
	message: string;
}

export type GammaAgentQuality = 'lite' | 'standard' | 'max';

export interface GammaGeneration {
	/** `gen_…` for 'agent' (Gamma 5, under /v1.0/agent/generations); classic otherwise. */
	id: string;
	apiKey: string;
	kind: 'standard' | 'template' | 'agent';
	request: unknown;
	status: GammaGenerationStatus;
	cards: number;
	images: number;
	imageModel: string;
	/** The charge computed when the generation was accepted. */
	expectedCharge: number;
	creditsDeducted: number;
	/** Balance right after settling (completed or failed); undefined until settled. */
	creditsRemaining?: number;
	title: string;
	gammaId: string;
	exportAs?: 'pdf' | 'pptx' | 'png';
	/** A string on classic, an array on Gamma 5. */
	warnings?: string | GammaAgentWarning[];
	/** The input carried the `[sandbox:fail]` marker. */
	fails: boolean;
	error?: { message: string; statusCode: number };
	createdAt: number;
	settledAt?: number;
}

export interface Sandbox {
	url: string;
	/** One base URL per provider; ImagineArt's is `imagineArtUrls.api`. */
	baseUrls: Record<Provider, string>;
	/**
	 * Valid keys of the default accounts. ImagineArt's is the default account's id, not a
	 * credential: its API takes OAuth2 access tokens (`issueImagineArtTokens`).
	 */
	keys: Record<Provider, string>;
	/** The primary org of the default ImagineArt account, for `?org_id=`; '' when it has none. */
	imagineArtOrgId: string;
	/** ImagineArt's hosts and OAuth2 endpoints on the sandbox. */
	imagineArtUrls: ImagineArtUrls;
	/** A registered public client that takes any redirect URI. */
	imagineArtClientId: string;
	/**
	 * An OpenAI-compatible chat model answering from a script (scriptedModel.ts); its requests are
	 * kept in `model.requests`, not in `requests`. reset() clears its script and requests.
	 */
	model: ScriptedModel;
	/** The model's base URL for an OpenAI credential (…/openai/v1); its key is `model.apiKey`. */
	modelBaseUrl: string;
	/**
	 * A token pair for an account (default: the default account) without the browser step,
	 * issued to `imagineArtClientId`. Throws for an unknown account.
	 */
	issueImagineArtTokens(accountKey?: string): ImagineArtTokenPair;
	/**
	 * Every access token issued so far then answers 401 code 1001 (default) or 406 code 1002;
	 * refresh tokens keep working and new access tokens work. Until reset().
	 */
	expireImagineArtAccessTokens(status?: 401 | 406): void;
	/** The account the authorize step signs in as (default: the default account), until reset(). */
	setImagineArtConsentAccount(accountKey: string): void;
	requests: LoggedRequest[];
	clearRequests(): void;
	countRequests(filter?: RequestFilter): number;
	injectFault(fault: FaultSpec): void;
	clearFaults(): void;
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
	/** Throws when the credits do not fit the provider (a number, or ImagineArt's balances). */
	addAccount(
		provider: Provider,
		apiKey: string,
		credits?: number | ImagineArtCreditsInput,
		options?: GammaAccountOptions | ImagineArtAccountOptions | StabilityAccountOptions,
	): void;
	setCredits(provider: 'imagineArt', apiKey: string, credits: ImagineArtCreditsInput): void;
	setCredits(provider: 'gamma' | 'stabilityAi', apiKey: string, credits: number): void;
	setCredits(provider: Provider, apiKey: string, credits: number | ImagineArtCreditsInput): void;
	getCredits(provider: 'imagineArt', apiKey: string): ImagineArtBalances;
	getCredits(provider: 'gamma' | 'stabilityAi', apiKey: string): number;
	getCredits(provider: Provider, apiKey: string): number | ImagineArtBalances;
	gammaGenerations(): ReadonlyArray<Readonly<GammaGeneration>>;
	/** How long new and pending Gamma generations stay pending, until reset() restores the option. */
	setGammaCompletionDelay(ms: number): void;
	/** Until reset(), which restores `SandboxOptions.gammaNotFoundCarriesCredits`. */
	setGammaNotFoundCarriesCredits(carries: boolean): void;
	/** Until reset(), which restores `SandboxOptions.gammaStatusIncludesTitle`. */
	setGammaStatusIncludesTitle(includes: boolean): void;
	/** Until reset(), which restores `SandboxOptions.gammaAgentRejectsTheme`. */
	setGammaAgentRejectsTheme(rejects: boolean): void;
	/** Until reset(), which restores `SandboxOptions.imagineArtCreditShape`. */
	setImagineArtCreditShape(shape: ImagineArtCreditShape): void;
	/** Until reset(), which restores `SandboxOptions.stabilityRateLimit`; requests already counted stay. */
	setStabilityRateLimit(requests: number, windowMs: number): void;
	/** Lockouts started from now on; until reset(), which restores `stabilityLockoutMs`. */
	setStabilityLockout(ms: number): void;
	/** When the key's lockout ends (sandbox clock, ms), or undefined when it is not locked. */
	stabilityLockedUntil(apiKey: string): number | undefined;
	/**
	 * Restore default accounts, the credit shape and Stability's rate limit and lockout (no key
	 * stays locked); clear the log, faults and generations, and
	 * ImagineArt's codes and registered clients (the default client stays). ImagineArt tokens
	 * already issued stay valid (a connected n8n credential works from test to test); only
	 * expiries a test forced are undone. The scripted model's script and requests are cleared.
	 */
	reset(): void;
	close(): Promise<void>;
}
