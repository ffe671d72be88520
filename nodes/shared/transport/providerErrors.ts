import type { IDataObject } from 'n8n-workflow';
import { PROVIDERS, type Provider } from '../providers/registry';

export interface ErrorText {
	message: string;
	description: string;
	/** The provider declined for lack of credits (so nothing was spent). */
	outOfCredits?: boolean;
}

/**
 * The provider's own words from any of the three error shapes: Gamma `{ message, statusCode }`
 * (https://developers.gamma.app/reference/error-codes); Stability AI v1 `{ id, name, message }`
 * and v2beta `{ id, name, errors }` (https://platform.stability.ai/docs/api-reference); ImagineArt
 * `{ status, code, error, message }` (ImagineArt's developer API reference, as transcribed in
 * https://github.com/tryAGI/ImagineArt, src/libs/ImagineArt/openapi.yaml).
 */
export function providerMessage(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return typeof body === 'string' ? body : undefined;
	const data = body as IDataObject;
	if (Array.isArray(data.errors) && data.errors.length) return data.errors.join('; ');
	if (typeof data.message === 'string') return data.message;
	if (typeof data.error === 'string') return data.error;
	return undefined;
}

export function isOutOfCredits(provider: Provider, status: number, body: unknown): boolean {
	const data = (body ?? {}) as IDataObject;
	if (status === 402) return true;
	if (provider === 'imagineArt') return data.code === 1101;
	if (provider === 'gamma' && status === 403) return /credit/i.test(providerMessage(body) ?? '');
	return false;
}

const RECONNECT =
	'Reconnect the ImagineArt OAuth2 credential of this node (open it and sign in again), then run again.';

/**
 * ImagineArt's own error codes (`{status, code, error, message}`; codes as ImagineArt's developer
 * API reference lists them, transcribed in github.com/tryAGI/ImagineArt): the ones a user acts on.
 */
const IMAGINE_ART_CODES: Readonly<Record<number, (quote: string) => ErrorText>> = {
	1000: (quote) => ({
		message: `ImagineArt got no sign-in token (1000)${quote}`,
		description: RECONNECT,
	}),
	1001: (quote) => ({
		message: `ImagineArt did not accept the sign-in (1001)${quote}`,
		description: `${RECONNECT} A vk- developer key cannot read app credits: use the OAuth2 credential.`,
	}),
	1002: (quote) => ({
		message: `The ImagineArt sign-in has expired (1002)${quote}`,
		description: RECONNECT,
	}),
	1003: (quote) => ({
		message: `ImagineArt asks for a captcha (1003)${quote}`,
		description: `Sign in at https://imagine.art in a browser and solve it. ${RECONNECT}`,
	}),
	1004: (quote) => ({
		message: `ImagineArt asks for a captcha (1004)${quote}`,
		description: `Sign in at https://imagine.art in a browser and solve it. ${RECONNECT}`,
	}),
};

/** What happened and what the user can do, for a provider's HTTP error status. */
export function describeHttpError(
	provider: Provider,
	status: number,
	body: unknown,
	headers: Record<string, unknown>,
): ErrorText {
	const { displayName, billingHint } = PROVIDERS[provider];
	const said = providerMessage(body);
	const quote = said ? `: ${said}` : '';
	const code = (body as IDataObject | undefined)?.code;
	if (
		provider === 'imagineArt' &&
		typeof code === 'number' &&
		Object.hasOwn(IMAGINE_ART_CODES, code)
	) {
		return IMAGINE_ART_CODES[code](quote);
	}
	if (status === 401) {
		return {
			message: `${displayName} rejected the API key (401)${quote}`,
			description: `Check the API key in the ${displayName} credential of this node.`,
		};
	}
	if (isOutOfCredits(provider, status, body)) {
		return {
			message: `Not enough ${displayName} credits (${status})${quote}`,
			description: billingHint,
			outOfCredits: true,
		};
	}
	if (status === 403) {
		return {
			message: `${displayName} refused the request (403)${quote}`,
			description: `The API key may not have access to this: check the plan it belongs to, and any organization set in the credential. ${billingHint}`,
		};
	}
	if (status === 429) {
		return {
			message: `${displayName} is rate-limiting requests (429)${quote}`,
			description: 'Wait a minute and run again, or send fewer requests at once.',
		};
	}
	if (status >= 500) {
		const requestId = headers['x-request-id'];
		return {
			message: `${displayName} had a server error (${status})${quote}`,
			description:
				`The provider failed, not your input. Try again later.` +
				(requestId ? ` Quote request id ${String(requestId)} to ${displayName} support.` : ''),
		};
	}
	return {
		message: `${displayName} answered ${status}${quote}`,
		description: 'Check the node parameters against the provider documentation.',
	};
}
