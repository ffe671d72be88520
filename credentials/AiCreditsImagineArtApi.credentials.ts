import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class AiCreditsImagineArtApi implements ICredentialType {
	name = 'aiCreditsImagineArtApi';

	displayName = 'AI Credits: ImagineArt API';

	icon: Icon = { light: 'file:icons/imagineArt.svg', dark: 'file:icons/imagineArt.dark.svg' };

	documentationUrl = 'https://docs.imagine.art';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'vk-...',
		},
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			default: '',
			description: 'The team or workspace whose credits to read; empty means your own account',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://imagine.vyro.ai',
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

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/credit',
			method: 'GET',
			qs: { org_id: '={{$credentials.organizationId || undefined}}' },
		},
	};
}
