import type { CheckValues, ProviderChecks } from './types';

export type Target =
	| {
			kind: 'unset';
			provider: ProviderChecks;
			baseUrl: string;
			otherBaseUrls?: Record<string, string>;
	  }
	| { kind: 'invalid'; provider: ProviderChecks; baseUrl: string; reason: string }
	| {
			kind: 'ready';
			provider: ProviderChecks;
			baseUrl: string;
			key: string;
			/** The provider's `otherBaseUrls`, resolved; absent = their defaults. */
			otherBaseUrls?: Record<string, string>;
			options?: CheckValues;
	  };

function trimmed(value: string | undefined, fallback: string): string {
	return (value?.trim() || fallback).replace(/\/+$/, '');
}

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
	const baseUrl = trimmed(env[provider.baseUrlEnv], provider.defaultBaseUrl);
	const others = Object.entries(provider.otherBaseUrls ?? {});
	const otherBaseUrls = Object.fromEntries(
		others.map(([name, { env: variable, defaultUrl }]) => [
			name,
			trimmed(env[variable], defaultUrl),
		]),
	);
	const key = env[provider.keyEnv]?.trim() ?? '';
	if (key === '') return { kind: 'unset', provider, baseUrl, otherBaseUrls };
	const invalid = (reason: string): Target => ({ kind: 'invalid', provider, baseUrl, reason });
	const keyProblem = provider.keyProblem?.(key);
	if (keyProblem) return invalid(`${provider.keyEnv} ${keyProblem}`);
	for (const [variable, url] of [
		[provider.baseUrlEnv, baseUrl],
		...others.map(([name, { env: other }]) => [other, otherBaseUrls[name]]),
	]) {
		const problem = baseUrlProblem(url);
		if (problem) return invalid(`${variable} ${problem}`);
	}
	const options: CheckValues = {};
	for (const [name, variable] of Object.entries(provider.optionEnvs ?? {})) {
		const value = env[variable]?.trim();
		if (value) options[name] = value;
	}
	return { kind: 'ready', provider, baseUrl, key, otherBaseUrls, options };
}

/** Every key in the environment, for redaction: including those of providers not checked. */
export function secretsIn(providers: readonly ProviderChecks[], env: NodeJS.ProcessEnv): string[] {
	return providers.map((provider) => env[provider.keyEnv]?.trim() ?? '').filter(Boolean);
}
