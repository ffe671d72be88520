import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { failedItem, toNodeError } from '../../../shared/execution/errors';
import { mapInOrder } from '../../../shared/execution/mapInOrder';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { isToolExecution } from '../../../shared/execution/toolExecution';
import { readNumber } from '../../../shared/pricing/core/numbers';
import type { CreditBalance } from '../../../shared/providers/creditBalance';
import {
	checkAgainstPlan,
	readGammaAccountLimits,
	requestedByBody,
	type GammaAccountLimits,
} from '../../../shared/providers/gamma/account';
import {
	startGammaGeneration,
	waitForGammaGeneration,
	type GammaGenerationKind,
	type GammaWarnings,
	type GammaGenerationState,
} from '../../../shared/providers/gamma/generation';
import { creditRefusalOf } from '../../../shared/transport/creditRefusal';
import {
	compareWithEstimate,
	downloadExportBinary,
	gammaGenerationJson,
} from '../gamma/generationOutput';
import { RUN_OPTION_RULES } from '../gamma/generationFields';
import { estimateOfRequest, requireAgentOptIn } from './agentSpending';
import { createBalanceRecheck } from './balanceRecheck';
import { creditSpendOf } from './creditSpend';
import { refusedItem } from './refusedItem';
import { listStartedGenerations, type StartedGeneration } from './startedGenerations';

export interface RunOptions {
	downloadExport: boolean;
	intervalMs: number;
	timeoutMs: number;
	/** Read the balance again right before each POST (see `balanceRecheck.ts`). */
	recheckBalance: boolean;
}

export interface StepResult {
	state: GammaGenerationState;
	/** The export format asked for, named in the downloaded file. */
	exportAs?: unknown;
	/** A step that spends: what the item's `creditSpend` names (not for Get Generation). */
	spend?: { operation: string; model?: string };
	/** Run as an agent's tool: the request's estimate, for an item that carries none. */
	estimate?: IDataObject;
}

/** The operation each kind of generation is started by (its `operation` value). */
const OPERATION_OF: Record<GammaGenerationKind, string> = {
	standard: 'generateDeck',
	fromTemplate: 'generateFromTemplate',
	agent: 'generateWithGamma5',
};

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
		recheckBalance: options.recheckBalanceBeforeSpend === true,
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
	const recheck = createBalanceRecheck();
	return async (ctx, itemIndex, run, started) => {
		requireAgentOptIn(ctx, itemIndex);
		const body = readBody(ctx, itemIndex);
		if (kind !== 'agent') {
			limits ??= readGammaAccountLimits(ctx);
			checkAgainstPlan(ctx, await limits, body, itemIndex);
		}
		const wait = createParameterReader(ctx).flag('waitForCompletion', itemIndex, true);
		// A generation not waited for stays held for the rest of the run: it is still running.
		const release = run.recheckBalance ? await recheck.beforeSpend(ctx, itemIndex) : undefined;
		const spend = { operation: OPERATION_OF[kind], model: requestedByBody(body).imageModel };
		const estimate = isToolExecution(ctx) ? estimateOfRequest(kind, body) : undefined;
		try {
			const { generationId, warnings } = await startGammaGeneration(ctx, kind, body, itemIndex);
			started(generationId, warnings);
			if (!wait) {
				return { state: { generationId, status: 'pending' }, exportAs: body.exportAs, estimate };
			}
			const state = await waitForGammaGeneration(ctx, generationId, run, itemIndex);
			release?.();
			return { state, exportAs: body.exportAs, spend, estimate };
		} catch (error) {
			if (creditRefusalOf(error)) release?.();
			throw toNodeError(ctx.getNode(), error, itemIndex);
		}
	};
}

/**
 * Each item starts (or reads) one generation through `step`, and gets `gammaGeneration`, a
 * refreshed `creditBalance` and, when asked, the export file. Items run `concurrency` at a time;
 * output keeps input order. An item the provider refuses for credits is an outcome, not a
 * failure (`refusedItem`). When the node must stop, its error lists every generation it started,
 * so nothing already paid for is lost.
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
	const unfinished: StartedGeneration[] = [];
	const run = await mapInOrder(items, atOnce, async (item, itemIndex) => {
		let generationId: string | undefined;
		let warnings: GammaWarnings | undefined;
		try {
			const options = readRunOptions(ctx, itemIndex);
			const result = await step(ctx, itemIndex, options, (id, found) => {
				generationId = id;
				warnings = found;
			});
			return await outputItem(ctx, item, itemIndex, result, warnings, options);
		} catch (error) {
			const nodeError = toNodeError(ctx.getNode(), error, itemIndex);
			const refusedBy = creditRefusalOf(nodeError);
			if (refusedBy) return refusedItem(ctx, item, itemIndex, nodeError, refusedBy, generationId);
			if (!ctx.continueOnFail()) {
				if (generationId) unfinished.push({ itemIndex, generationId });
				throw nodeError;
			}
			// Started but not finished: the id lets Get Generation pick it up later.
			const extra: IDataObject = generationId
				? { gammaGeneration: gammaGenerationJson({ generationId, status: 'unknown' }, warnings) }
				: {};
			return failedItem(ctx.getNode(), item, itemIndex, nodeError, extra);
		}
	});
	if (run.failure) {
		// The worker throws only what toNodeError made
		const nodeError = run.failure.error as ReturnType<typeof toNodeError>;
		throw listStartedGenerations(nodeError, run.results, unfinished);
	}
	return run.results as INodeExecutionData[];
}

async function outputItem(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	{ state, exportAs, spend, estimate }: StepResult,
	warnings: GammaWarnings | undefined,
	run: RunOptions,
): Promise<INodeExecutionData> {
	const gammaGeneration = gammaGenerationJson(state, warnings);
	const json: IDataObject = { ...item.json, gammaGeneration };
	if (estimate && json.creditEstimate === undefined) json.creditEstimate = estimate;
	const comparison = compareWithEstimate(json, state.credits?.deducted);
	if (comparison) gammaGeneration.estimateComparison = comparison;
	const deducted = state.credits?.deducted;
	if (spend && typeof deducted === 'number') {
		json.creditSpend = creditSpendOf(ctx, json, {
			provider: 'gamma',
			...spend,
			credits: deducted,
			reference: state.generationId,
		});
	}
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
