import {
	NodeApiError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { PROVIDERS, type Provider } from '../providers/registry';
import { toNodeError } from '../execution/errors';
import { networkErrorCode } from './networkErrorCode';
import { sleepUnlessCancelled } from './sleep';
import { USER_AGENT } from './userAgent';
import { describeHttpError } from './providerErrors';
import { markCreditRefusal } from './creditRefusal';
import { redact, redactDeep, redactError } from './redact';
import {
	mayRetryNetworkError,
	mayRetryStatus,
	parseRetryAfterMs,
	retryDelayMs,
	type RequestKind,
	type RetryPolicy,
} from './retryPolicy';
import { providerHeaders } from '../providers/providerHeaders';
import { RETRY_POLICIES } from '../providers/retryPolicies';

export type ApiContext = IExecuteFunctions | IPollFunctions | ILoadOptionsFunctions;

export interface ProviderRequest {
	method: IHttpRequestMethods;
	/** Path under the credential's base URL, or an absolute URL (e.g. a signed export link). */
	path: string;
	kind: RequestKind;
	qs?: IDataObject;
	body?: IDataObject;
	/** Statuses the caller reads itself instead of failing (e.g. Gamma's 404 balance probe). */
	acceptStatus?: number[];
	binary?: boolean;
	timeoutMs?: number;
	itemIndex?: number;
	/** The credential field holding the base URL, when not `baseUrl` (ImagineArt's teams host). */
	baseUrlField?: string;
	/** Headers of this request (the provider's own come from its folder). */
	headers?: Record<string, string>;
	/** The run may wait out a provider's rate-limit lockout instead of stopping at once. */
	mayWaitOutLockout?: boolean;
}

export interface ProviderResponse<T = unknown> {
	statusCode: number;
	headers: Record<string, unknown>;
	body: T;
}

const DEFAULT_TIMEOUT_MS = 60000;

function cancelSignal(ctx: ApiContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}

/** The base URL, and what must never appear in an error: the API key or the OAuth2 tokens. */
async function credentialOf(ctx: ApiContext, provider: Provider, baseUrlField = 'baseUrl') {
	const credentials = await ctx.getCredentials(PROVIDERS[provider].credentialType);
	const baseUrl = String(credentials[baseUrlField] ?? '').replace(/\/+$/, '');
	const token = (credentials.oauthTokenData ?? {}) as IDataObject;
	return {
		baseUrl,
		secrets: [credentials.apiKey, token.access_token, token.refresh_token],
		headers: providerHeaders(provider, credentials),
	};
}

/**
 * n8n refreshes an OAuth2 token only when the request throws on a 401, so after a 401 the request
 * goes again, allowed to throw. (A 401 means the provider took nothing, so it is safe to repeat.)
 * Every other answer keeps its headers, Retry-After included.
 */
async function withTokenRefresh(
	ctx: ApiContext,
	provider: Provider,
	authenticated: (options: IHttpRequestOptions) => Promise<ProviderResponse>,
	options: IHttpRequestOptions,
): Promise<ProviderResponse> {
	const first = await authenticated(options);
	if (first.statusCode !== 401) return first;
	try {
		return await authenticated({ ...options, ignoreHttpStatusErrors: false });
	} catch (error) {
		const response = thrownResponse(error);
		if (response) return response;
		// No HTTP answer and no network failure: the token endpoint refused the refresh (n8n's
		// OAuth2 client marks that EAUTH or ESTATUS).
		const code = networkErrorCode(error);
		if (!code || code === 'EAUTH' || code === 'ESTATUS') throw refreshRefused(ctx, provider);
		// n8n's helper already threw a NodeApiError; this hands back the same one.
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
}

/** Errors a `send` throws that are the answer, not a failure to reach the provider. */
const ANSWERS = new WeakSet<object>();

/** Without the token endpoint's own words, which may hold the tokens. */
function refreshRefused(ctx: ApiContext, provider: Provider): NodeApiError {
	const { displayName } = PROVIDERS[provider];
	const error = new NodeApiError(
		ctx.getNode(),
		{ provider: displayName },
		{
			message: `${displayName} did not renew the sign-in: it refused the saved refresh token`,
			description: `Reconnect the ${displayName} OAuth2 credential of this node (open it and sign in again), then run again.`,
			httpCode: '401',
		},
	);
	ANSWERS.add(error);
	return error;
}

/**
 * An HTTP error status thrown by n8n's request helper, as a response. OAuth2 requests must let it
 * throw on a 401 (n8n refreshes the token only then), so their statuses come back this way. n8n's
 * NodeApiError keeps only the status and the JSON body of the answer (in n8n-workflow 1.x and 2.x
 * its `cause` field drops the axios error), so the headers are not known.
 */
function thrownResponse(error: unknown): ProviderResponse | undefined {
	const thrown = error as { httpCode?: unknown; context?: IDataObject } | undefined;
	const status = Number(thrown?.httpCode);
	if (!Number.isInteger(status) || status < 400) return undefined;
	return { statusCode: status, headers: {}, body: thrown?.context?.data };
}

/**
 * One authenticated call to a provider. Reads are retried on 429, 5xx and network errors with
 * backoff (honouring Retry-After); a request that spends credits only when the provider certainly
 * did not take it. Failures become a NodeApiError that says what to do and never holds the key.
 */
export async function providerRequest<T = unknown>(
	ctx: ApiContext,
	provider: Provider,
	request: ProviderRequest,
	retry: RetryPolicy = RETRY_POLICIES[provider],
): Promise<ProviderResponse<T>> {
	const { baseUrl, secrets, headers } = await credentialOf(ctx, provider, request.baseUrlField);
	const url = /^https?:\/\//.test(request.path) ? request.path : `${baseUrl}${request.path}`;
	const { credentialType, oAuth2 } = PROVIDERS[provider];
	const authenticated = async (options: IHttpRequestOptions) =>
		(await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			credentialType,
			options,
		)) as ProviderResponse;
	return await sendWithRetry<T>(ctx, {
		provider,
		request: { ...request, headers: { ...headers, ...request.headers } },
		url,
		secret: secrets,
		retry,
		send: oAuth2
			? async (options) => await withTokenRefresh(ctx, provider, authenticated, options)
			: authenticated,
	});
}

export interface Sending {
	provider: Provider;
	request: ProviderRequest;
	/** The absolute URL the request goes to. */
	url: string;
	/** What must never appear in an error (the API key), if the request carries one. */
	secret: unknown;
	retry: RetryPolicy;
	/** Sends once: with the credential, or without it for a signed URL. */
	send: (options: IHttpRequestOptions) => Promise<ProviderResponse>;
}

/**
 * The retry loop and error mapping, for any way of sending (with or without the credential).
 * Nothing it hands back holds the secret: not the error (its raw provider body included), and
 * not the body a later error may be built from.
 */
export async function sendWithRetry<T>(
	ctx: ApiContext,
	sending: Sending,
): Promise<ProviderResponse<T>> {
	try {
		const response = await retrying<T>(ctx, sending);
		if (sending.request.binary) return response;
		return { ...response, body: redactDeep(response.body, sending.secret) };
	} catch (error) {
		throw redactError(error, sending.secret);
	}
}

async function retrying<T>(
	ctx: ApiContext,
	{ provider, request, url, secret, retry, send }: Sending,
): Promise<ProviderResponse<T>> {
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		headers: { 'User-Agent': USER_AGENT, ...request.headers },
		qs: request.qs,
		body: request.body,
		json: !request.binary,
		encoding: request.binary ? 'arraybuffer' : undefined,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
	};
	const signal = cancelSignal(ctx);
	const node = ctx.getNode();
	const itemIndex = request.itemIndex;

	for (let attempt = 1; ; attempt++) {
		let response: ProviderResponse;
		try {
			response = await send(options);
		} catch (error) {
			if (signal?.aborted || ANSWERS.has(error as object))
				throw toNodeError(node, error, itemIndex);
			const code = networkErrorCode(error);
			if (attempt < retry.maxAttempts && mayRetryNetworkError(request.kind, code)) {
				await sleepUnlessCancelled(retryDelayMs(attempt, retry, undefined), signal);
				continue;
			}
			throw networkFailure(ctx, provider, request, code, error, secret, attempt);
		}

		const { statusCode, headers } = response;
		if (statusCode < 300 || request.acceptStatus?.includes(statusCode)) {
			return response as ProviderResponse<T>;
		}
		const retryAfterMs = parseRetryAfterMs(headers['retry-after']);
		const own = retry.afterStatus?.(statusCode, {
			attempt,
			kind: request.kind,
			mayWait: request.mayWaitOutLockout === true,
			retryAfterMs,
		});
		if (own && 'waitMs' in own) {
			await sleepUnlessCancelled(own.waitMs, signal);
			continue;
		}
		if (!own && attempt < retry.maxAttempts && mayRetryStatus(request.kind, statusCode)) {
			await sleepUnlessCancelled(retryDelayMs(attempt, retry, retryAfterMs), signal);
			continue;
		}
		const body = request.binary ? undefined : response.body;
		if (own) {
			throw new NodeApiError(node, toJsonObject(body, statusCode), {
				message: redact(own.stop.message, secret),
				description: redact(own.stop.description, secret),
				httpCode: String(statusCode),
				itemIndex,
			});
		}
		const text = describeHttpError(provider, statusCode, body, headers);
		const tried = attempt > 1 ? ` (after ${attempt} attempts)` : '';
		const mayHaveStarted = request.kind === 'spend' && statusCode >= 500;
		const error = new NodeApiError(node, toJsonObject(body, statusCode), {
			message: redact(
				text.message + tried + (mayHaveStarted ? '. The request may have started anyway' : ''),
				secret,
			),
			description: redact(
				mayHaveStarted ? `${SPEND_UNCERTAIN} ${text.description}` : text.description,
				secret,
			),
			httpCode: String(statusCode),
			itemIndex,
		});
		throw text.outOfCredits ? markCreditRefusal(error, 'provider') : error;
	}
}

