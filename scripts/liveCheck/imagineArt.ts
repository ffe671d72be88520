import { isRecord, messageOf, rejected, unexpected } from './shape';
import type { Answer, Check, CheckValues, ProviderChecks, Verdict } from './types';

/** Keys of a token entry that might say which pool (free, subscription, top-up) it is. */
const KIND_KEYS = ['type', 'kind', 'source', 'category', 'plan_type', 'token_type', 'name'];

/**
 * ImagineArt answers a bad token with 400 code 1000 (missing), 401 code 1001 (invalid) or
 * 406 code 1002 (expired) (https://docs.imagine.art/troubleshooting/error-documentation).
 */
function tokenRefused(answer: Answer): Verdict | undefined {
	const code = isRecord(answer.body) ? answer.body.code : undefined;
	if (answer.status === 406 || code === 1002) {
		return {
			...rejected(answer),
			seen: `token expired: ${answer.status} code 1002; get a fresh one`,
		};
	}
	if (answer.status === 401 || code === 1000 || code === 1001) {
		return rejected(answer);
	}
	return undefined;
}

const organizations: Check = {
	assumption: 'GET {teams}/v1/org lists the organizations as {data: [{id, name, is_primary}]}',
	path: '/v1/org',
	baseUrl: 'teams',
	judge(answer, values) {
		const refused = tokenRefused(answer);
		if (refused) return refused;
		const data = isRecord(answer.body) ? answer.body.data : undefined;
		if (answer.status !== 200 || !Array.isArray(data)) return unexpected(answer);
		const orgs = data.filter(isRecord);
		const primary = orgs.filter((org) => org.is_primary === true);
		const keys = orgs[0] ? Object.keys(orgs[0]).join(', ') : 'none';
		const parts = [`${orgs.length} organizations (entry keys: ${keys})`];
		parts.push(
			primary.length === 1 ? 'one marked is_primary' : `${primary.length} marked is_primary`,
		);
		const ids = orgs.map((org) => String(org.id));
		let mark: Verdict['mark'] = orgs.length > 0 && primary.length === 1 ? '✔' : '✘';
		if (values.orgId) {
			const member = ids.includes(values.orgId);
			parts.push(`IMAGINEART_ORG_ID is ${member ? '' : 'not '}one of them`);
			if (!member) mark = '✘';
		} else {
			const chosen = primary[0] ?? orgs[0];
			if (chosen?.id !== undefined) values.orgId = String(chosen.id);
			parts.push(
				primary[0] ? 'the balance is read for the primary' : 'the balance is read for the first',
			);
		}
		return { mark, seen: parts.join(', ') };
	},
};

function tokensSeen(tokens: unknown[]): string {
	if (tokens.length === 0) return 'tokens: none';
	const entries = tokens.filter(isRecord);
	const keys = [...new Set(entries.flatMap((entry) => Object.keys(entry)))];
	const kinds = KIND_KEYS.filter((key) => keys.includes(key));
	const planIds = [...new Set(entries.map((entry) => String(entry.plan_id)))];
	const kindLine = kinds.length
		? `a field may tell their kind: ${kinds
				.map(
					(key) =>
						`${key} (${[...new Set(entries.map((entry) => String(entry[key])))].join(', ')})`,
				)
				.join('; ')}`
		: 'no field tells their kind';
	return (
		`tokens: ${tokens.length} entries with keys {${keys.join(', ')}}` +
		(keys.includes('plan_id') ? `, plan_id values ${planIds.join(', ')}` : '') +
		`; ${kindLine}`
	);
}

const balance: Check = {
	assumption: 'GET {api}/v1/credit?org_id= answers {total, tokens: [...]}',
	path: (values: CheckValues) =>
		values.orgId === undefined
			? undefined
			: `/v1/credit?org_id=${encodeURIComponent(values.orgId)}`,
	judge(answer) {
		const refused = tokenRefused(answer);
		if (refused) return refused;
		// After the organizations answered, a 403 is about the org_id, not the token (assumed).
		if (answer.status === 403) return unexpected(answer, 'refused for this organization');
		const body = answer.body;
		if (answer.status !== 200 || !isRecord(body) || typeof body.total !== 'number') {
			return unexpected(answer);
		}
		const others = Object.keys(body).filter((key) => key !== 'total' && key !== 'tokens');
		const message = messageOf(body);
		const tokens = Array.isArray(body.tokens) ? tokensSeen(body.tokens) : 'no tokens array';
		return {
			mark: Array.isArray(body.tokens) ? '✔' : '✘',
			seen:
				`total ${body.total}; ${tokens}` +
				(others.length ? `; other keys: ${others.join(', ')}` : '') +
				(message ? ` ("${message}")` : ''),
		};
	},
};

/**
 * The app account's API with an OAuth2 access token (Vyro-ai/n8n-nodes-imagineart:
 * nodes/ImagineArt/transport/constants.ts, methods/loadOptions.ts, shared.ts). The developer API's
 * `vk-…` keys have no balance endpoint, so they are refused before anything is sent.
 */
export const imagineArt: ProviderChecks = {
	name: 'ImagineArt',
	keyEnv: 'IMAGINEART_ACCESS_TOKEN',
	baseUrlEnv: 'IMAGINEART_BASE_URL',
	defaultBaseUrl: 'https://imagine.vyro.ai',
	otherBaseUrls: {
		teams: { env: 'IMAGINEART_TEAMS_URL', defaultUrl: 'https://teams-imagine.vyro.ai' },
	},
	optionEnvs: { orgId: 'IMAGINEART_ORG_ID' },
	keyProblem: (key) =>
		key.startsWith('vk-')
			? 'holds a developer API key (vk-…): the developer API has no balance endpoint; use an OAuth2 access token of the ImagineArt app account'
			: undefined,
	authHeaders: (key) => ({ Authorization: `Bearer ${key}` }),
	checks: [organizations, balance],
};
