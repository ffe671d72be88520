import { STATUS_CODES } from 'node:http';
import { IMAGINE_ART_IMAGE_MODELS_2026 } from '../../nodes/shared/pricing/imagineArt/models';
import { isRecord, json, randomId, type Reply } from './http';
import { drawCredits } from './ledger';
import type { ApiRequest, ProviderApi } from './providerApi';
import type { ImagineArtBalances, ImagineArtCreditShape } from './types';

const MAX_IMAGES_PER_REQUEST = 8;

/**
 * 1001, 1101 and 1202 are documented; the codes for 400, 403 (an `org_id` the key is not a member
 * of: 1003), 404 and 5xx are the sandbox's choice.
 */
function errorCode(status: number): number {
	const documented: Record<number, number> = {
		400: 1002,
		401: 1001,
		402: 1101,
		403: 1003,
		404: 1004,
		429: 1202,
	};
	return documented[status] ?? (status >= 500 ? 1500 : 1000);
}

export function imagineArtError(status: number, message: string): Reply {
	return json(status, {
		status: 'error',
		code: errorCode(status),
		error: STATUS_CODES[status] ?? 'Error',
		message,
	});
}

/**
 * Really two hosts: the balance (`GET /v1/credit`) is on imagine.vyro.ai, generation
 * (`/v2/...`) on api.vyro.ai. The sandbox serves both under one base URL: the package only reads
 * balances, and generation is here so that tests can spend credits.
 */
export class ImagineArtApi implements ProviderApi {
	/** Set by the sandbox: from the options, or `setImagineArtCreditShape` until reset. */
	creditShape: ImagineArtCreditShape = 'detailed';

	constructor(
		private readonly balances: Map<string, ImagineArtBalances>,
		private readonly orgs: ReadonlyMap<string, ReadonlySet<string>>,
	) {}

	errorReply(status: number, message: string): Reply {
		return imagineArtError(status, message);
	}

	handle(request: ApiRequest): Reply {
		const { method, path } = request;
		const isCredit = method === 'GET' && path === '/v1/credit';
		const isGeneration = method === 'POST' && path === '/v2/image/generations';
		if (!isCredit && !isGeneration)
			return imagineArtError(404, `Route ${method} ${path} not found`);
		const apiKey = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
		const balances = apiKey === undefined ? undefined : this.balances.get(apiKey);
		if (apiKey === undefined || balances === undefined) {
			return imagineArtError(401, 'Invalid or missing API key');
		}
		// Omitted (or empty) org_id: the key's own balance. A member org shares that balance here.
		const orgId = request.query.org_id;
		if (orgId && !this.orgs.get(apiKey)?.has(orgId)) {
			return imagineArtError(403, `This API key is not a member of organization ${orgId}`);
		}
		if (isCredit) return json(200, creditResponse(balances, request.now, this.creditShape));
		return this.generate(apiKey, balances, request);
	}

	private generate(apiKey: string, balances: ImagineArtBalances, request: ApiRequest): Reply {
		const body = request.body.kind === 'json' ? request.body.value : undefined;
		if (!isRecord(body)) return imagineArtError(400, 'Body must be a JSON object');
		const { model, count = 1, resolution } = body;
		const price = typeof model === 'string' ? IMAGINE_ART_IMAGE_MODELS_2026[model] : undefined;
		if (price === undefined) return imagineArtError(400, `Unknown model: ${String(model)}`);
		if (
			!Number.isInteger(count) ||
			(count as number) < 1 ||
			(count as number) > MAX_IMAGES_PER_REQUEST
		) {
			return imagineArtError(
				400,
				`count must be an integer between 1 and ${MAX_IMAGES_PER_REQUEST}`,
			);
		}
		const resolutions = Object.keys(price.credits);
		const perResolution = !resolutions.includes('default');
		// Models priced per resolution default to their first (cheapest) one; others ignore it.
		const chosen = perResolution ? (resolution ?? resolutions[0]) : 'default';
		if (typeof chosen !== 'string' || !resolutions.includes(chosen)) {
			return imagineArtError(400, `resolution must be one of: ${resolutions.join(', ')}`);
		}
		const cost = price.credits[chosen] * (count as number);
		const result = drawCredits(balances, cost, price.pro);
		if (!result.ok) return imagineArtError(402, 'Not enough credits');
		this.balances.set(apiKey, result.after);
		return json(200, {
			id: randomId(24),
			status: 'success',
			model,
			...(perResolution ? { resolution: chosen } : {}),
			count,
			credits: {
				charged: cost,
				remaining: total(result.after),
				drawn: {
					free: result.drawn.free,
					subscription: result.drawn.subscription,
					topup: result.drawn.topUp,
				},
			},
		});
	}
}

function total(balances: ImagineArtBalances): number {
	return balances.free + balances.subscription + balances.topUp;
}

/**
 * The element shape of `tokens` is not documented (API-FACTS marks it unsure). 'detailed' is the
 * sandbox's documented choice: one entry per balance, top-up without an expiry, and
 * `subscription_active`. 'totalOnly' is the documented minimum: the total and no entries.
 */
function creditResponse(
	balances: ImagineArtBalances,
	now: number,
	shape: ImagineArtCreditShape,
): unknown {
	if (shape === 'totalOnly') return { total: total(balances), tokens: [] };
	const today = new Date(now);
	const nextMidnight = Date.UTC(
		today.getUTCFullYear(),
		today.getUTCMonth(),
		today.getUTCDate() + 1,
	);
	const nextMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1);
	return {
		total: total(balances),
		tokens: [
			{ type: 'free', amount: balances.free, expires_at: new Date(nextMidnight).toISOString() },
			{
				type: 'subscription',
				amount: balances.subscription,
				expires_at: new Date(nextMonth).toISOString(),
			},
			{ type: 'topup', amount: balances.topUp },
		],
		subscription_active: balances.subscriptionActive,
	};
}
