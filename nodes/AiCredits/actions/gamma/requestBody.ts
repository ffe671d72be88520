import { locatorValue } from '../../../shared/fields/locatorValue';
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { createParameterReader } from '../../../shared/execution/parameterReader';

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value).length === 0;
	return false;
}

/** Leaves out fields the user left empty, so Gamma applies its own defaults. */
export function compact(fields: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (!isEmpty(value)) result[key] = value;
	}
	return result;
}

/** The item's Generation ID, trimmed; empty is an input error that says where to map it from. */
export function readGenerationId(ctx: IExecuteFunctions, itemIndex: number): string {
	const generationId = createParameterReader(ctx).text('generationId', itemIndex);
	if (!generationId) {
		throw new NodeOperationError(ctx.getNode(), 'Generation ID is empty', {
			itemIndex,
			description: 'Map it from the item, e.g. {{ $json.gammaGeneration.generationId }}.',
		});
	}
	return generationId;
}

/** Gamma files a generation in one folder (`folderId`, a string); a list is an input error. */
export function folderId(
	ctx: IExecuteFunctions,
	parameter: unknown,
	itemIndex: number,
): string | undefined {
	const ids = (locatorValue(parameter) ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	if (ids.length > 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Folder names ${ids.length} folders: ${ids.join(', ')}`,
			{
				itemIndex,
				description: 'Gamma files a generation in one folder. Keep one folder ID in Folder.',
			},
		);
	}
	return ids[0];
}

function emails(text: unknown): string[] {
	return String(text ?? '')
		.split(/[,;\s]+/)
		.map((email) => email.trim())
		.filter(Boolean);
}

export function sharingOptions(extra: IDataObject): IDataObject {
	const recipients = emails(extra.emailRecipients);
	return compact({
		workspaceAccess: extra.workspaceAccess,
		externalAccess: extra.externalAccess,
		enableSearchEngineIndexing: extra.enableSearchEngineIndexing === true ? true : undefined,
		emailOptions: recipients.length
			? compact({ recipients, access: extra.emailAccess })
			: undefined,
	});
}
