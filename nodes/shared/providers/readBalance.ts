import type { ApiContext } from '../transport/providerRequest';
import type { CreditBalance } from './creditBalance';
import { readGammaBalance } from './gamma/balance';
import { readImagineArtBalance } from './imagineArt/balance';
import type { Provider } from './registry';
import { readStabilityAiBalance } from './stabilityAi/balance';

const BALANCE_READERS: Record<Provider, (ctx: ApiContext) => Promise<CreditBalance>> = {
	gamma: readGammaBalance,
	stabilityAi: readStabilityAiBalance,
	imagineArt: readImagineArtBalance,
};

/** One balance read for a provider, used by Check Balance, Credit Gate and the trigger. */
export async function readBalance(ctx: ApiContext, provider: Provider): Promise<CreditBalance> {
	return await BALANCE_READERS[provider](ctx);
}
