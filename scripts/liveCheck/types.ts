export type Mark = '✔' | '✘' | '?';

/** What a provider answered to one GET. */
export interface Answer {
	status: number;
	/** Parsed JSON, or undefined when the body is empty or not JSON. */
	body: unknown;
	headers: Headers;
}

export interface Verdict {
	mark: Mark;
	/** What was seen, on one line; never a secret (the output redacts them all the same). */
	seen: string;
	/** The provider refused the key: its later checks are skipped and the exit code is 1. */
	keyRejected?: boolean;
}

export interface Check {
	/** The assumption the package makes, naming the request, e.g. "GET /v1/user/balance answers …". */
	assumption: string;
	/** Path and query under the provider's base URL. */
	path: string;
	/** Only GET is ever sent: any other method is refused before a request leaves (readOnlyGet.ts). */
	method?: string;
	judge(answer: Answer): Verdict;
}

/** One provider's live check: adding a provider is one file exporting one of these. */
export interface ProviderChecks {
	name: string;
	/** The environment variable holding the user's key; unset or empty = skip the provider. */
	keyEnv: string;
	baseUrlEnv: string;
	defaultBaseUrl: string;
	authHeaders(key: string): Record<string, string>;
	checks: readonly Check[];
}