const SPEND_UNCERTAIN =
	'The provider may have accepted the request before failing, and may charge for it: check your account (or its credit balance) before running again, so nothing is paid twice.';

function toJsonObject(body: unknown, statusCode: number): JsonObject {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
	return { statusCode, body: typeof body === 'string' ? body : null };
}

// In plain words: n8n replaces any error message that contains a code like ECONNRESET with its
// own generic text, so codes go in the description.
const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was closed before an answer came',
	EPIPE: 'the connection was closed before an answer came',
	ETIMEDOUT: 'no answer came in time',
	ECONNABORTED: 'no answer came in time',
	ENOTFOUND: 'the host name is unknown',
	EAI_AGAIN: 'the host name could not be looked up',
	EHOSTUNREACH: 'the host is unreachable',
};

function networkFailure(
	ctx: ApiContext,
	provider: Provider,
	request: ProviderRequest,
	code: string | undefined,
	error: unknown,
	secret: unknown,
	attempts: number,
): NodeApiError {
	const { displayName } = PROVIDERS[provider];
	const what = (code && NETWORK_FAILURES[code]) ?? 'the request failed on the way';
	const detail = code ?? (error instanceof Error ? error.message : String(error));
	const spendNote =
		request.kind === 'spend' && code !== 'ECONNREFUSED' ? ` ${SPEND_UNCERTAIN}` : '';
	const tried = attempts > 1 ? ` (after ${attempts} attempts)` : '';
	return new NodeApiError(
		ctx.getNode(),
		{ networkError: code ?? null, provider: displayName },
		{
			message: redact(`Could not reach ${displayName}: ${what}${tried}`, secret),
			description: redact(
				`Network error ${detail}. Check the Base URL of the ${displayName} credential and the network.${spendNote}`,
				secret,
			),
			itemIndex: request.itemIndex,
		},
	);
}
