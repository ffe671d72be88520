import type { Answer, Verdict } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "jane.doe@example.com" → "j***@e***.com": enough to recognise the account, not to read it. */
export function maskEmail(value: unknown): string {
	const match = typeof value === 'string' ? /^(.)[^@]*@(.)[^@]*?(\.[^.@]+)?$/.exec(value) : null;
	return match ? `${match[1]}***@${match[2]}***${match[3] ?? ''}` : '***';
}

/** The keys of a JSON body, never its values (they may hold personal data). */
export function shapeOf(body: unknown): string {
	if (isRecord(body)) return `{${Object.keys(body).join(', ')}}`;
	if (Array.isArray(body)) return `an array of ${body.length}`;
	if (body === undefined) return 'no JSON body';
	return `a JSON ${typeof body}`;
}

/** The provider's own words: Gamma's and Stability v1's `message`, Stability v2beta's `errors`. */
export function messageOf(body: unknown): string | undefined {
	if (!isRecord(body)) return undefined;
	const raw = Array.isArray(body.errors) ? body.errors.join('; ') : body.message;
	if (typeof raw !== 'string' || raw.trim() === '') return undefined;
	const line = raw.replace(/\s+/g, ' ').trim();
	return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Status, body shape, message and request id (Gamma asks to quote it): for answers no check expected. */
export function describeAnswer(answer: Answer): string {
	const parts = [`${answer.status}`, shapeOf(answer.body)];
	const message = messageOf(answer.body);
	if (message) parts.push(`"${message}"`);
	const location = answer.headers.get('location');
	if (location) parts.push(`redirect to ${location}`);
	const requestId = answer.headers.get('x-request-id');
	if (requestId) parts.push(`x-request-id ${requestId}`);
	return parts.join(', ');
}

export function unexpected(answer: Answer, what = 'unexpected'): Verdict {
	return { mark: '?', seen: `${what}: ${describeAnswer(answer)}` };
}

/** 401 or 403: the key is refused; the provider's message says why. */
export function rejected(answer: Answer): Verdict {
	const message = messageOf(answer.body);
	return {
		mark: '✘',
		seen: `key rejected: ${answer.status}${message ? ` "${message}"` : ''}`,
		keyRejected: true,
	};
}
