import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { providerRequest } from '../../shared/transport/providerRequest';

interface GammaPage {
	data?: Array<{ id?: string; name?: string }>;
	hasMore?: boolean;
	nextCursor?: string | null;
}

/** One page of Gamma's themes or folders, searchable by name, for a resource locator list. */
async function searchGamma(
	ctx: ILoadOptionsFunctions,
	path: '/v1.0/themes' | '/v1.0/folders',
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: Record<string, string | number> = { limit: 50 };
	if (filter) qs.query = filter;
	if (paginationToken) qs.after = paginationToken;
	const { body } = await providerRequest<GammaPage>(ctx, 'gamma', {
		method: 'GET',
		path,
		qs,
		kind: 'read',
	});
	const results = (body?.data ?? [])
		.filter((entry) => typeof entry.id === 'string')
		.map((entry) => ({ name: entry.name || String(entry.id), value: String(entry.id) }));
	return {
		results,
		paginationToken: body?.hasMore && body.nextCursor ? body.nextCursor : undefined,
	};
}

export async function searchThemes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchGamma(this, '/v1.0/themes', filter, paginationToken);
}

export async function searchFolders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchGamma(this, '/v1.0/folders', filter, paginationToken);
}

interface GammaTemplates {
	workspaceTemplates?: Array<{ id?: unknown; title?: unknown; url?: unknown }>;
	exploreTemplates?: Array<{ id?: unknown; title?: unknown; url?: unknown }>;
}

/**
 * Gamma 5 templates: the workspace's first, then Gamma's own (`GET /v1.0/templates/search`,
 * https://developers.gamma.app/management/search-templates); one page, no cursor.
 */
export async function searchTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const qs: Record<string, string | number> = { limit: 25 };
	if (filter) qs.q = filter;
	const { body } = await providerRequest<GammaTemplates>(this, 'gamma', {
		method: 'GET',
		path: '/v1.0/templates/search',
		qs,
		kind: 'read',
	});
	const entries = [
		...(body?.workspaceTemplates ?? []).map((entry) => ({ entry, from: 'workspace' })),
		...(body?.exploreTemplates ?? []).map((entry) => ({ entry, from: 'Gamma' })),
	];
	return {
		results: entries
			.filter(({ entry }) => typeof entry?.id === 'string')
			.map(({ entry, from }) => ({
				name: `${typeof entry.title === 'string' ? entry.title : String(entry.id)} (${from})`,
				value: String(entry.id),
				url: typeof entry.url === 'string' ? entry.url : undefined,
			})),
	};
}
