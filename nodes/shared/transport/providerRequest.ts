import {
	NodeApiError,
	sleepWithAbort,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { PROVIDERS, type Provider } from '../providers/providerInfo';
import { toNodeError } from '../node/errors';
import { networkErrorCode } from './networkErrorCode';
import { describeHttpError, redact } from './providerErrors';
import {
	DEFAULT_RETRY,
	mayRetryNetworkError,
	mayRetryStatus,
	parseRetryAfterMs,
	retryDelayMs,
	type RequestKind,
	type RetrySettings,
} from './retryPolicy';

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
}

export interface ProviderResponse<T = unknown> {
	statusCode: number;
	headers: Record<string, unknown>;
	body: T;
}

interface FullResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

const DEFAULT_TIMEOUT_MS = 60000;

function cancelSignal(ctx: ApiContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
}

async function credentialBaseUrl(ctx: ApiContext, provider: Provider) {
	const credentials = await ctx.getCredentials(PROVIDERS[provider].credentialType);
	const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	return { baseUrl, apiKey: credentials.apiKey };
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
	retry: RetrySettings = DEFAULT_RETRY,
): Promise<ProviderResponse<T>> {
	const { baseUrl, apiKey } = await credentialBaseUrl(ctx, provider);
	const url = /^https?:\/\//.test(request.path) ? request.path : `${baseUrl}${request.path}`;
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
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
		let response: FullResponse;
		try {
			response = (await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
				PROVIDERS[provider].credentialType,
				options,
			)) as FullResponse;
		} catch (error) {
			if (signal?.aborted) throw toNodeError(node, error, itemIndex);
			const code = networkErrorCode(error);
			if (attempt < retry.maxAttempts && mayRetryNetworkError(request.kind, code)) {
				await sleepWithAbort(retryDelayMs(attempt, retry, undefined), signal);
				continue;
			}
			throw networkFailure(ctx, provider, request, code, error, apiKey, attempt);
		}

		const { statusCode, headers } = response;
		if (statusCode < 300 || request.acceptStatus?.includes(statusCode)) {
			return response as ProviderResponse<T>;
		}
		if (attempt < retry.maxAttempts && mayRetryStatus(request.kind, statusCode)) {
			const wait = retryDelayMs(attempt, retry, parseRetryAfterMs(headers['retry-after']));
			await sleepWithAbort(wait, signal);
			continue;
		}
		const body = request.binary ? undefined : response.body;
		const text = describeHttpError(provider, statusCode, body, headers);
		const tried = attempt > 1 ? ` (after ${attempt} attempts)` : '';
		throw new NodeApiError(node, toJsonObject(body, statusCode), {
			message: redact(text.message + tried, apiKey),
			description: redact(text.description, apiKey),
			httpCode: String(statusCode),
			itemIndex,
		});
	}
}

function toJsonObject(body: unknown, statusCode: number): JsonObject {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
	return { statusCode, body: typeof body === 'string' ? body : null };
}

function networkFailure(
	ctx: ApiContext,
	provider: Provider,
	request: ProviderRequest,
	code: string | undefined,
	error: unknown,
	apiKey: unknown,
	attempts: number,
): NodeApiError {
	const { displayName } = PROVIDERS[provider];
	const what = code ?? (error instanceof Error ? error.message : 'unknown error');
	const spendNote =
		request.kind === 'spend' && code !== 'ECONNREFUSED'
			? ' The request may have reached the provider and may have started (and be charged): check before running again.'
			: '';
	const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
	return new NodeApiError(
		ctx.getNode(),
		{ code: code ?? null, provider: displayName },
		{
			message: redact(`Could not reach ${displayName} (${what})${tried}`, apiKey),
			description: redact(
				`Check the Base URL of the ${displayName} credential and the network.${spendNote}`,
				apiKey,
			),
			itemIndex: request.itemIndex,
		},
	);
}
