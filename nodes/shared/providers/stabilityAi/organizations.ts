import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { organizationResults } from '../../fields/organizationField';
import { providerRequest } from '../../transport/providerRequest';

/**
 * The Organization field's list: `GET /v1/user/account` →
 * `{id, email, profile_picture, organizations: [{id, name, role, is_default}]}`
 * (https://platform.stability.ai/docs/api-reference#tag/User/paths/~1v1~1user~1account/get),
 * the default one first.
 */
export async function searchStabilityAiOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const { body } = await providerRequest<{ organizations?: unknown }>(this, 'stabilityAi', {
		method: 'GET',
		path: '/v1/user/account',
		kind: 'read',
	});
	const organizations = (Array.isArray(body?.organizations) ? body.organizations : [])
		.filter((entry): entry is IDataObject => typeof (entry as IDataObject)?.id === 'string')
		.map((entry) => ({
			id: String(entry.id),
			name: typeof entry.name === 'string' && entry.name ? entry.name : String(entry.id),
			marked: entry.is_default === true,
		}));
	return organizationResults(organizations, filter, 'default');
}
