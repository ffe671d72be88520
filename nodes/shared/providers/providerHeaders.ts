import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { Provider } from './registry';
import { stabilityHeaders } from './stabilityAi/headers';

type HeadersOf = (credentials: ICredentialDataDecryptedObject) => Record<string, string>;

const none: HeadersOf = () => ({});

/** Headers each provider wants on every request (its own come from its folder). */
const PROVIDER_HEADERS: Readonly<Record<Provider, HeadersOf>> = {
	gamma: none,
	stabilityAi: stabilityHeaders,
	imagineArt: none,
};

export function providerHeaders(
	provider: Provider,
	credentials: ICredentialDataDecryptedObject,
): Record<string, string> {
	return PROVIDER_HEADERS[provider](credentials);
}
