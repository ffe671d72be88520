import { json, type Reply } from './http';
import type { ImagineArtOrg } from './types';

/**
 * `GET https://teams-imagine.vyro.ai/v1/org` → `{data: [{id, name, is_primary}]}`. The official
 * node reads `data[].id` and `data[].name` (Vyro-ai/n8n-nodes-imagineart,
 * nodes/ImagineArt/methods/loadOptions.ts); `is_primary` is not in its code (unconfirmed).
 */
export function orgsResponse(orgs: readonly ImagineArtOrg[]): Reply {
	return json(200, {
		data: orgs.map((org) => ({ id: org.id, name: org.name, is_primary: org.isPrimary })),
	});
}

/** The orgs of an account made from ids: the first is primary (the personal workspace). */
export function orgsFromIds(ids: readonly string[]): ImagineArtOrg[] {
	return ids.map((id, index) => ({
		id,
		name: index === 0 ? 'Personal' : `Team ${index}`,
		isPrimary: index === 0,
	}));
}
