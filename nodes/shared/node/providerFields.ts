import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { PROVIDERS, PROVIDER_NAMES } from '../providers/providerInfo';

/** A "Provider" dropdown of the three providers. */
export function providerField(show?: Record<string, string[]>): INodeProperties {
	const field: INodeProperties = {
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		noDataExpression: true,
		options: PROVIDER_NAMES.map((provider) => ({
			name: PROVIDERS[provider].displayName,
			value: provider,
		})),
		default: 'gamma',
	};
	if (show) field.displayOptions = { show };
	return field;
}

/** Each provider's credential, shown when the Provider field names it. */
export function providerCredentials(
	show: Record<string, string[]> = {},
): INodeCredentialDescription[] {
	return PROVIDER_NAMES.map((provider) => ({
		name: PROVIDERS[provider].credentialType,
		required: true,
		displayOptions: { show: { ...show, provider: [provider] } },
	}));
}
