import type { Reply } from './http';
import { IMAGINE_ART_CODES, imagineArtError } from './imagineArtErrors';
import type { ImagineArtTokens } from './imagineArtTokens';

/**
 * The app API's Bearer check (imagine.vyro.ai and teams-imagine.vyro.ai), with the documented
 * codes (https://docs.imagine.art/troubleshooting/error-documentation): missing → 400 code 1000,
 * invalid → 401 code 1001, expired → 406 code 1002.
 */
export function checkBearer(
	headers: Record<string, string>,
	tokens: ImagineArtTokens,
): { accountId: string } | { reply: Reply } {
	const token = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
	if (token === undefined) {
		return {
			reply: imagineArtError(
				400,
				'The bearer token is missing from the header.',
				IMAGINE_ART_CODES.missingToken,
			),
		};
	}
	if (token.startsWith('vk-')) {
		return {
			reply: imagineArtError(
				401,
				'The bearer token passed is invalid: developer API keys (vk-…) reach only the ' +
					'developer API (api.vyro.ai), not the app API; connect the app account with OAuth2.',
				IMAGINE_ART_CODES.invalidToken,
			),
		};
	}
	const check = tokens.check(token);
	if (check.ok) return { accountId: check.accountId };
	if (check.reason === 'expired' || check.reason === 'revoked406') {
		return {
			reply: imagineArtError(406, 'The bearer token has expired.', IMAGINE_ART_CODES.expiredToken),
		};
	}
	return {
		reply: imagineArtError(
			401,
			'The bearer token passed is invalid.',
			IMAGINE_ART_CODES.invalidToken,
		),
	};
}
