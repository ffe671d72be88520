import { assertGet, readOnlyGet } from './readOnlyGet';
import type { Target } from './target';
import type { Mark } from './types';
import { userAgent } from './version';

export interface ProviderOutcome {
	marks: Mark[];
	/** Why the run must exit 1: the key was rejected or the host gave no answer. */
	failure?: string;
}

function noAnswer(error: unknown, timeoutMs: number): string {
	if (error instanceof Error && error.name === 'TimeoutError') {
		return `no answer within ${timeoutMs / 1000} s`;
	}
	const message = error instanceof Error ? error.message : String(error);
	// fetch's own message is "fetch failed": the cause says what happened (ECONNREFUSED, ENOTFOUND…)
	const cause =
		error instanceof Error ? (error.cause as { code?: unknown; message?: unknown }) : undefined;
	const reason = typeof cause?.code === 'string' ? cause.code : cause?.message;
	return `no answer: ${typeof reason === 'string' ? `${message} (${reason})` : message}`;
}

/** Runs one provider's checks in order, printing one verdict line each. */
export async function runProvider(
	target: Extract<Target, { kind: 'ready' }>,
	say: (line: string) => void,
	timeoutMs: number,
): Promise<ProviderOutcome> {
	const { provider, baseUrl, key } = target;
	const values = { ...target.options };
	const baseOf = (name: string | undefined): string =>
		name === undefined
			? baseUrl
			: (target.otherBaseUrls?.[name] ?? provider.otherBaseUrls?.[name]?.defaultUrl ?? baseUrl);
	const headers = {
		...provider.authHeaders(key),
		Accept: 'application/json',
		'User-Agent': userAgent(),
	};
	const marks: Mark[] = [];
	for (const [index, check] of provider.checks.entries()) {
		assertGet(check.method);
		const skipped = (why: string): string => {
			const left = provider.checks.length - index - 1;
			if (left > 0) say(`  skipped the other ${left} check(s): ${why}`);
			return why;
		};
		const path = typeof check.path === 'string' ? check.path : check.path(values);
		if (path === undefined) {
			say(`  ? ${check.assumption}: not sent: an earlier check found nothing to ask for`);
			marks.push('?');
			continue;
		}
		const checkBase = baseOf(check.baseUrl);
		let answer;
		try {
			answer = await readOnlyGet({
				url: `${checkBase}${path}`,
				method: check.method,
				headers,
				timeoutMs,
			});
		} catch (error) {
			const seen = noAnswer(error, timeoutMs);
			say(`  ✘ ${check.assumption}: ${seen}`);
			marks.push('✘');
			return { marks, failure: skipped(`${provider.name} at ${checkBase} gave ${seen}`) };
		}
		const verdict = check.judge(answer, values);
		say(`  ${verdict.mark} ${check.assumption}: ${verdict.seen}`);
		marks.push(verdict.mark);
		if (verdict.keyRejected) {
			return { marks, failure: skipped(`${provider.name} rejected the key (${answer.status})`) };
		}
	}
	return { marks };
}
