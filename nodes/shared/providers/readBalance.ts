import type { ApiContext } from '../transport/providerRequest';
import type { CreditBalance } from './creditBalance';
import { readGammaBalance } from './gamma/balance';
import { readImagineArtBalance } from './imagineArt/balance';
import type { Provider } from './registry';
import { readStabilityAiBalance } from './stabilityAi/balance';

export interface BalanceReadOptions {
	/** ImagineArt, Stability AI: the organization to read (default: the account's own). */
	organizationId?: string;
	/** Stability AI: wait out its 60-second lockout after a 429 instead of stopping. */
	mayWaitOutLockout?: boolean;
}

const BALANCE_READERS: Record<
	Provider,
	(ctx: ApiContext, options: BalanceReadOptions) => Promise<CreditBalance>
> = {
	gamma: async (ctx) => await readGammaBalance(ctx),
	stabilityAi: async (ctx, options) => await readStabilityAiBalance(ctx, options),
	imagineArt: async (ctx, { organizationId }) => await readImagineArtBalance(ctx, organizationId),
};

/** One balance read for a provider, used by Check Balance, Credit Gate and the trigger. */
export async function readBalance(
	ctx: ApiContext,
	provider: Provider,
	options: BalanceReadOptions = {},
): Promise<CreditBalance> {
	return await BALANCE_READERS[provider](ctx, options);
}
