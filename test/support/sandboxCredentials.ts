/**
 * The credentials of the sandbox's default accounts, by credential type, as a user would fill
 * them in: API keys and base URLs, and for ImagineArt's app account an OAuth2 credential already
 * connected (its token data as n8n stores it after the Connect step).
 */
import { SANDBOX_IMAGINE_ART_DEVELOPER_KEY } from '../sandbox/imagineArtDeveloper';
import type { Sandbox } from '../sandbox/server';

export type CredentialData = Record<string, string | Record<string, string | number>>;

export function sandboxCredentialData(sandbox: Sandbox): Record<string, CredentialData> {
	const tokens = sandbox.issueImagineArtTokens();
	return {
		aiCreditsGammaApi: { apiKey: sandbox.keys.gamma, baseUrl: sandbox.baseUrls.gamma },
		aiCreditsStabilityAiApi: {
			apiKey: sandbox.keys.stabilityAi,
			baseUrl: sandbox.baseUrls.stabilityAi,
		},
		aiCreditsImagineArtOAuth2Api: {
			clientId: sandbox.imagineArtClientId,
			authUrl: sandbox.imagineArtUrls.authorize,
			accessTokenUrl: sandbox.imagineArtUrls.token,
			baseUrl: sandbox.imagineArtUrls.api,
			teamsBaseUrl: sandbox.imagineArtUrls.teams,
			oauthTokenData: {
				access_token: tokens.accessToken,
				refresh_token: tokens.refreshToken,
				token_type: 'Bearer',
				expires_in: tokens.expiresIn,
				scope: 'mcp:tools',
			},
		},
		aiCreditsImagineArtApi: {
			apiKey: SANDBOX_IMAGINE_ART_DEVELOPER_KEY,
			baseUrl: sandbox.imagineArtUrls.developer,
		},
	};
}
