import type { Provider } from './registry';

export interface BalanceBreakdown {
	free: number;
	subscription: number;
	topUp: number;
}

/** The `creditBalance` object of the item contract (DESIGN.md). */
export interface CreditBalance {
	provider: Provider;
	remaining: number;
	checkedAt: string;
	breakdown?: BalanceBreakdown;
	/** ImagineArt: whether the subscription is active, when the provider says so. */
	subscriptionActive?: boolean;
}
