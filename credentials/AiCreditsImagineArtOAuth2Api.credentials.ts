import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The ImagineArt app account (the credits of docs.imagine.art: free, subscription, top-up),
 * reached with OAuth2 + PKCE as ImagineArt's official n8n node does
 * (github.com/Vyro-ai/n8n-nodes-imagineart, credentials/ImagineArtOAuth2Api.credentials.ts): a
 * public client, no secret. The URLs stay editable so they can point at a proxy or a test server.
 */
export class AiCreditsImagineArtOAuth2Api implements ICredentialType {
	name = 'aiCreditsImagineArtOAuth2Api';

	displayName = 'AI Credits: ImagineArt OAuth2 API';

	icon: Icon = { light: 'file:icons/imagineArt.svg', dark: 'file:icons/imagineArt.dark.svg' };

	extends = ['oAuth2Api'];

	documentationUrl = 'https://docs.imagine.art';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'pkce',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				"A client registered for this n8n's OAuth redirect URL (see the package README, Connect ImagineArt)",
		},
		{
			// PKCE sends no secret; n8n's OAuth2 form still expects the field.
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'hidden',
			typeOptions: { password: true },
			default: 'pkce',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			default: 'https://imagine.art/plugins/authorize',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://auth.vyro.ai/apis/v1/mcp/token',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: 'mcp:tools',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: 'app=n8n',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://imagine.vyro.ai',
			description: 'Where the credit balance is read; change only for a proxy or a test server',
		},
		{
			displayName: 'Teams Base URL',
			name: 'teamsBaseUrl',
			type: 'string',
			default: 'https://teams-imagine.vyro.ai',
			description: 'Where the organizations are listed; change only for a proxy or a test server',
		},
	];
}
