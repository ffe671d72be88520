import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { Provider } from './registry';
import { stabilityHeaders } from './stabilityAi/headers';

/** Headers a provider wants on every request, from its folder. */
export function providerHeaders(
	provider: Provider,
	credentials: ICredentialDataDecryptedObject,
): Record<string, string> {
	return provider === 'stabilityAi' ? stabilityHeaders(credentials) : {};
}
