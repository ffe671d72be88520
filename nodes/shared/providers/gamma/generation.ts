import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { markCreditRefusal } from '../../transport/creditRefusal';
import { isOutOfCredits } from '../../transport/providerErrors';
import { providerRequest } from '../../transport/providerRequest';
import { PROVIDERS } from '../registry';
import { parseRetryAfterMs } from '../../transport/retryPolicy';
import { sleepUnlessCancelled } from '../../transport/sleep';
import { engineOf, readGammaStatus, readWarnings, type GammaEngine } from './status';

export type GammaGenerationKind = 'standard' | 'fromTemplate' | 'agent';

/**
 * Gamma's warnings: a string on classic generations, a list of `{code, message?}` on Gamma 5
 * (https://developers.gamma.app/reference/warnings), kept as Gamma gave them.
 */
export type GammaWarnings = string | IDataObject[];

/** A generation's status in one shape, whichever engine answered (see `readGammaStatus`). */
export interface GammaGenerationState {
	generationId: string;
	status: 'pending' | 'completed' | 'failed' | string;
	engine?: GammaEngine;
	gammaId?: string;
	gammaUrl?: string;
	exportUrl?: string;
	title?: string;
	credits?: { deducted?: number; remaining?: number };
	error?: { message?: string; statusCode?: number };
	/** Gamma 5: the agent's own account of what it made. */
	summary?: string;
	/** Gamma 5, while pending: card counts and an estimated percentage. */
	progress?: IDataObject;
	warnings?: GammaWarnings;
}

export interface StartedGeneration {
	generationId: string;
	warnings?: GammaWarnings;
}

export interface WaitSettings {
	intervalMs: number;
	timeoutMs: number;
}

const START_PATHS: Record<GammaGenerationKind, string> = {
	standard: '/v1.0/generations',
	fromTemplate: '/v1.0/generations/from-template',
	agent: '/v1.0/agent/generations',
};

/** Gamma 5 ids start `gen_` and live under `/agent` (https://developers.gamma.app/agent-gamma-5/get-agent-generation-status). */
export function gammaStatusPath(generationId: string): string {
	const engine = engineOf(generationId) === 'gamma5' ? 'agent/' : '';
	return `/v1.0/${engine}generations/${encodeURIComponent(generationId)}`;
}

/**
 * Starts a generation. It spends credits, so it is sent once: repeated only when Gamma certainly
 * did not take it (429, connection refused); anything else fails saying it may have started.
 */
export async function startGammaGeneration(
	ctx: IExecuteFunctions,
	kind: GammaGenerationKind,
	body: IDataObject,
	itemIndex: number,
): Promise<StartedGeneration> {
	const response = await providerRequest<{ generationId?: unknown; warnings?: unknown }>(
		ctx,
		'gamma',
		{ method: 'POST', path: START_PATHS[kind], body, kind: 'spend', itemIndex },
	).catch((error: unknown) => {
		throw explainThemeRejection(error, kind, body);
	});
	const { generationId, warnings } = response.body ?? {};
	if (typeof generationId !== 'string' || !generationId) {
		throw new NodeApiError(ctx.getNode(), (response.body ?? {}) as JsonObject, {
			message: 'Gamma accepted the request but returned no generation id',
			description:
				'The generation may have started: check your Gamma workspace before running again.',
			itemIndex,
		});
	}
	return { generationId, warnings: readWarnings(warnings) };
}

/**
 * Sources disagree on whether Gamma 5 takes a theme (the docs: as on classic; Gamma's official
 * n8n node: it rejects one), so a 400 to a Gamma 5 request with a theme says what to try.
 */
function explainThemeRejection(error: unknown, kind: GammaGenerationKind, body: IDataObject) {
	if (
		kind === 'agent' &&
		body.themeId !== undefined &&
		error instanceof NodeApiError &&
		error.httpCode === '400'
	) {
		error.description =
			`${error.description ?? ''} Gamma 5 may not accept a theme (Gamma's official n8n node reports it rejects one): remove Additional Options › Theme and run again.`.trim();
	}
	return error;
}

/** `GET /v1.0/[agent/]generations/{id}`: a read, retried on 429, 5xx and network errors. */
export async function fetchGammaGeneration(
	ctx: IExecuteFunctions,
	generationId: string,
	itemIndex: number,
): Promise<{ state: GammaGenerationState; retryAfterMs?: number }> {
	const { body, headers } = await providerRequest<unknown>(ctx, 'gamma', {
		method: 'GET',
		path: gammaStatusPath(generationId),
		kind: 'read',
		itemIndex,
	});
	return {
		state: readGammaStatus(body, generationId),
		retryAfterMs: parseRetryAfterMs(headers['retry-after']),
	};
}

export function failedGenerationError(
	ctx: IExecuteFunctions,
	state: GammaGenerationState,
	itemIndex: number,
): NodeApiError {
	const said = state.error?.message ?? 'no reason given';
	const status = state.error?.statusCode;
	// Gamma accepted the request and declined at generation time for credits (several
	// generations accepted against one balance): nothing was charged.
	if (typeof status === 'number' && isOutOfCredits('gamma', status, state.error)) {
		const error = new NodeApiError(ctx.getNode(), (state.error ?? {}) as JsonObject, {
			message: `Not enough Gamma credits to finish generation ${state.generationId}: ${said}`,
			description: PROVIDERS.gamma.billingHint,
			httpCode: String(status),
			itemIndex,
		});
		return markCreditRefusal(error, 'provider');
	}
	return new NodeApiError(ctx.getNode(), (state.error ?? {}) as JsonObject, {
		message: `Gamma could not generate it: ${said} (generation ${state.generationId})`,
		description:
			'Change the input text or options and run again. Quote the generation id to Gamma support if it keeps failing.',
		httpCode: status ? String(status) : undefined,
		itemIndex,
	});
}

/**
 * Polls until the generation completes or fails. Waits one interval before each poll, so a deck
 * that takes T seconds costs about T / interval polls and is seen within one interval of finishing.
 */
export async function waitForGammaGeneration(
	ctx: IExecuteFunctions,
	generationId: string,
	settings: WaitSettings,
	itemIndex: number,
): Promise<GammaGenerationState> {
	const signal = ctx.getExecutionCancelSignal();
	const deadline = Date.now() + settings.timeoutMs;
	let wait = settings.intervalMs;
	for (;;) {
		const left = deadline - Date.now();
		if (left <= 0) throw timeoutError(ctx, generationId, settings, itemIndex);
		await sleepUnlessCancelled(Math.min(wait, left), signal);
		const { state, retryAfterMs } = await fetchGammaGeneration(ctx, generationId, itemIndex);
		if (state.status === 'completed') return state;
		if (state.status === 'failed') throw failedGenerationError(ctx, state, itemIndex);
		wait = Math.max(settings.intervalMs, retryAfterMs ?? 0);
	}
}

function timeoutError(
	ctx: IExecuteFunctions,
	generationId: string,
	settings: WaitSettings,
	itemIndex: number,
): NodeOperationError {
	const seconds = Math.round(settings.timeoutMs / 1000);
	return new NodeOperationError(
		ctx.getNode(),
		`Gamma generation ${generationId} was still pending after ${seconds} s`,
		{
			itemIndex,
			description: `It may still complete, and be charged. Pick it up later with Gamma › Get Generation and the id ${generationId}, or raise the Timeout option.`,
		},
	);
}
