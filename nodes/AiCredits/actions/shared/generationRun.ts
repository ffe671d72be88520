import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { errorMessage, toNodeError } from '../../../shared/execution/errors';
import { mapInOrder } from '../../../shared/execution/mapInOrder';
import {
	fetchGammaGeneration,
	failedGenerationError,
	startGammaGeneration,
	waitForGammaGeneration,
	type GammaGenerationKind,
	type GammaGenerationState,
} from '../../../shared/providers/gamma/generation';
import { readGenerateDeckBody } from '../gamma/generateDeck.operation';
import { readFromTemplateBody } from '../gamma/generateFromTemplate.operation';
import { compareWithEstimate, downloadExportBinary, gammaGenerationJson } from '../gamma/generationOutput';

export type GenerationOperation = 'generateDeck' | 'generateFromTemplate' | 'getGeneration';

interface RunOptions {
	downloadExport: boolean;
	intervalMs: number;
	timeoutMs: number;
}

const KINDS: Record<Exclude<GenerationOperation, 'getGeneration'>, GammaGenerationKind> = {
	generateDeck: 'standard',
	generateFromTemplate: 'fromTemplate',
};

function readRunOptions(ctx: IExecuteFunctions, itemIndex: number): RunOptions {
	const options = ctx.getNodeParameter('runOptions', itemIndex, {}) as IDataObject;
	const seconds = Math.max(1, Number(options.pollIntervalSeconds ?? 5));
	const minutes = Math.max(0.05, Number(options.timeoutMinutes ?? 10));
	return {
		downloadExport: options.downloadExport === true,
		intervalMs: seconds * 1000,
		timeoutMs: minutes * 60 * 1000,
	};
}

/**
 * Generate Deck, Generate From Template and Get Generation: each item starts (or reads) one
 * generation, waits for it when asked, and gets `gammaGeneration`, a refreshed `creditBalance`
 * and, when asked, the export file. Items run `concurrency` at a time; output keeps input order.
 */
export async function executeGeneration(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	operation: GenerationOperation,
): Promise<INodeExecutionData[]> {
	const firstOptions = ctx.getNodeParameter('runOptions', 0, {}) as IDataObject;
	const concurrency = operation === 'getGeneration' ? 1 : Number(firstOptions.concurrency ?? 1);
	return await mapInOrder(items, concurrency, async (item, itemIndex) => {
		let generationId: string | undefined;
		let warnings: string | undefined;
		try {
			const run = readRunOptions(ctx, itemIndex);
			const wait = ctx.getNodeParameter('waitForCompletion', itemIndex, true) as boolean;
			let state: GammaGenerationState;
			let exportAs: unknown;
			if (operation === 'getGeneration') {
				generationId = String(ctx.getNodeParameter('generationId', itemIndex, '')).trim();
				if (!generationId) {
					throw new NodeOperationError(ctx.getNode(), 'Generation ID is empty', {
						itemIndex,
						description: 'Map it from the item, e.g. {{ $json.gammaGeneration.generationId }}.',
					});
				}
				state = wait
					? await waitForGammaGeneration(ctx, generationId, run, itemIndex)
					: (await fetchGammaGeneration(ctx, generationId, itemIndex)).state;
				if (state.status === 'failed') throw failedGenerationError(ctx, state, itemIndex);
			} else {
				const body =
					operation === 'generateDeck'
						? readGenerateDeckBody(ctx, itemIndex)
						: readFromTemplateBody(ctx, itemIndex);
				exportAs = body.exportAs;
				const started = await startGammaGeneration(ctx, KINDS[operation], body, itemIndex);
				generationId = started.generationId;
				warnings = started.warnings;
				state = wait
					? await waitForGammaGeneration(ctx, generationId, run, itemIndex)
					: { generationId, status: 'pending' };
			}
			return await outputItem(ctx, item, itemIndex, state, warnings, exportAs, run);
		} catch (error) {
			const nodeError = toNodeError(ctx.getNode(), error, itemIndex);
			if (!ctx.continueOnFail()) throw nodeError;
			const json: IDataObject = { ...item.json, error: errorMessage(nodeError) };
			if (generationId) {
				// Started but not finished: the id lets Get Generation pick it up later
				json.gammaGeneration = gammaGenerationJson({ generationId, status: 'unknown' }, warnings);
			}
			return { json, pairedItem: { item: itemIndex } };
		}
	});
}

async function outputItem(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	state: GammaGenerationState,
	warnings: string | undefined,
	exportAs: unknown,
	run: RunOptions,
): Promise<INodeExecutionData> {
	const gammaGeneration = gammaGenerationJson(state, warnings);
	const comparison = compareWithEstimate(item.json.creditEstimate, state.credits?.deducted);
	if (comparison) gammaGeneration.estimateComparison = comparison;
	const json: IDataObject = { ...item.json, gammaGeneration };
	const remaining = state.credits?.remaining;
	if (typeof remaining === 'number') {
		json.creditBalance = { provider: 'gamma', remaining, checkedAt: new Date().toISOString() };
	}
	const output: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	if (item.binary) output.binary = { ...item.binary };
	if (run.downloadExport && state.status === 'completed') {
		if (state.exportUrl) {
			output.binary = {
				...output.binary,
				...(await downloadExportBinary(ctx, state, exportAs, itemIndex)),
			};
		} else {
			gammaGeneration.downloadSkipped =
				'Gamma returned no export file: set Additional Options › Export As to get one';
		}
	}
	return output;
}
