import { NodeApiError, type IDataObject, type JsonObject } from 'n8n-workflow';
import { providerRequest, type ApiContext } from '../../transport/providerRequest';
import { imagineArtOrganizationId } from './organizations';
import type { CreditBalance, ImagineArtCreditPools } from '../creditBalance';

interface ImagineArtCreditBody {
	total?: unknown;
	tokens?: unknown;
	subscription_active?: unknown;
}

// The element shape of `tokens` is not in ImagineArt's public docs (docs.imagine.art); these
// names cover the spellings seen for the three balances. Anything else is left out of the
// breakdown.
const BALANCE_TYPE_ALIASES: Record<string, keyof ImagineArtCreditPools> = {
	free: 'free',
	daily: 'free',
	subscription: 'subscription',
	monthly: 'subscription',
	plan: 'subscription',
	topup: 'topUp',
	top_up: 'topUp',
	'top-up': 'topUp',
	token: 'topUp',
	tokens: 'topUp',
	purchased: 'topUp',
};

function tokenAmount(token: IDataObject): number | undefined {
	for (const key of ['amount', 'balance', 'credits', 'remaining']) {
		if (typeof token[key] === 'number') return token[key] as number;
	}
	return undefined;
}

/** Breakdown by balance type when every token entry is recognisable, else undefined. */
export function parseImagineArtTokens(tokens: unknown): ImagineArtCreditPools | undefined {
	if (!Array.isArray(tokens) || tokens.length === 0) return undefined;
	const breakdown: ImagineArtCreditPools = { free: 0, subscription: 0, topUp: 0 };
	for (const entry of tokens) {
		if (!entry || typeof entry !== 'object') return undefined;
		const token = entry as IDataObject;
		const type = String(token.type ?? token.source ?? token.kind ?? '').toLowerCase();
		const bucket = BALANCE_TYPE_ALIASES[type];
		const amount = tokenAmount(token);
		if (!bucket || amount === undefined) return undefined;
		breakdown[bucket] += amount;
	}
	return breakdown;
}

/**
 * `GET /v1/credit?org_id=…` with the app account's OAuth2 token (the endpoint ImagineArt's
 * official n8n node reads). `total` is always used; the free / subscription / top-up breakdown
 * only when every token entry names its kind. The one real answer seen has entries
 * `{id, balance, plan_id}` and no kind, and no public source says which `plan_id` is which, so
 * those entries are passed on as `tokens` as they came.
 */
export async function readImagineArtBalance(
	ctx: ApiContext,
	organizationId?: string,
): Promise<CreditBalance> {
	const orgId = await imagineArtOrganizationId(ctx, organizationId);
	const { body } = await providerRequest<ImagineArtCreditBody>(ctx, 'imagineArt', {
		method: 'GET',
		path: '/v1/credit',
		qs: { org_id: orgId },
		kind: 'read',
	});
	const breakdown = parseImagineArtTokens(body?.tokens);
	const total =
		typeof body?.total === 'number'
			? body.total
			: breakdown && breakdown.free + breakdown.subscription + breakdown.topUp;
	if (typeof total !== 'number') {
		throw new NodeApiError(ctx.getNode(), (body ?? {}) as JsonObject, {
			message: 'ImagineArt answered the credit request without a total',
			description:
				'Check that the API Base URL of the ImagineArt OAuth2 credential is https://imagine.vyro.ai.',
		});
	}
	const balance: CreditBalance = {
		provider: 'imagineArt',
		remaining: total,
		checkedAt: new Date().toISOString(),
		source: 'balanceEndpoint',
		organizationId: orgId,
	};
	if (breakdown) balance.breakdown = breakdown;
	else if (Array.isArray(body?.tokens) && body.tokens.length > 0) {
		balance.tokens = body.tokens.filter(isObject).map((token) => ({ ...token }));
	}
	if (typeof body?.subscription_active === 'boolean') {
		balance.subscriptionActive = body.subscription_active;
	}
	return balance;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
