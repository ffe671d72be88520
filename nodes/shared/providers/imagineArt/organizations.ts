import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchResult,
} from 'n8n-workflow';
import { organizationResults } from '../../fields/organizationField';
import { providerRequest, type ApiContext } from '../../transport/providerRequest';

export interface ImagineArtOrganization {
	id: string;
	name: string;
	isPrimary: boolean;
}

/**
 * `GET {teams}/v1/org` → `{data: [{id, name, is_primary}]}`, as ImagineArt's official n8n node
 * lists them (github.com/Vyro-ai/n8n-nodes-imagineart, nodes/ImagineArt/methods/loadOptions.ts).
 */
export async function listImagineArtOrganizations(
	ctx: ApiContext,
): Promise<ImagineArtOrganization[]> {
	const { body } = await providerRequest<{ data?: unknown }>(ctx, 'imagineArt', {
		method: 'GET',
		path: '/v1/org',
		kind: 'read',
		baseUrlField: 'teamsBaseUrl',
	});
	const entries = Array.isArray(body?.data) ? (body.data as IDataObject[]) : [];
	return entries
		.filter((entry) => entry && (typeof entry.id === 'string' || typeof entry.id === 'number'))
		.map((entry) => ({
			id: String(entry.id),
			name: typeof entry.name === 'string' && entry.name ? entry.name : String(entry.id),
			isPrimary: entry.is_primary === true,
		}));
}

/** The organization to read: the one chosen, else the account's primary one. */
export async function imagineArtOrganizationId(
	ctx: ApiContext,
	chosen: string | undefined,
): Promise<string> {
	if (chosen?.trim()) return chosen.trim();
	const organizations = await listImagineArtOrganizations(ctx);
	const primary =
		organizations.find((organization) => organization.isPrimary) ??
		(organizations.length === 1 ? organizations[0] : undefined);
	if (primary) return primary.id;
	throw new NodeOperationError(
		ctx.getNode(),
		organizations.length
			? 'ImagineArt lists several organizations and none is marked primary'
			: 'ImagineArt lists no organization for this account',
		{
			description:
				'ImagineArt reads credits per organization: pick one in the Organization field of this node.',
		},
	);
}

/** The Organization field's list: the primary one first. */
export async function searchImagineArtOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const organizations = await listImagineArtOrganizations(this);
	return organizationResults(
		organizations.map(({ id, name, isPrimary }) => ({ id, name, marked: isPrimary })),
		filter,
		'primary',
	);
}
