import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class AiCreditsStabilityAiApi implements ICredentialType {
	name = 'aiCreditsStabilityAiApi';

	displayName = 'AI Credits: Stability AI API';

	icon: Icon = { light: 'file:icons/stabilityAi.svg', dark: 'file:icons/stabilityAi.dark.svg' };

	documentationUrl = 'https://platform.stability.ai/account/keys';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'sk-...',
		},
		{
			displayName: 'Organization ID',
			name: 'organization',
			type: 'string',
			default: '',
			description:
				"Bill another organization than your default one (the nodes' Organization field can pick one per node too). Sent by this package's nodes; in an HTTP Request node add the Organization header yourself.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.stability.ai',
			description: 'Change only to go through a proxy or to use a local test server',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	// The account endpoint: free, and it lists the organizations the key may bill.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/user/account',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Stability AI rejected the API key: copy it again from platform.stability.ai › Account › API Keys',
				},
			},
		],
	};
}
