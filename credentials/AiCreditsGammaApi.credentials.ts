import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { GAMMA_BALANCE_PROBE_ID } from '../nodes/shared/providers/registry';

export class AiCreditsGammaApi implements ICredentialType {
	name = 'aiCreditsGammaApi';

	displayName = 'AI Credits: Gamma API';

	icon: Icon = { light: 'file:icons/gamma.svg', dark: 'file:icons/gamma.dark.svg' };

	documentationUrl = 'https://developers.gamma.app/docs/get-access';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'sk-gamma-...',
			description:
				'Create one in Gamma under Settings > API Keys (Pro, Ultra, Teams and Business plans)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://public-api.gamma.app',
			description: 'Change only to go through a proxy or to use a local test server',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'X-API-KEY': '={{$credentials.apiKey}}',
			},
		},
	};

	// Gamma has no balance endpoint: an unknown generation id answers 404 with the balance
	// (a good key), while a wrong key answers 401.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: `/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}`,
			method: 'GET',
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'statusCode',
					value: 401,
					message: 'Gamma rejected the API key. Check it under Settings > API Keys.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'statusCode',
					value: 403,
					message: 'Gamma refused access: the plan of this key may not include API access.',
				},
			},
		],
	};
}
