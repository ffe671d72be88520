import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { PROVIDER_NAMES } from '../../shared/providers/registry';
import { createParameterReader } from '../../shared/execution/parameterReader';
import * as gammaCheckBalance from './gamma/checkBalance.operation';
import * as gammaEstimateCredits from './gamma/estimateCredits.operation';
import * as gammaGenerateDeck from './gamma/generateDeck.operation';
import * as gammaGenerateFromTemplate from './gamma/generateFromTemplate.operation';
import * as gammaGenerateWithGamma5 from './gamma/generateWithGamma5.operation';
import * as gammaGetGeneration from './gamma/getGeneration.operation';
import * as imagineArtCheckBalance from './imagineArt/checkBalance.operation';
import * as imagineArtEstimateCredits from './imagineArt/estimateCredits.operation';
import type { Operation, Resource } from './shared/operation';
import { failedItem, toNodeError } from '../../shared/execution/errors';
import { toolAnswer } from '../../shared/execution/toolAnswer';
import { isToolExecution } from '../../shared/execution/toolExecution';
import * as stabilityAiCheckBalance from './stabilityAi/checkBalance.operation';
import * as stabilityAiEstimateCredits from './stabilityAi/estimateCredits.operation';
import * as spendSummarize from './spend/summarize.operation';

export const RESOURCE_NAMES: readonly Resource[] = [...PROVIDER_NAMES, 'spend'];

/** Every operation of every resource, in the order the Operation dropdown lists them. */
export const resources: Readonly<Record<Resource, Readonly<Record<string, Operation>>>> = {
	gamma: {
		checkBalance: gammaCheckBalance,
		estimateCredits: gammaEstimateCredits,
		generateDeck: gammaGenerateDeck,
		generateWithGamma5: gammaGenerateWithGamma5,
		generateFromTemplate: gammaGenerateFromTemplate,
		getGeneration: gammaGetGeneration,
	},
	stabilityAi: {
		checkBalance: stabilityAiCheckBalance,
		estimateCredits: stabilityAiEstimateCredits,
	},
	imagineArt: {
		checkBalance: imagineArtCheckBalance,
		estimateCredits: imagineArtEstimateCredits,
	},
	spend: {
		summarize: spendSummarize,
	},
};

/** The resource and operation, checked against the lists (own keys: `constructor` is none). */
function operationOf(ctx: IExecuteFunctions): Operation {
	const parameters = createParameterReader(ctx);
	const resource = parameters.option<Resource>('resource', 0, RESOURCE_NAMES);
	const operations = resources[resource];
	const operation = parameters.option('operation', 0, Object.keys(operations));
	return operations[operation];
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	let found: Operation;
	try {
		found = operationOf(this);
	} catch (error) {
		const nodeError = toNodeError(this.getNode(), error, 0);
		nodeError.description ??= 'Pick the Resource and the Operation from their lists.';
		if (!this.continueOnFail()) throw nodeError;
		// Under continue-on-fail no item is lost: each comes out carrying the error.
		return [
			this.getInputData().map((item, index) => failedItem(this.getNode(), item, index, nodeError)),
		];
	}
	const outputs = await found.execute.call(this, this.getInputData());
	if (!isToolExecution(this)) return [outputs];
	// As an agent's tool: what a model needs of each item, and nothing it sent itself.
	return [outputs.map((item) => ({ json: toolAnswer(item.json), pairedItem: item.pairedItem }))];
}
