import type { ImagineArtBalances } from './types';

export type CreditBucket = 'free' | 'subscription' | 'topUp';

export type DrawResult =
	| { ok: true; drawn: Record<CreditBucket, number>; after: ImagineArtBalances }
	| { ok: false; spendable: number };

/**
 * Which balances may pay, in draw order (ImagineArt docs, "Understanding Credits",
 * https://docs.imagine.art/overview/understanding-credits). Free credits never pay for pro models.
 * Without an active subscription the subscription balance has lapsed, pro models are closed,
 * and free plus top-up credits pay for free-tier features only.
 */
function payingBuckets(balances: ImagineArtBalances, pro: boolean): CreditBucket[] {
	if (!balances.subscriptionActive) return pro ? [] : ['free', 'topUp'];
	return pro ? ['subscription', 'topUp'] : ['free', 'subscription', 'topUp'];
}

/** Draws `cost` from the paying balances in order, or reports how much they could cover. */
export function drawCredits(balances: ImagineArtBalances, cost: number, pro: boolean): DrawResult {
	const buckets = payingBuckets(balances, pro);
	const spendable = buckets.reduce((sum, bucket) => sum + balances[bucket], 0);
	if (spendable < cost) return { ok: false, spendable };
	const drawn: Record<CreditBucket, number> = { free: 0, subscription: 0, topUp: 0 };
	const after = { ...balances };
	let owed = cost;
	for (const bucket of buckets) {
		const take = Math.min(owed, after[bucket]);
		drawn[bucket] = take;
		after[bucket] -= take;
		owed -= take;
	}
	return { ok: true, drawn, after };
}
