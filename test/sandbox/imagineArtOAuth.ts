import { createHash } from 'node:crypto';
import { bodyFields, isRecord, json, randomId, type Reply } from './http';
import type { ApiRequest } from './providerApi';
import type { ImagineArtTokens } from './imagineArtTokens';
import type { ImagineArtTokenPair } from './types';

/**
 * ImagineArt's OAuth2 (PKCE, public client) as its official n8n node uses it
 * (Vyro-ai/n8n-nodes-imagineart, credentials/ImagineArtOAuth2Api.credentials.ts): authorize at
 * https://imagine.art/plugins/authorize with `app=n8n`, token at
 * https://auth.vyro.ai/apis/v1/mcp/token, scope `mcp:tools`, clients from dynamic registration
 * at https://auth.vyro.ai/apis/v1/mcp/register (RFC 7591). Error bodies follow RFC 6749 §5.2;
 * what ImagineArt's own server adds to them is not published.
 */
export const IMAGINE_ART_SCOPE = 'mcp:tools';
export const AUTHORIZE_PATH = '/plugins/authorize';
export const TOKEN_PATH = '/apis/v1/mcp/token';
export const REGISTER_PATH = '/apis/v1/mcp/register';

/** Authorization codes live ten minutes, RFC 6749 §4.1.2's recommended maximum. */
const CODE_TTL_MS = 10 * 60 * 1000;

interface Client {
	clientId: string;
	clientName?: string;
	/** Undefined: any redirect URI (the default client, below). */
	redirectUris?: readonly string[];
	issuedAt: number;
}

interface PendingCode {
	clientId: string;
	redirectUri: string;
	challenge: string;
	method: 'S256' | 'plain';
	accountId: string;
	expiresAt: number;
}

function oauthError(status: number, error: string, description: string): Reply {
	return json(status, { error, error_description: description });
}

function redirect(to: string, params: Record<string, string | undefined>): Reply {
	const url = new URL(to);
	for (const [name, value] of Object.entries(params)) {
		if (value !== undefined) url.searchParams.set(name, value);
	}
	return { status: 302, headers: { location: url.toString() }, body: Buffer.alloc(0) };
}

function isHttpUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

