import { IMAGINE_ART_IMAGE_MODELS_2026 } from '../../nodes/shared/pricing/imagineArt/models';
import { isRecord, json, randomId, type Reply } from './http';
import { checkBearer } from './imagineArtBearer';
import { creditResponse, totalOf } from './imagineArtCredit';
import { IMAGINE_ART_CODES, imagineArtError } from './imagineArtErrors';
import { AUTHORIZE_PATH, ImagineArtOAuth, REGISTER_PATH, TOKEN_PATH } from './imagineArtOAuth';
import { developerApi } from './imagineArtDeveloper';
import { orgsResponse } from './imagineArtOrgs';
import type { ImagineArtTokens } from './imagineArtTokens';
import { drawCredits } from './ledger';
import type { ApiRequest, ProviderApi } from './providerApi';
import type { ImagineArtBalances, ImagineArtCreditShape, ImagineArtOrg } from './types';

export { imagineArtError } from './imagineArtErrors';

const MAX_IMAGES_PER_REQUEST = 8;

/**
 * ImagineArt's app account on four hosts (Vyro-ai/n8n-nodes-imagineart,
 * nodes/ImagineArt/transport/constants.ts and credentials/ImagineArtOAuth2Api.credentials.ts):
 * - `api` (imagine.vyro.ai): `GET /v1/credit?org_id=`, and a sandbox-only spending route;
 * - `teams` (teams-imagine.vyro.ai): `GET /v1/org`;
 * - `auth` (auth.vyro.ai): `POST /apis/v1/mcp/token`, `POST /apis/v1/mcp/register`;
 * - `web` (imagine.art): `GET /plugins/authorize`.
 * `api` and `teams` take only OAuth2 access tokens; developer keys (`vk-…`) are refused.
 */
export class ImagineArtApi implements ProviderApi {
	/** Set by the sandbox: from the options, or `setImagineArtCreditShape` until reset. */
	creditShape: ImagineArtCreditShape = 'capture';

	constructor(
		private readonly balances: Map<string, ImagineArtBalances>,
		private readonly orgs: ReadonlyMap<string, readonly ImagineArtOrg[]>,
		private readonly tokens: ImagineArtTokens,
		readonly oauth: ImagineArtOAuth,
	) {}

	errorReply(status: number, message: string): Reply {
		return imagineArtError(status, message);
	}

	handle(request: ApiRequest): Reply {
		const { method, path } = request;
		const notFound = (): Reply => imagineArtError(404, `Route ${method} ${path} not found`);
		switch (request.host ?? 'api') {
			case 'web':
				return path === AUTHORIZE_PATH ? this.oauth.authorize(request) : notFound();
			case 'developer':
				return developerApi(request);
			case 'auth':
				if (path === TOKEN_PATH) return this.oauth.token(request);
				if (path === REGISTER_PATH) return this.oauth.register(request);
				return notFound();
			case 'teams': {
				if (method !== 'GET' || (path !== '/v1/org' && path !== '/v1/org/')) return notFound();
				const auth = checkBearer(request.headers, this.tokens);
				if ('reply' in auth) return auth.reply;
				return orgsResponse(this.orgs.get(auth.accountId) ?? []);
			}
			case 'api': {
				const isCredit = method === 'GET' && path === '/v1/credit';
				const isGeneration = method === 'POST' && path === '/v2/image/generations';
				if (!isCredit && !isGeneration) return notFound();
				const auth = checkBearer(request.headers, this.tokens);
				if ('reply' in auth) return auth.reply;
				const balances = this.balances.get(auth.accountId);
				if (!balances) return imagineArtError(401, 'The bearer token passed is invalid.');
				if (isGeneration) return this.generate(auth.accountId, balances, request);
				return this.credit(auth.accountId, balances, request.query.org_id);
			}
		}
	}

	/**
	 * The org is required on every call (Vyro-ai/n8n-nodes-imagineart, nodes/ImagineArt/shared.ts:
	 * the official node's Organization field is required and always sent as `org_id`).
	 * What ImagineArt answers without one, or for an org the account is not in, is not published:
	 * 400 with the documented invalid-request code 1100, and 403 with 1100 for a foreign org, are
	 * the sandbox's assumption. Every org of an account reports the account's one balance here.
	 */
	private credit(
		accountId: string,
		balances: ImagineArtBalances,
		orgId: string | undefined,
	): Reply {
		if (!orgId) {
			return imagineArtError(400, 'org_id is required', IMAGINE_ART_CODES.invalidRequest);
		}
		if (!(this.orgs.get(accountId) ?? []).some((org) => org.id === orgId)) {
			return imagineArtError(
				403,
				`You are not a member of organization ${orgId}`,
				IMAGINE_ART_CODES.invalidRequest,
			);
		}
		return json(200, creditResponse(accountId, balances, this.creditShape));
	}

	/**
	 * Not ImagineArt's route: the app generates through multipart `/v1/image/generations/upload`
	 * with style ids (the official node's transport/request.ts). This JSON route exists so that
	 * tests can spend credits in ImagineArt's draw order.
	 */
	private generate(accountId: string, balances: ImagineArtBalances, request: ApiRequest): Reply {
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
		if (!result.ok) {
			return imagineArtError(402, 'Not enough tokens.', IMAGINE_ART_CODES.notEnoughCredits);
		}
		this.balances.set(accountId, result.after);
		return json(200, {
			id: randomId(24),
			status: 'success',
			model,
			...(perResolution ? { resolution: chosen } : {}),
			count,
			credits: {
				charged: cost,
				remaining: totalOf(result.after),
				drawn: {
					free: result.drawn.free,
					subscription: result.drawn.subscription,
					topup: result.drawn.topUp,
				},
			},
		});
	}
}
