import { ClientOAuth2 } from '@n8n/client-oauth2';
import axios from 'axios';
import { createHash, randomBytes } from 'node:crypto';
import { startSandbox, type Sandbox } from './server';

const REDIRECT = 'http://localhost:5678/rest/oauth2-credential/callback';

function verifierPair(): { verifier: string; challenge: string } {
	const verifier = randomBytes(32).toString('base64url');
	return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

describe('sandbox: ImagineArt OAuth2 (PKCE, public client)', () => {
	let sandbox: Sandbox;
	const raw = axios.create({ validateStatus: () => true, maxRedirects: 0 });

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	beforeEach(() => sandbox.reset());
	afterAll(async () => sandbox.close());

	function authorizeQuery(overrides: Record<string, string | undefined> = {}) {
		const { challenge } = verifierPair();
		return {
			response_type: 'code',
			client_id: sandbox.imagineArtClientId,
			redirect_uri: REDIRECT,
			code_challenge: challenge,
			code_challenge_method: 'S256',
			scope: 'mcp:tools',
			state: 'state-123',
			app: 'n8n',
			...overrides,
		};
	}

	/** The authorize step's redirect target, parsed. */
	async function authorize(query: Record<string, string | undefined>): Promise<URL> {
		const response = await raw.get(sandbox.imagineArtUrls.authorize, { params: query });
		expect(response.status).toBe(302);
		return new URL(response.headers.location as string);
	}

	function postToken(fields: Record<string, string>, headers: Record<string, string> = {}) {
		return raw.post(sandbox.imagineArtUrls.token, new URLSearchParams(fields), { headers });
	}

	it('runs n8n’s own OAuth2 client through authorize, token, refresh and a balance read', async () => {
		const { verifier, challenge } = verifierPair();
		// As n8n builds it for a `grantType: pkce` credential with the official node's settings.
		const client = new ClientOAuth2({
			clientId: sandbox.imagineArtClientId,
			clientSecret: 'pkce',
			accessTokenUri: sandbox.imagineArtUrls.token,
			authorizationUri: sandbox.imagineArtUrls.authorize,
			redirectUri: REDIRECT,
			scopes: ['mcp:tools'],
			query: { app: 'n8n', code_challenge: challenge, code_challenge_method: 'S256' },
			state: 'n8n-state',
		});
		const callback = await authorize(
			Object.fromEntries(new URL(client.code.getUri()).searchParams),
		);
		expect([callback.origin + callback.pathname, callback.searchParams.get('state')]).toEqual([
			REDIRECT,
			'n8n-state',
		]);
		const token = await client.code.getToken(callback.toString(), {
			body: { code_verifier: verifier },
		});
		expect(token.data).toEqual({
			access_token: expect.any(String),
			token_type: 'Bearer',
			expires_in: 3600,
			refresh_token: expect.any(String),
			scope: 'mcp:tools',
		});
		const tokenRequest = sandbox.requests.find((request) => request.path === '/apis/v1/mcp/token');
		expect(tokenRequest).toMatchObject({
			host: 'auth',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: { grant_type: 'authorization_code', code_verifier: verifier },
		});

		const refreshed = await token.refresh();
		expect(refreshed.accessToken).not.toBe(token.accessToken);
		expect(refreshed.refreshToken).not.toBe(token.refreshToken);
		// Rotation: the first refresh token is used up.
		await expect(token.refresh()).rejects.toThrow();

		const credit = await raw.get(`${sandbox.imagineArtUrls.api}/v1/credit`, {
			params: { org_id: sandbox.imagineArtOrgId },
			headers: { Authorization: `Bearer ${refreshed.accessToken}` },
		});
		expect([credit.status, credit.data.total]).toEqual([200, 2600]);
	});

	it('checks the PKCE verifier (S256 and plain), the redirect URI and single use of a code', async () => {
		const { verifier, challenge } = verifierPair();
		const s256 = await authorize(authorizeQuery({ code_challenge: challenge }));
		const code = s256.searchParams.get('code') as string;
		const exchange = (fields: Record<string, string>) =>
			postToken({
				grant_type: 'authorization_code',
				code,
				redirect_uri: REDIRECT,
				client_id: sandbox.imagineArtClientId,
				code_verifier: verifier,
				...fields,
			});
		const wrongVerifier = await exchange({ code_verifier: verifierPair().verifier });
		expect([wrongVerifier.status, wrongVerifier.data]).toEqual([
			400,
			{ error: 'invalid_grant', error_description: expect.stringMatching(/code_verifier/) },
		]);
		// The failed try used the code up, as RFC 6749 lets a server do.
		expect((await exchange({})).data.error).toBe('invalid_grant');

		const again = await authorize(authorizeQuery({ code_challenge: challenge }));
		const secondCode = again.searchParams.get('code') as string;
		const wrongRedirect = await postToken({
			grant_type: 'authorization_code',
			code: secondCode,
			redirect_uri: 'http://localhost:5678/elsewhere',
			client_id: sandbox.imagineArtClientId,
			code_verifier: verifier,
		});
		expect([wrongRedirect.status, wrongRedirect.data.error]).toEqual([400, 'invalid_grant']);

		const plain = await authorize(
			authorizeQuery({
				code_challenge: 'plain-verifier-'.repeat(4),
				code_challenge_method: 'plain',
			}),
		);
		// JSON bodies are taken too.
		const json = await raw.post(sandbox.imagineArtUrls.token, {
			grant_type: 'authorization_code',
			code: plain.searchParams.get('code'),
			redirect_uri: REDIRECT,
			client_id: sandbox.imagineArtClientId,
			code_verifier: 'plain-verifier-'.repeat(4),
		});
		expect([json.status, json.data.token_type, json.headers['cache-control']]).toEqual([
			200,
			'Bearer',
			'no-store',
		]);
		const used = await raw.post(sandbox.imagineArtUrls.token, {
			grant_type: 'authorization_code',
			code: plain.searchParams.get('code'),
			redirect_uri: REDIRECT,
			client_id: sandbox.imagineArtClientId,
			code_verifier: 'plain-verifier-'.repeat(4),
		});
		expect([used.status, used.data.error]).toEqual([400, 'invalid_grant']);
	});

	it('refuses unknown clients and grants with RFC 6749 errors', async () => {
		const unknown = await postToken({
			grant_type: 'refresh_token',
			refresh_token: 'rt_x',
			client_id: 'mcp_nobody',
		});
		expect([unknown.status, unknown.data.error]).toEqual([401, 'invalid_client']);
		const noClient = await postToken({ grant_type: 'refresh_token', refresh_token: 'rt_x' });
		expect([noClient.status, noClient.data.error]).toEqual([400, 'invalid_request']);
		const badRefresh = await postToken({
			grant_type: 'refresh_token',
			refresh_token: 'rt_never-issued',
			client_id: sandbox.imagineArtClientId,
		});
		expect([badRefresh.status, badRefresh.data.error]).toEqual([400, 'invalid_grant']);
		const grant = await postToken({
			grant_type: 'client_credentials',
			client_id: sandbox.imagineArtClientId,
		});
		expect([grant.status, grant.data.error]).toEqual([400, 'unsupported_grant_type']);

		// The Basic header n8n sends for a credential with a (placeholder) secret names the client.
		const { refreshToken } = sandbox.issueImagineArtTokens();
		const basic = `Basic ${Buffer.from(`${sandbox.imagineArtClientId}:pkce`).toString('base64')}`;
		const viaHeader = await postToken(
			{ grant_type: 'refresh_token', refresh_token: refreshToken },
			{ Authorization: basic },
		);
		expect([viaHeader.status, Object.keys(viaHeader.data).sort()]).toEqual([
			200,
			['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type'],
		]);
	});

	it('answers a bad authorize request on the page, and the rest by redirect with an error', async () => {
		const page = (query: Record<string, string | undefined>) =>
			raw.get(sandbox.imagineArtUrls.authorize, { params: query });
		expect((await page(authorizeQuery({ client_id: 'mcp_nobody' }))).data.error).toBe(
			'invalid_client',
		);
		expect((await page(authorizeQuery({ app: undefined }))).status).toBe(400);
		expect((await page(authorizeQuery({ redirect_uri: 'not a url' }))).status).toBe(400);
		const scope = await authorize(authorizeQuery({ scope: 'openid' }));
		expect([scope.searchParams.get('error'), scope.searchParams.get('state')]).toEqual([
			'invalid_scope',
			'state-123',
		]);
		const noPkce = await authorize(authorizeQuery({ code_challenge: undefined }));
		expect(noPkce.searchParams.get('error')).toBe('invalid_request');
		const type = await authorize(authorizeQuery({ response_type: 'token' }));
		expect(type.searchParams.get('error')).toBe('unsupported_response_type');
	});

	it('registers public clients (RFC 7591), held to their redirect URIs', async () => {
		const registered = await raw.post(sandbox.imagineArtUrls.register, {
			client_name: 'n8n (self-hosted)',
			redirect_uris: ['https://n8n.example.com/rest/oauth2-credential/callback'],
			grant_types: ['authorization_code', 'refresh_token'],
			response_types: ['code'],
			token_endpoint_auth_method: 'none',
		});
		expect([registered.status, registered.data]).toEqual([
			201,
			{
				client_id: expect.stringMatching(/^mcp_/),
				client_id_issued_at: expect.any(Number),
				client_name: 'n8n (self-hosted)',
				redirect_uris: ['https://n8n.example.com/rest/oauth2-credential/callback'],
				grant_types: ['authorization_code', 'refresh_token'],
				response_types: ['code'],
				token_endpoint_auth_method: 'none',
				scope: 'mcp:tools',
			},
		]);
		const clientId = registered.data.client_id as string;
		const elsewhere = await raw.get(sandbox.imagineArtUrls.authorize, {
			params: authorizeQuery({ client_id: clientId }),
		});
		expect(elsewhere.status).toBe(400);
		const ok = await authorize(
			authorizeQuery({
				client_id: clientId,
				redirect_uri: 'https://n8n.example.com/rest/oauth2-credential/callback',
			}),
		);
		expect(ok.searchParams.get('code')).toEqual(expect.any(String));

		const secret = await raw.post(sandbox.imagineArtUrls.register, {
			redirect_uris: [REDIRECT],
			token_endpoint_auth_method: 'client_secret_basic',
		});
		expect([secret.status, secret.data.error]).toEqual([400, 'invalid_client_metadata']);
		const noUris = await raw.post(sandbox.imagineArtUrls.register, { client_name: 'x' });
		expect([noUris.status, noUris.data.error]).toEqual([400, 'invalid_redirect_uri']);
		sandbox.reset();
		expect(
			(
				await raw.get(sandbox.imagineArtUrls.authorize, {
					params: authorizeQuery({ client_id: clientId }),
				})
			).data.error,
		).toBe('invalid_client');
	});

	it('signs in as the consent account, which a test can change until reset', async () => {
		sandbox.addAccount('imagineArt', 'other', { free: 0, subscription: 0, topUp: 7 });
		sandbox.setImagineArtConsentAccount('other');
		const { verifier, challenge } = verifierPair();
		const callback = await authorize(authorizeQuery({ code_challenge: challenge }));
		const token = await postToken({
			grant_type: 'authorization_code',
			code: callback.searchParams.get('code') as string,
			redirect_uri: REDIRECT,
			client_id: sandbox.imagineArtClientId,
			code_verifier: verifier,
		});
		const credit = await raw.get(`${sandbox.imagineArtUrls.api}/v1/credit`, {
			params: { org_id: 'org-other' },
			headers: { Authorization: `Bearer ${token.data.access_token}` },
		});
		expect(credit.data.total).toBe(7);
		expect(() => sandbox.setImagineArtConsentAccount('nobody')).toThrow();
	});
});
