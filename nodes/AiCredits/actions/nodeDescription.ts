import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { PROVIDERS, type Provider } from '../../shared/providers/registry';
import { gammaDescription } from './gamma';
import { imagineArtDescription } from './imagineArt';
import { stabilityAiDescription } from './stabilityAi';

/** Operations that call the provider and so need its credential (estimates need none). */
const OPERATIONS_WITH_CREDENTIALS = [
	'checkBalance',
	'generateDeck',
	'generateFromTemplate',
	'getGeneration',
];

function credentialFor(provider: Provider): INodeCredentialDescription {
	return {
		name: PROVIDERS[provider].credentialType,
		required: true,
		displayOptions: { show: { resource: [provider], operation: OPERATIONS_WITH_CREDENTIALS } },
	};
}

export const aiCreditsCredentials: INodeCredentialDescription[] = [
	credentialFor('gamma'),
	credentialFor('stabilityAi'),
	credentialFor('imagineArt'),
];

export const aiCreditsProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Gamma', value: 'gamma' },
			{ name: 'ImagineArt', value: 'imagineArt' },
			{ name: 'Stability AI', value: 'stabilityAi' },
		],
		default: 'gamma',
	},
	...gammaDescription,
	...stabilityAiDescription,
	...imagineArtDescription,
];
