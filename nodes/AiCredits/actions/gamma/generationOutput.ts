import type { IBinaryKeyData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type {
	GammaGenerationState,
	GammaWarnings,
} from '../../../shared/providers/gamma/generation';
import { engineOf } from '../../../shared/providers/gamma/status';
import type { CreditRefusalSource } from '../../../shared/transport/creditRefusal';
import { downloadFile } from '../../../shared/transport/downloadFile';
import { itemEstimate } from '../shared/itemEstimate';

/** The `gammaGeneration` object each item gets (README, "What each operation adds to an item"). */
export function gammaGenerationJson(
	state: GammaGenerationState,
	startWarnings: GammaWarnings | undefined,
): IDataObject {
	const credits = state.credits;
	const warnings = mergeWarnings(startWarnings, state.warnings);
	const json: IDataObject = {
		generationId: state.generationId,
		status: state.status,
		engine: state.engine ?? engineOf(state.generationId),
		gammaId: state.gammaId ?? null,
		gammaUrl: state.gammaUrl ?? null,
		exportUrl: state.exportUrl ?? null,
		title: state.title ?? null,
		credits: credits
			? { deducted: credits.deducted ?? null, remaining: credits.remaining ?? null }
			: null,
		warnings: warnings ?? null,
	};
	if (state.summary) json.summary = state.summary;
	if (state.progress) json.progress = { ...state.progress };
	return json;
}

/**
 * `gammaGeneration` of an item declined for lack of credits: by Gamma (at the request, or when
 * the generation ran), or by the node's balance re-check before anything was sent.
 */
export function refusedGenerationJson(
	error: { message: string; description?: string | null },
	refusedBy: CreditRefusalSource,
	generationId: string | undefined,
): IDataObject {
	return {
		generationId: generationId ?? null,
		status: 'refused',
		refusedBy,
		reason: error.message,
		hint: error.description ?? null,
		engine: generationId ? engineOf(generationId) : null,
		gammaId: null,
		gammaUrl: null,
		exportUrl: null,
		title: null,
		// Nothing was started without an id; a generation Gamma declined may say what it charged
		// only on its own status, so that is not claimed here.
		credits: generationId ? null : { deducted: 0, remaining: null },
		warnings: null,
	};
}

/**
 * Warnings from the start and from the status: a classic string as it is, Gamma 5 lists joined
 * (a warning both answers repeat is kept once).
 */
function mergeWarnings(
	start: GammaWarnings | undefined,
	status: GammaWarnings | undefined,
): GammaWarnings | undefined {
	if (!Array.isArray(start) || !Array.isArray(status)) return start ?? status;
	const seen = new Set(start.map((warning) => JSON.stringify(warning)));
	return [...start, ...status.filter((warning) => !seen.has(JSON.stringify(warning)))];
}

/** How the real charge compares with the item's Gamma estimate, when it carries one. */
export function compareWithEstimate(
	itemJson: IDataObject,
	deducted: number | undefined,
): IDataObject | undefined {
	const e = itemEstimate(itemJson, 'gamma');
	if (!e || e.expected === undefined || typeof deducted !== 'number') return undefined;
	return {
		estimatedMin: e.min,
		estimatedExpected: e.expected,
		estimatedMax: e.max,
		actual: deducted,
		withinRange: deducted >= e.min && deducted <= e.max,
		differenceFromExpected: Math.round((deducted - e.expected) * 100) / 100,
	};
}

const FILE_TYPES: Record<string, { extension: string; mimeType: string }> = {
	pdf: { extension: 'pdf', mimeType: 'application/pdf' },
	pptx: {
		extension: 'pptx',
		mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	},
	// Gamma's PNG export is a ZIP with one image per card
	png: { extension: 'zip', mimeType: 'application/zip' },
	zip: { extension: 'zip', mimeType: 'application/zip' },
};

function fileTypeOf(exportAs: unknown, url: string) {
	if (typeof exportAs === 'string' && FILE_TYPES[exportAs]) return FILE_TYPES[exportAs];
	const extension = /\.([a-z0-9]+)(?:$|\?)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
	return (extension && FILE_TYPES[extension]) || undefined;
}

/** Control characters (U+0000 to U+001F) as spaces. */
function controlsToSpaces(text: string): string {
	return Array.from(text, (char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('');
}

function safeFileName(title: string | undefined, generationId: string): string {
	const cleaned = controlsToSpaces(title ?? '')
		.replace(/[\\/:*?"<>|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 100);
	return cleaned || `gamma-${generationId}`;
}

/** The export file as binary property `data`, named from the title, with its MIME type. */
export async function downloadExportBinary(
	ctx: IExecuteFunctions,
	state: GammaGenerationState,
	exportAs: unknown,
	itemIndex: number,
): Promise<IBinaryKeyData> {
	const url = state.exportUrl as string;
	const file = await downloadFile(ctx, 'gamma', url, itemIndex);
	const type = fileTypeOf(exportAs, url);
	const name = safeFileName(state.title, state.generationId);
	const data = await ctx.helpers.prepareBinaryData(
		file.data,
		type ? `${name}.${type.extension}` : name,
		type?.mimeType ?? file.contentType,
	);
	return { data };
}
