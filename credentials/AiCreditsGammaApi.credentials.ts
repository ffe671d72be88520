import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class AiCreditsGammaApi implements ICredentialType {
	name = 'aiCreditsGammaApi';

	displayName = 'AI Credits: Gamma API';

	icon: Icon = { light: 'file:icons/gamma.svg', dark: 'file:icons/gamma.dark.svg' };

	documentationUrl = 'https://developers.gamma.app';

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

	// As Gamma's official n8n node tests its credential: GET /v1.0/themes is documented, free and
	// answers 401 to a bad key (github.com/gamma-app/n8n-nodes-gamma, credentials/GammaApi.credentials.ts).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1.0/themes',
			qs: { limit: 1 },
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Gamma rejected the API key. Check it under Settings > API Keys.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'Gamma refused access: the plan of this key may not include API access.',
				},
			},
		],
	};
}
