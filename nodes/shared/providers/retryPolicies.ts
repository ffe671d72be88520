import { DEFAULT_RETRY, type RetryPolicy } from '../transport/retryPolicy';
import type { Provider } from './registry';
import { STABILITY_RETRY } from './stabilityAi/rateLimit';

/** Each provider's retry policy (its own rules live in its folder). */
export const RETRY_POLICIES: Readonly<Record<Provider, RetryPolicy>> = {
	gamma: DEFAULT_RETRY,
	stabilityAi: STABILITY_RETRY,
	imagineArt: DEFAULT_RETRY,
};
