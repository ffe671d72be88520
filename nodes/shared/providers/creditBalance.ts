import type { Provider } from './registry';

/**
 * ImagineArt's three credit balances (free daily, subscription, top-up), declared once for the
 * balance read, the Credit Gate's draw plan and the test sandbox. No n8n import here, so pure
 * pricing may import it.
 */
export interface ImagineArtCreditPools {
	free: number;
	subscription: number;
	topUp: number;
}

/** A balance split by ImagineArt credit pool (the same shape under its older name). */
export type BalanceBreakdown = ImagineArtCreditPools;

/** The `creditBalance` object each item gets (README, "What each operation adds to an item"). */
export interface CreditBalance {
	provider: Provider;
	remaining: number;
	checkedAt: string;
	breakdown?: ImagineArtCreditPools;
	/** ImagineArt: whether the subscription is active, when the provider says so. */
	subscriptionActive?: boolean;
}
