import { packageVersion } from './version';
import { isRecord, maskEmail, rejected, unexpected } from './shape';
import type { Answer, Check, ProviderChecks, Verdict } from './types';

/**
 * "150 requests per 10 seconds. Exceeding this limit results in a 429 response, followed by a
 * timeout lasting 60 seconds", and a request during the timeout starts it again
 * (https://stabilityplatform.freshdesk.com/support/solutions/articles/150000186026). No
 * Retry-After is documented: one more request now would only extend the lockout, so the check
 * stops (as a refused key does) and says how long to wait.
 */
function lockedOut(answer: Answer): Verdict | undefined {
	if (answer.status !== 429) return undefined;
	const retryAfter = answer.headers.get('retry-after');
	return {
		mark: '?',
		seen:
			'429: Stability has locked this key for 60 s (the limit is 150 requests per 10 s, and every request during the lockout restarts it)' +
			(retryAfter ? `; Retry-After ${retryAfter}` : '; no Retry-After') +
			'. Stopped without another request: wait at least 60 s before running again',
		keyRejected: true,
	};
}

const account: Check = {
	assumption: 'GET /v1/user/account accepts the key and lists its organizations',
	path: '/v1/user/account',
	judge(answer) {
		if (answer.status === 401 || answer.status === 403) return rejected(answer);
		const locked = lockedOut(answer);
		if (locked) return locked;
		if (answer.status !== 200 || !isRecord(answer.body)) return unexpected(answer);
		const { email, organizations } = answer.body;
		if (!Array.isArray(organizations)) return unexpected(answer, 'no organizations array');
		const hasDefault = organizations.some((org) => isRecord(org) && org.is_default === true);
		return {
			mark: '✔',
			seen:
				`key accepted: account ${maskEmail(email)}, ${organizations.length} organizations` +
				(hasDefault ? ', one marked is_default' : ', none marked is_default'),
		};
	},
};

const balance: Check = {
	assumption: 'GET /v1/user/balance answers {credits: number}',
	path: '/v1/user/balance',
	judge(answer) {
		if (answer.status === 401 || answer.status === 403) return rejected(answer);
		const locked = lockedOut(answer);
		if (locked) return locked;
		const credits = isRecord(answer.body) ? answer.body.credits : undefined;
		if (answer.status !== 200 || typeof credits !== 'number') return unexpected(answer);
		return { mark: '✔', seen: `credits ${credits}` };
	},
};

/**
 * https://platform.stability.ai/docs/api-reference (v1 user endpoints). Stability recommends the
 * Stability-Client-ID and Stability-Client-Version headers on every request.
 */
export const stabilityAi: ProviderChecks = {
	name: 'Stability AI',
	keyEnv: 'STABILITY_API_KEY',
	baseUrlEnv: 'STABILITY_BASE_URL',
	defaultBaseUrl: 'https://api.stability.ai',
	authHeaders: (key) => ({
		Authorization: `Bearer ${key}`,
		'Stability-Client-ID': 'n8n-nodes-ai-credits',
		'Stability-Client-Version': packageVersion(),
	}),
	checks: [account, balance],
};
