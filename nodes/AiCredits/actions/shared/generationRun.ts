import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { failedItem, toNodeError } from '../../../shared/execution/errors';
import { mapInOrder } from '../../../shared/execution/mapInOrder';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { readNumber } from '../../../shared/pricing/core/numbers';
import type { CreditBalance } from '../../../shared/providers/creditBalance';
import {
	checkAgainstPlan,
	readGammaAccountLimits,
	type GammaAccountLimits,
} from '../../../shared/providers/gamma/account';
import {
	startGammaGeneration,
	waitForGammaGeneration,
	type GammaGenerationKind,
	type GammaWarnings,
	type GammaGenerationState,
} from '../../../shared/providers/gamma/generation';
import {
	compareWithEstimate,
	downloadExportBinary,
	gammaGenerationJson,
} from '../gamma/generationOutput';
import { RUN_OPTION_RULES } from '../gamma/generationFields';

export interface RunOptions {
	downloadExport: boolean;
	intervalMs: number;
	timeoutMs: number;
}

export interface StepResult {
	state: GammaGenerationState;
	/** The export format asked for, named in the downloaded file. */
	exportAs?: unknown;
}

/**
 * Starts or reads one item's generation. Calls `started` as soon as a generation id exists, so a
 * failure after that still reports the id (and Gamma's warnings) on the item.
 */
export type GenerationStep = (
	ctx: IExecuteFunctions,
	itemIndex: number,
	run: RunOptions,
	started: (generationId: string, warnings?: GammaWarnings) => void,
) => Promise<StepResult>;

function readRunOptions(ctx: IExecuteFunctions, itemIndex: number): RunOptions {
	const options = createParameterReader(ctx).collection('runOptions', itemIndex);
	const number = (field: 'pollIntervalSeconds' | 'timeoutMinutes', fallback: number) =>
		readNumber(options[field], `runOptions.${field}`, RUN_OPTION_RULES[field], fallback);
	return {
		downloadExport: options.downloadExport === true,
		intervalMs: number('pollIntervalSeconds', 5) * 1000,
		timeoutMs: number('timeoutMinutes', 10) * 60 * 1000,
	};
}

/** Options › Generations at Once of the first item (the node runs the whole batch with it). */
export function concurrencyOf(ctx: IExecuteFunctions): number {
	const options = createParameterReader(ctx).collection('runOptions', 0);
	return readNumber(options.concurrency, 'runOptions.concurrency', RUN_OPTION_RULES.concurrency, 1);
}

/** A step that sends the item's body to start a generation, then waits for it when asked. */
export function startAndWait(
	kind: GammaGenerationKind,
	readBody: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject,
): GenerationStep {
	// One read of the plan's limits per run of the node, shared by its items. Not for Gamma 5:
	// its card maximum (100 on paid plans, Gamma's official n8n node) is not the classic
	// maxGenerateCards, and it takes no image model.
	let limits: Promise<GammaAccountLimits | undefined> | undefined;
	return async (ctx, itemIndex, run, started) => {
		const body = readBody(ctx, itemIndex);
		if (kind !== 'agent') {
			limits ??= readGammaAccountLimits(ctx);
			checkAgainstPlan(ctx, await limits, body, itemIndex);
		}
		const wait = createParameterReader(ctx).flag('waitForCompletion', itemIndex, true);
		const { generationId, warnings } = await startGammaGeneration(ctx, kind, body, itemIndex);
		started(generationId, warnings);
		const state: GammaGenerationState = wait
			? await waitForGammaGeneration(ctx, generationId, run, itemIndex)
			: { generationId, status: 'pending' };
		return { state, exportAs: body.exportAs };
	};
}

/**
 * Each item starts (or reads) one generation through `step`, and gets `gammaGeneration`, a
 * refreshed `creditBalance` and, when asked, the export file. Items run `concurrency` at a time;
 * output keeps input order.
 */
export async function runGenerations(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	step: GenerationStep,
	concurrency: number | ((ctx: IExecuteFunctions) => number),
): Promise<INodeExecutionData[]> {
	let atOnce: number;
	try {
		atOnce = typeof concurrency === 'number' ? concurrency : concurrency(ctx);
	} catch (error) {
		// Read once for the batch: under continue-on-fail every item carries the error.
		const nodeError = toNodeError(ctx.getNode(), error, 0);
		if (!ctx.continueOnFail()) throw nodeError;
		return items.map((item, itemIndex) => failedItem(ctx.getNode(), item, itemIndex, nodeError));
	}
	return await mapInOrder(items, atOnce, async (item, itemIndex) => {
		let generationId: string | undefined;
		let warnings: GammaWarnings | undefined;
		try {
			const run = readRunOptions(ctx, itemIndex);
			const result = await step(ctx, itemIndex, run, (id, found) => {
				generationId = id;
				warnings = found;
			});
			return await outputItem(ctx, item, itemIndex, result, warnings, run);
		} catch (error) {
			const nodeError = toNodeError(ctx.getNode(), error, itemIndex);
			if (!ctx.continueOnFail()) throw nodeError;
			// Started but not finished: the id lets Get Generation pick it up later.
			const extra: IDataObject = generationId
				? { gammaGeneration: gammaGenerationJson({ generationId, status: 'unknown' }, warnings) }
				: {};
			return failedItem(ctx.getNode(), item, itemIndex, nodeError, extra);
		}
	});
}

async function outputItem(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	{ state, exportAs }: StepResult,
	warnings: GammaWarnings | undefined,
	run: RunOptions,
): Promise<INodeExecutionData> {
	const gammaGeneration = gammaGenerationJson(state, warnings);
	const comparison = compareWithEstimate(item.json.creditEstimate, state.credits?.deducted);
	if (comparison) gammaGeneration.estimateComparison = comparison;
	const json: IDataObject = { ...item.json, gammaGeneration };
	const remaining = state.credits?.remaining;
	if (typeof remaining === 'number') {
		const balance: CreditBalance = {
			provider: 'gamma',
			remaining,
			checkedAt: new Date().toISOString(),
			source: 'generation',
			asOf: { generationId: state.generationId },
		};
		json.creditBalance = { ...balance };
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