/** The client id from an HTTP Basic header (its password ignored) or from the body. */
function presentedClientId(
	headers: Record<string, string>,
	fields: Record<string, string>,
): string | undefined {
	const basic = /^Basic\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
	if (basic) {
		const decoded = Buffer.from(basic, 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		return decodeURIComponent(colon < 0 ? decoded : decoded.slice(0, colon));
	}
	return fields.client_id || undefined;
}

export function pkceChallenge(verifier: string, method: 'S256' | 'plain'): string {
	return method === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
}

export class ImagineArtOAuth {
	private readonly clients = new Map<string, Client>();
	private readonly codes = new Map<string, PendingCode>();
	/** The account the browser step signs in as: a test user who always consents. */
	consentAccountId: string;

	constructor(
		private readonly tokens: ImagineArtTokens,
		readonly defaultClientId: string,
		private readonly defaultAccountId: string,
		private readonly accountExists: (accountId: string) => boolean,
		private readonly now: () => number,
	) {
		this.consentAccountId = defaultAccountId;
		this.reset();
	}

	/**
	 * The default client takes any redirect URI: the official node bakes one client id into its
	 * credential, so ImagineArt's server must accept every n8n instance's callback for it (assumed).
	 */
	reset(): void {
		this.clients.clear();
		this.codes.clear();
		this.consentAccountId = this.defaultAccountId;
		this.clients.set(this.defaultClientId, {
			clientId: this.defaultClientId,
			clientName: 'n8n',
			issuedAt: Math.floor(this.now() / 1000),
		});
	}

	authorize(request: ApiRequest): Reply {
		if (request.method !== 'GET') {
			return oauthError(405, 'invalid_request', `${request.method} is not allowed here`);
		}
		const q = request.query;
		const client = q.client_id ? this.clients.get(q.client_id) : undefined;
		// RFC 6749 §4.1.2.1: a bad client or redirect URI is shown to the user, never redirected to.
		if (!client) return oauthError(400, 'invalid_client', `Unknown client_id ${q.client_id ?? ''}`);
		if (!isHttpUrl(q.redirect_uri)) {
			return oauthError(400, 'invalid_request', 'redirect_uri is missing or not a URL');
		}
		if (client.redirectUris && !client.redirectUris.includes(q.redirect_uri)) {
			return oauthError(400, 'invalid_request', 'redirect_uri is not registered for this client');
		}
		// The plugins page picks the integration by `app` (the official credential sends app=n8n).
		if (q.app !== 'n8n') {
			return oauthError(400, 'invalid_request', `Unknown app "${q.app ?? ''}": expected app=n8n`);
		}
		const fail = (error: string, description: string): Reply =>
			redirect(q.redirect_uri, { error, error_description: description, state: q.state });
		if (q.response_type !== 'code') {
			return fail('unsupported_response_type', 'response_type must be code');
		}
		const scopes = (q.scope ?? '').split(/[\s,]+/).filter(Boolean);
		if (scopes.length === 0 || scopes.some((scope) => scope !== IMAGINE_ART_SCOPE)) {
			return fail('invalid_scope', `scope must be ${IMAGINE_ART_SCOPE}`);
		}
		// A public client must use PKCE (RFC 7636; OAuth 2.1 makes it mandatory).
		const method = q.code_challenge_method ?? 'plain';
		if (!q.code_challenge) return fail('invalid_request', 'code_challenge is required');
		if (method !== 'S256' && method !== 'plain') {
			return fail('invalid_request', 'code_challenge_method must be S256 or plain');
		}
		const code = randomId(32);
		this.codes.set(code, {
			clientId: client.clientId,
			redirectUri: q.redirect_uri,
			challenge: q.code_challenge,
			method,
			accountId: this.consentAccountId,
			expiresAt: this.now() + CODE_TTL_MS,
		});
		return redirect(q.redirect_uri, { code, state: q.state });
	}

	token(request: ApiRequest): Reply {
		if (request.method !== 'POST') {
			return oauthError(405, 'invalid_request', `${request.method} is not allowed here`);
		}
		const fields = bodyFields(request.body);
		if (!fields) return oauthError(400, 'invalid_request', 'The body must be a form or JSON');
		const clientId = presentedClientId(request.headers, fields);
		if (!clientId) return oauthError(400, 'invalid_request', 'client_id is required');
		if (!this.clients.has(clientId)) {
			return oauthError(401, 'invalid_client', `Unknown client_id ${clientId}`);
		}
		if (fields.grant_type === 'authorization_code') return this.exchangeCode(fields, clientId);
		if (fields.grant_type === 'refresh_token') {
			if (!fields.refresh_token) {
				return oauthError(400, 'invalid_request', 'refresh_token is required');
			}
			const pair = this.tokens.rotate(fields.refresh_token, clientId);
			if (pair === 'wrongClient') {
				return oauthError(400, 'invalid_grant', 'The refresh token was issued to another client');
			}
			if (!pair) return oauthError(400, 'invalid_grant', 'The refresh token is invalid or used');
			return tokenResponse(pair);
		}
		return oauthError(
			400,
			'unsupported_grant_type',
			`grant_type ${fields.grant_type ?? '(none)'} is not supported`,
		);
	}

	register(request: ApiRequest): Reply {
		if (request.method !== 'POST') {
			return oauthError(405, 'invalid_request', `${request.method} is not allowed here`);
		}
		const body = request.body.kind === 'json' ? request.body.value : undefined;
		if (!isRecord(body)) {
			return oauthError(400, 'invalid_client_metadata', 'The body must be a JSON object');
		}
		const uris = body.redirect_uris;
		if (!Array.isArray(uris) || uris.length === 0 || !uris.every(isHttpUrl)) {
			return oauthError(400, 'invalid_redirect_uri', 'redirect_uris must list http(s) URLs');
		}
		const method = body.token_endpoint_auth_method ?? 'none';
		if (method !== 'none') {
			return oauthError(
				400,
				'invalid_client_metadata',
				'Only public clients (token_endpoint_auth_method none) can register',
			);
		}
		const client: Client = {
			clientId: `mcp_${randomId(43)}`,
			clientName: typeof body.client_name === 'string' ? body.client_name : undefined,
			redirectUris: [...(uris as string[])],
			issuedAt: Math.floor(this.now() / 1000),
		};
		this.clients.set(client.clientId, client);
		return json(201, {
			client_id: client.clientId,
			client_id_issued_at: client.issuedAt,
			client_name: client.clientName ?? '',
			redirect_uris: client.redirectUris,
			grant_types: ['authorization_code', 'refresh_token'],
			response_types: ['code'],
			token_endpoint_auth_method: 'none',
			scope: IMAGINE_ART_SCOPE,
		});
	}

	setConsentAccount(accountId: string): void {
		if (!this.accountExists(accountId)) throw new Error(`no imagineArt account ${accountId}`);
		this.consentAccountId = accountId;
	}

	private exchangeCode(fields: Record<string, string>, clientId: string): Reply {
		const pending = fields.code ? this.codes.get(fields.code) : undefined;
		// RFC 6749 §4.1.2: a code is used once; a second try fails.
		if (fields.code) this.codes.delete(fields.code);
		if (!pending || this.now() >= pending.expiresAt) {
			return oauthError(400, 'invalid_grant', 'The authorization code is invalid, expired or used');
		}
		if (pending.clientId !== clientId) {
			return oauthError(400, 'invalid_grant', 'The code was issued to another client');
		}
		if (fields.redirect_uri !== pending.redirectUri) {
			return oauthError(400, 'invalid_grant', 'redirect_uri does not match the authorize request');
		}
		if (!fields.code_verifier)
			return oauthError(400, 'invalid_request', 'code_verifier is required');
		if (pkceChallenge(fields.code_verifier, pending.method) !== pending.challenge) {
			return oauthError(400, 'invalid_grant', 'code_verifier does not match the code_challenge');
		}
		return tokenResponse(this.tokens.issue(pending.accountId, clientId));
	}
}

/** RFC 6749 §5.1. */
function tokenResponse(pair: ImagineArtTokenPair): Reply {
	return {
		status: 200,
		headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
		body: {
			access_token: pair.accessToken,
			token_type: 'Bearer',
			expires_in: pair.expiresIn,
			refresh_token: pair.refreshToken,
			scope: IMAGINE_ART_SCOPE,
		},
	};
}
