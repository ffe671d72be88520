/**
 * The network error code (ECONNREFUSED, ECONNRESET, …) behind an error thrown by
 * httpRequestWithAuthentication. n8n wraps axios errors in a NodeApiError that, depending on
 * the version, keeps the code on `cause`, only in `messages` ("connect ECONNREFUSED …"), or
 * only as its fixed descriptive message for that code.
 */
const N8N_DESCRIPTIVE_MESSAGES: Array<[string, string]> = [
	['refused the connection', 'ECONNREFUSED'],
	['closed unexpectedly', 'ECONNRESET'],
	['socket hang up', 'ECONNRESET'],
	['connection timed out', 'ETIMEDOUT'],
	['connection was aborted', 'ECONNABORTED'],
	['DNS server returned an error', 'EAI_AGAIN'],
	['host is unreachable', 'EHOSTUNREACH'],
	['incorrect host (domain)', 'ENOTFOUND'],
];

const CODE_PATTERN = /\b(E[A-Z][A-Z_]{2,})\b/;

export function networkErrorCode(error: unknown): string | undefined {
	const texts: string[] = [];
	let current = error as { code?: unknown; cause?: unknown; message?: unknown; messages?: unknown };
	for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
		if (typeof current.code === 'string' && CODE_PATTERN.test(current.code)) return current.code;
		if (Array.isArray(current.messages)) texts.push(...current.messages.map(String));
		if (typeof current.message === 'string') texts.push(current.message);
		current = current.cause as typeof current;
	}
	for (const text of texts) {
		const code = CODE_PATTERN.exec(text)?.[1];
		if (code) return code;
	}
	for (const text of texts) {
		if (/timeout of \d+ms exceeded/.test(text)) return 'ETIMEDOUT';
		const known = N8N_DESCRIPTIVE_MESSAGES.find(([phrase]) => text.includes(phrase));
		if (known) return known[1];
	}
	return undefined;
}
