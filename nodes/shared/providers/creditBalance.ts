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

/**
 * Where a balance came from: the provider's balance endpoint, Gamma's 404 for an unknown
 * generation (unconfirmed: older docs show credits on it, current ones do not), or the
 * `credits.remaining` a Gamma generation reported after its charge (certain, but as of then).
 */
export type BalanceSource = 'balanceEndpoint' | 'gammaNotFoundProbe' | 'generation';

/** The `creditBalance` object each item gets (README, "What each operation adds to an item"). */
export interface CreditBalance {
	provider: Provider;
	remaining: number;
	checkedAt: string;
	source: BalanceSource;
	/** For `source: generation`: the generation whose charge the balance follows. */
	asOf?: { generationId: string };
	breakdown?: ImagineArtCreditPools;
	/** ImagineArt: whether the subscription is active, when the provider says so. */
	subscriptionActive?: boolean;
	/** ImagineArt: the token entries as they came, when their kinds cannot be told apart. */
	tokens?: Array<Record<string, unknown>>;
	/** ImagineArt: the organization whose credits these are. */
	organizationId?: string;
}
