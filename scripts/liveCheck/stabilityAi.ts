import { packageVersion } from './version';
import { isRecord, maskEmail, rejected, unexpected } from './shape';
import type { Check, ProviderChecks } from './types';

const account: Check = {
	assumption: 'GET /v1/user/account accepts the key and lists its organizations',
	path: '/v1/user/account',
	judge(answer) {
		if (answer.status === 401 || answer.status === 403) return rejected(answer);
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
		const credits = isRecord(answer.body) ? answer.body.credits : undefined;
		if (answer.status !== 200 || typeof credits !== 'number') return unexpected(answer);
		return { mark: '✔', seen: `credits ${credits}` };
	},
};

/** https://platform.stability.ai/docs/api-reference (v1 user endpoints). */
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
