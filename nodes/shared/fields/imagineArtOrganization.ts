import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** ImagineArt reads credits per organization (`org_id`); empty means the account's primary one. */
export function imagineArtOrganizationField(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Organization',
		name: 'organizationId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'Whose ImagineArt credits to read. Empty: your primary organization.',
		displayOptions,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchImagineArtOrganizations', searchable: true },
			},
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. org_123' },
		],
	};
}

/** The field's value, whether a locator or a plain string from an expression. */
export function organizationIdOf(parameter: unknown): string | undefined {
	const value =
		parameter && typeof parameter === 'object'
			? (parameter as { value?: unknown }).value
			: parameter;
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
