import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * ImagineArt's developer API (`vk-…` keys, https://api.vyro.ai/v2, billed in API tokens per
 * style). It has no balance endpoint: the app account's credits are read with the OAuth2
 * credential.
 */
export class AiCreditsImagineArtApi implements ICredentialType {
	name = 'aiCreditsImagineArtApi';

	displayName = 'AI Credits: ImagineArt Developer API';

	icon: Icon = { light: 'file:icons/imagineArt.svg', dark: 'file:icons/imagineArt.dark.svg' };

	documentationUrl = 'https://docs.imagine.art';

	properties: INodeProperties[] = [
		{
			displayName:
				'A developer key pays in API tokens and cannot read the app credits: for Check Balance, the Credit Gate and the trigger use the ImagineArt OAuth2 credential',
			name: 'developerApiNotice',
			type: 'notice',
			default: '',
		},
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
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.vyro.ai/v2',
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

	// The developer API has no free read. A generation request with no prompt is refused before
	// anything is generated (400, `prompt` is required: ImagineArt's API reference as transcribed
	// in github.com/tryAGI/ImagineArt, src/libs/ImagineArt/openapi.yaml), while a wrong key gets
	// code 1001 first, so the test tells the two apart without spending a token.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/image/generations',
			method: 'POST',
			body: {},
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'code',
					value: 1001,
					message: 'ImagineArt rejected the developer API key. Check it in the API Studio.',
				},
			},
		],
	};
}
