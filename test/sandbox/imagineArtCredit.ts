import type { ImagineArtBalances, ImagineArtCreditShape } from './types';

type Pool = 'free' | 'subscription' | 'topUp';

const POOLS: readonly Pool[] = ['free', 'subscription', 'topUp'];

/**
 * `plan_id` per pool. The capture shows a free account's one entry with `plan_id: 0`; what the
 * other pools carry is unknown, so these are the sandbox's (the point: they do not say the kind).
 */
const PLAN_IDS: Record<Pool, number> = { free: 0, subscription: 12, topUp: 0 };

const TYPED_NAMES: Record<Pool, string> = {
	free: 'free',
	subscription: 'subscription',
	topUp: 'topup',
};

export function totalOf(balances: ImagineArtBalances): number {
	return balances.free + balances.subscription + balances.topUp;
}

/** A stable numeric token id per account and pool, like the capture's 27003505. */
function tokenId(accountId: string, pool: Pool): number {
	let hash = 7;
	for (const char of `${accountId}/${pool}`) hash = (hash * 31 + char.charCodeAt(0)) % 9_000_000;
	return 20_000_000 + hash;
}

/**
 * The `GET /v1/credit` body in each shape:
 * - `capture` (default): the one real answer seen (an unofficial capture of ImagineArt's answer,
 *   2026-03; no public documentation):
 *   `{message, total, tokens: [{id, balance, plan_id}]}`, one entry per pool that holds credits,
 *   nothing saying which pool it is.
 * - `totalOnly`: `{total, tokens: []}`, what the official node relies on
 *   (Vyro-ai/n8n-nodes-imagineart, nodes/ImagineArt/shared.ts reads `total` and `tokens`).
 * - `typed`: HYPOTHETICAL, never seen: each entry also says its `type`, plus
 *   `subscription_active`; the case where a breakdown can be told apart.
 */
export function creditResponse(
	accountId: string,
	balances: ImagineArtBalances,
	shape: ImagineArtCreditShape,
): unknown {
	const total = totalOf(balances);
	if (shape === 'totalOnly') return { total, tokens: [] };
	const held = POOLS.filter((pool) => balances[pool] > 0);
	const entry = (pool: Pool) => ({
		id: tokenId(accountId, pool),
		balance: balances[pool],
		plan_id: PLAN_IDS[pool],
	});
	if (shape === 'capture') {
		return { message: 'Credits retrieved successfully', total, tokens: held.map(entry) };
	}
	return {
		message: 'Credits retrieved successfully',
		total,
		tokens: held.map((pool) => ({ ...entry(pool), type: TYPED_NAMES[pool] })),
		subscription_active: balances.subscriptionActive,
	};
}

export const IMAGINE_ART_CREDIT_SHAPES: readonly ImagineArtCreditShape[] = [
	'capture',
	'totalOnly',
	'typed',
];
