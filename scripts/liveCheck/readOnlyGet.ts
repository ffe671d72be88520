import type { Answer } from './types';

export interface GetRequest {
	url: string;
	method?: string;
	headers: Record<string, string>;
	timeoutMs: number;
}

/**
 * The live check must never spend credits, so the one function that talks to a provider sends
 * GET and nothing else: the refusal happens before any connection is opened.
 */
export function assertGet(method: string | undefined): void {
	if (method !== undefined && method !== 'GET') {
		throw new Error(
			`live-check sends only GET requests: refused ${method} (it must never spend credits)`,
		);
	}
}

export async function readOnlyGet(request: GetRequest): Promise<Answer> {
	assertGet(request.method);
	const response = await fetch(request.url, {
		method: 'GET',
		headers: request.headers,
		// A redirect could carry X-API-KEY to another host: report it instead of following it.
		redirect: 'manual',
		signal: AbortSignal.timeout(request.timeoutMs),
	});
	const text = await response.text();
	return { status: response.status, body: parseJson(text), headers: response.headers };
}

function parseJson(text: string): unknown {
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
