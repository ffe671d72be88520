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

/**
 * What the checks of one provider share: its options from the environment (`optionEnvs`) and
 * what earlier checks found (e.g. which organization to ask for). Never printed.
 */
export type CheckValues = Record<string, string>;

export interface Check {
	/** The assumption the package makes, naming the request, e.g. "GET /v1/user/balance answers …". */
	assumption: string;
	/**
	 * Path and query under the base URL, or made from what earlier checks found; undefined: the
	 * request cannot be made (the verdict line says so, with `?`).
	 */
	path: string | ((values: CheckValues) => string | undefined);
	/** One of the provider's `otherBaseUrls`; default its own base URL. */
	baseUrl?: string;
	/** Only GET is ever sent: any other method is refused before a request leaves (readOnlyGet.ts). */
	method?: string;
	/** May record what later checks need in `values`. */
	judge(answer: Answer, values: CheckValues): Verdict;
}

/** One provider's live check: adding a provider is one file exporting one of these. */
export interface ProviderChecks {
	name: string;
	/** The environment variable holding the user's key; unset or empty = skip the provider. */
	keyEnv: string;
	baseUrlEnv: string;
	defaultBaseUrl: string;
	/** More hosts, each with its own environment variable, e.g. ImagineArt's teams API. */
	otherBaseUrls?: Record<string, { env: string; defaultUrl: string }>;
	/** Optional settings: value name → environment variable (unset ones are left out). */
	optionEnvs?: Record<string, string>;
	/** Why a key cannot work at all (checked before anything is sent), or undefined. */
	keyProblem?(key: string): string | undefined;
	authHeaders(key: string): Record<string, string>;
	checks: readonly Check[];
}
