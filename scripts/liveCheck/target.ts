import type { ProviderChecks } from './types';

export type Target =
	| { kind: 'unset'; provider: ProviderChecks; baseUrl: string }
	| { kind: 'invalid'; provider: ProviderChecks; baseUrl: string; reason: string }
	| { kind: 'ready'; provider: ProviderChecks; baseUrl: string; key: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function baseUrlProblem(baseUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		return 'is not a URL';
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'is not http(s)';
	if (url.username || url.password) return 'holds a user name or password';
	// The key travels in a header: over plain http only to this machine (e.g. the sandbox).
	if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
		return 'is plain http to another machine: the key would travel unencrypted; use https';
	}
	return undefined;
}

export function resolveTarget(provider: ProviderChecks, env: NodeJS.ProcessEnv): Target {
	const baseUrl = (env[provider.baseUrlEnv]?.trim() || provider.defaultBaseUrl).replace(/\/+$/, '');
	const key = env[provider.keyEnv]?.trim() ?? '';
	if (key === '') return { kind: 'unset', provider, baseUrl };
	const problem = baseUrlProblem(baseUrl);
	if (problem) {
		return { kind: 'invalid', provider, baseUrl, reason: `${provider.baseUrlEnv} ${problem}` };
	}
	return { kind: 'ready', provider, baseUrl, key };
}

/** Every key in the environment, for redaction: including those of providers not checked. */
export function secretsIn(providers: readonly ProviderChecks[], env: NodeJS.ProcessEnv): string[] {
	return providers.map((provider) => env[provider.keyEnv]?.trim() ?? '').filter(Boolean);
}
