import { STATUS_CODES } from 'node:http';
import { json, type Reply } from './http';

/**
 * ImagineArt's documented error codes (https://docs.imagine.art/troubleshooting/error-documentation):
 * 1000 → 400 bearer token missing, 1001 → 401 invalid, 1002 → 406 expired, 1003/1004 captcha,
 * 1100 → 400 invalid request, 1101 → 402 not enough tokens, 1200 → 503, 1202 → 429.
 */
export const IMAGINE_ART_CODES = {
	missingToken: 1000,
	invalidToken: 1001,
	expiredToken: 1002,
	invalidRequest: 1100,
	notEnoughCredits: 1101,
	serviceUnavailable: 1200,
	tooManyRequests: 1202,
} as const;

/** A status's code when the caller names none: documented ones first, then the sandbox's choice. */
function defaultCode(status: number): number {
	const documented: Record<number, number> = {
		400: IMAGINE_ART_CODES.invalidRequest,
		401: IMAGINE_ART_CODES.invalidToken,
		402: IMAGINE_ART_CODES.notEnoughCredits,
		406: IMAGINE_ART_CODES.expiredToken,
		429: IMAGINE_ART_CODES.tooManyRequests,
		503: IMAGINE_ART_CODES.serviceUnavailable,
	};
	// 403, 404 and other 5xx have no documented code: the sandbox's choice.
	return documented[status] ?? (status >= 500 ? 1500 : 1300);
}

/**
 * `{status: "error", code, error, message}`, the documented error schema. `error` is the status
 * name as the docs' tables write it (`BadRequest`, `PaymentRequired`, `TooManyRequests`).
 */
export function imagineArtError(
	status: number,
	message: string,
	code = defaultCode(status),
): Reply {
	return json(status, {
		status: 'error',
		code,
		error: (STATUS_CODES[status] ?? 'Error').replace(/[^A-Za-z]/g, ''),
		message,
	});
}
