import { randomId } from './http';
import type { ImagineArtTokenPair } from './types';

/** Access-token lifetime: RFC 6749's `expires_in`; ImagineArt's own value is not published. */
export const IMAGINE_ART_ACCESS_TOKEN_TTL_SECONDS = 3600;

interface AccessToken {
	accountId: string;
	clientId: string;
	expiresAt: number;
	/** Set by `expireAll`: how the API answers this token from then on. */
	revokedAs?: 401 | 406;
}

interface RefreshToken {
	accountId: string;
	clientId: string;
}

export type BearerCheck =
	| { ok: true; accountId: string }
	| { ok: false; reason: 'unknown' | 'expired' | 'revoked401' | 'revoked406' };

function base64Url(value: unknown): string {
	return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * The tokens the sandbox's ImagineArt auth server has issued. Access tokens look like the JWTs
 * ImagineArt issues (a header, a payload with `sub` and `exp`, a signature) but are opaque here:
 * only this store says whether one is valid.
 */
export class ImagineArtTokens {
	private readonly access = new Map<string, AccessToken>();
	private readonly refresh = new Map<string, RefreshToken>();

	constructor(private readonly now: () => number) {}

	/**
	 * What `reset()` does: grants live on, as a real auth server's do (a connected n8n credential
	 * keeps working from test to test); only the expiries a test forced are undone.
	 */
	restoreExpired(): void {
		for (const token of this.access.values()) delete token.revokedAs;
	}

	issue(accountId: string, clientId: string): ImagineArtTokenPair {
		const issuedAt = Math.floor(this.now() / 1000);
		const expiresIn = IMAGINE_ART_ACCESS_TOKEN_TTL_SECONDS;
		const header = base64Url({ alg: 'HS256', typ: 'JWT' });
		const payload = base64Url({
			sub: accountId,
			client_id: clientId,
			scope: 'mcp:tools',
			iat: issuedAt,
			exp: issuedAt + expiresIn,
			jti: randomId(16),
		});
		const accessToken = `${header}.${payload}.${randomId(43)}`;
		const refreshToken = `rt_${randomId(48)}`;
		this.access.set(accessToken, {
			accountId,
			clientId,
			expiresAt: this.now() + expiresIn * 1000,
		});
		this.refresh.set(refreshToken, { accountId, clientId });
		return { accessToken, refreshToken, expiresIn };
	}

	/** A new pair for a refresh token, which is used up (rotation); undefined when unknown. */
	rotate(refreshToken: string, clientId: string): ImagineArtTokenPair | 'wrongClient' | undefined {
		const grant = this.refresh.get(refreshToken);
		if (!grant) return undefined;
		if (grant.clientId !== clientId) return 'wrongClient';
		this.refresh.delete(refreshToken);
		return this.issue(grant.accountId, grant.clientId);
	}

	check(accessToken: string): BearerCheck {
		const token = this.access.get(accessToken);
		if (!token) return { ok: false, reason: 'unknown' };
		if (token.revokedAs === 401) return { ok: false, reason: 'revoked401' };
		if (token.revokedAs === 406) return { ok: false, reason: 'revoked406' };
		if (this.now() >= token.expiresAt) return { ok: false, reason: 'expired' };
		return { ok: true, accountId: token.accountId };
	}

	/** Every access token issued so far stops working; refresh tokens keep working. */
	expireAll(status: 401 | 406): void {
		for (const token of this.access.values()) token.revokedAs = status;
	}
}
