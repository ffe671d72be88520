import { GAMMA_BALANCE_PROBE_ID } from '../../nodes/shared/providers/registry';
import { isRecord, maskEmail, rejected, shapeOf, unexpected } from './shape';
import type { Answer, Check, ProviderChecks, Verdict } from './types';

/** The fields Gamma's node team saw on the undocumented `GET /v1.0/me`. */
const ME_FIELDS = [
	'email',
	'displayName',
	'workspaceName',
	'maxGenerateCards',
	'availableImageModels',
] as const;

const PROBE_PATH = `/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}`;

const credentialTest: Check = {
	assumption: 'the credential test (GET /v1.0/themes?limit=1) accepts the key',
	path: '/v1.0/themes?limit=1',
	judge(answer) {
		if (answer.status === 200) return { mark: '✔', seen: 'key accepted (200)' };
		if (answer.status === 401 || answer.status === 403) return rejected(answer);
		return unexpected(answer, 'other');
	},
};

function meField(name: (typeof ME_FIELDS)[number], value: unknown): string {
	if (name === 'email') return `email (${maskEmail(value)})`;
	if (name === 'maxGenerateCards') return `maxGenerateCards ${String(value)}`;
	if (name === 'availableImageModels' && Array.isArray(value)) {
		return `availableImageModels (${value.length})`;
	}
	return name;
}

const me: Check = {
	assumption: 'GET /v1.0/me (undocumented) describes the account',
	path: '/v1.0/me',
	judge(answer) {
		// Gamma checks the key before it routes: after the credential test's 200, a 401 here
		// means there is no such route, as a 404 does.
		if (answer.status === 404 || answer.status === 401) {
			return { mark: '✘', seen: `absent (${answer.status})` };
		}
		if (answer.status !== 200 || !isRecord(answer.body)) return unexpected(answer);
		const body = answer.body;
		const seen = ME_FIELDS.filter((name) => body[name] !== undefined);
		if (seen.length === 0) return unexpected(answer, 'none of the expected fields');
		const missing = ME_FIELDS.filter((name) => body[name] === undefined);
		const fields = seen.map((name) => meField(name, body[name])).join(', ');
		return {
			mark: '✔',
			seen: `present: ${fields}${missing.length ? `; not seen: ${missing.join(', ')}` : ''}`,
		};
	},
};

function probeVerdict(answer: Answer): Verdict {
	if (answer.status !== 404 || !isRecord(answer.body)) return unexpected(answer);
	const credits = answer.body.credits;
	if (isRecord(credits) && typeof credits.remaining === 'number') {
		return { mark: '✔', seen: `confirmed: 404 with credits.remaining ${credits.remaining}` };
	}
	if (credits !== undefined) return unexpected(answer, `credits is ${shapeOf(credits)}`);
	return {
		mark: '✘',
		seen:
			'not for this key: 404 with a message only. Check Balance with "Read From: Gamma\'s ' +
			'Not-Found Probe" will fail for this key; use "Read From: A Recent Generation"',
	};
}

const balanceProbe: Check = {
	assumption: `the 404 for an unknown generation id (GET ${PROBE_PATH}) carries credits.remaining`,
	path: PROBE_PATH,
	judge: probeVerdict,
};

function themesVerdict(answer: Answer): Verdict {
	if (answer.status !== 200 || !isRecord(answer.body)) return unexpected(answer);
	const { data, hasMore, nextCursor } = answer.body;
	const cursorOk = typeof nextCursor === 'string' || nextCursor === null;
	if (!Array.isArray(data) || typeof hasMore !== 'boolean' || !cursorOk) {
		return unexpected(answer, 'another shape');
	}
	if (hasMore && nextCursor === null)
		return unexpected(answer, 'hasMore true without a nextCursor');
	const custom = data.filter((theme) => isRecord(theme) && theme.type === 'custom').length;
	return {
		mark: '✔',
		seen:
			`${data.length} themes (${data.length - custom} standard, ${custom} custom), ` +
			`hasMore ${hasMore}, nextCursor ${nextCursor === null ? 'null' : 'set'}`,
	};
}

const themesPage: Check = {
	assumption: 'a page of themes (GET /v1.0/themes?limit=50) is {data[], hasMore, nextCursor}',
	path: '/v1.0/themes?limit=50',
	judge: themesVerdict,
};

/**
 * Shapes: https://developers.gamma.app/workspace/list-themes and
 * https://developers.gamma.app/reference/error-codes. `/v1.0/me` is undocumented; Gamma's node team
 * confirmed its keys live (https://github.com/gamma-app/n8n-nodes-gamma, CHANGELOG.md 0.3.0).
 */
export const gamma: ProviderChecks = {
	name: 'Gamma',
	keyEnv: 'GAMMA_API_KEY',
	baseUrlEnv: 'GAMMA_BASE_URL',
	defaultBaseUrl: 'https://public-api.gamma.app',
	authHeaders: (key) => ({ 'X-API-KEY': key }),
	checks: [credentialTest, me, balanceProbe, themesPage],
};
