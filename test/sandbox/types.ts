import type { ImagineArtCreditPools } from '../../nodes/shared/providers/creditBalance';
import type { Provider } from '../../nodes/shared/providers/registry';

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
	/** The orgs whose `org_id` the key may send; default none. */
	orgIds?: string[];
}

/**
 * `detailed`: `{ total, tokens: [one per balance], subscription_active }`.
 * `totalOnly`: `{ total, tokens: [] }`, no `subscription_active` (what the public docs promise).
 */
export type ImagineArtCreditShape = 'detailed' | 'totalOnly';

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
	 * Whether a completed classic status carries `title`. The current schema has none (API-FACTS:
	 * optional); default true, as the sandbox always answered.
	 */
	gammaStatusIncludesTitle?: boolean;
	/**
	 * Whether Gamma 5 rejects `themeId` with a 400 (Gamma's official n8n node says it does; the
	 * docs list it as on classic). Default false.
	 */
	gammaAgentRejectsTheme?: boolean;
	/** Default 'detailed'; see `setImagineArtCreditShape` to change it for one test. */
	imagineArtCreditShape?: ImagineArtCreditShape;
	/** Orgs the default ImagineArt key belongs to; default `[DEFAULT_IMAGINE_ART_ORG_ID]`. */
	imagineArtOrgIds?: string[];
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
	method: string;
	/** Path within the provider, e.g. '/v1.0/generations' (the full path for 'unknown'). */
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
	method?: string;
	/** Path within the provider. */
	path: PathPattern;
	kind: 'status' | 'rateLimit' | 'drop' | 'slow' | 'errorAfterAccept';
	/** For 'status': e.g. 500, 502, 503. */
	status?: number;
	/** For 'rateLimit'; default 1. */
	retryAfterSeconds?: number;
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
	/**
	 * One base URL per provider. ImagineArt really has two hosts, the balance on
	 * imagine.vyro.ai (`/v1/credit`) and generation on api.vyro.ai (`/v2/...`); both live here.
	 */
	baseUrls: Record<Provider, string>;
	/** Valid keys of the default accounts. */
	keys: Record<Provider, string>;
	/** The first org of the default ImagineArt key, for `?org_id=`; '' when it has none. */
	imagineArtOrgId: string;
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
	addAccount(provider: 'stabilityAi', apiKey: string, credits?: number): void;
	/** Throws when the credits do not fit the provider (a number, or ImagineArt's balances). */
	addAccount(
		provider: Provider,
		apiKey: string,
		credits?: number | ImagineArtCreditsInput,
		options?: GammaAccountOptions | ImagineArtAccountOptions,
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
	/** Restore default accounts and the credit shape; clear the log, faults and generations. */
	reset(): void;
	close(): Promise<void>;
}
