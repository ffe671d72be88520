import type { IDisplayOptions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

type WithOrganizations = 'imagineArt' | 'stabilityAi';

const FIELDS: Record<WithOrganizations, { description: string; searchListMethod: string }> = {
	// ImagineArt reads credits per organization (`org_id`).
	imagineArt: {
		description: 'Whose ImagineArt credits to read. Empty: your primary organization.',
		searchListMethod: 'searchImagineArtOrganizations',
	},
	// Stability AI bills the organization named in the Organization header.
	stabilityAi: {
		description:
			"Whose Stability AI credits to read. Empty: the credential's organization, else your default one.",
		searchListMethod: 'searchStabilityAiOrganizations',
	},
};

/** The Organization picker of a provider that keeps credits per organization. */
export function organizationField(
	provider: WithOrganizations,
	displayOptions: IDisplayOptions,
): INodeProperties {
	const { description, searchListMethod } = FIELDS[provider];
	return {
		displayName: 'Organization',
		name: 'organizationId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description,
		displayOptions,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. org-123' },
		],
	};
}

export interface ListedOrganization {
	id: string;
	name: string;
	/** The provider's own choice (ImagineArt's primary, Stability AI's default one). */
	marked: boolean;
}

/** The picker's list: those whose name holds the filter, the marked one first and labelled. */
export function organizationResults(
	organizations: ListedOrganization[],
	filter: string | undefined,
	mark: string,
): INodeListSearchResult {
	const needle = (filter ?? '').toLowerCase();
	return {
		results: organizations
			.filter((organization) => organization.name.toLowerCase().includes(needle))
			.sort((a, b) => Number(b.marked) - Number(a.marked))
			.map((organization) => ({
				name: organization.marked ? `${organization.name} (${mark})` : organization.name,
				value: organization.id,
			})),
	};
}
