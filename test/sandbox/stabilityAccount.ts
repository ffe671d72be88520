import type { StabilityOrg } from './types';

/**
 * The account's organizations from ids: the first is the default (`is_default`), as the API
 * reference's example marks exactly one (le-si/platform, packages/sdk/src/OpenAPI/OpenAPI.json,
 * AccountResponseBody).
 */
export function stabilityOrgsFromIds(ids: readonly string[]): StabilityOrg[] {
	return ids.map((id, index) => ({
		id,
		name: index === 0 ? 'Sandbox Organization' : `Sandbox Team ${index}`,
		role: index === 0 ? 'OWNER' : 'MEMBER',
		isDefault: index === 0,
	}));
}

/** `GET /v1/user/account`: `{id, email, profile_picture, organizations: [{id, name, role, is_default}]}`. */
export function accountBody(apiKey: string, orgs: readonly StabilityOrg[]): unknown {
	const suffix = apiKey.slice(-8);
	return {
		id: `user-${suffix}`,
		email: `sandbox+${suffix}@example.com`,
		profile_picture: 'https://www.gravatar.com/avatar/00000000000000000000000000000000?d=identicon',
		organizations: orgs.map((org) => ({
			id: org.id,
			name: org.name,
			role: org.role,
			is_default: org.isDefault,
		})),
	};
}
