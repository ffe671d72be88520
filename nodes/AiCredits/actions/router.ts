import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { isProvider, type Provider } from '../../shared/providers/registry';
import * as gammaCheckBalance from './gamma/checkBalance.operation';
import * as gammaEstimateCredits from './gamma/estimateCredits.operation';
import * as gammaGenerateDeck from './gamma/generateDeck.operation';
import * as gammaGenerateFromTemplate from './gamma/generateFromTemplate.operation';
import * as gammaGenerateWithGamma5 from './gamma/generateWithGamma5.operation';
import * as gammaGetGeneration from './gamma/getGeneration.operation';
import * as imagineArtCheckBalance from './imagineArt/checkBalance.operation';
import * as imagineArtEstimateCredits from './imagineArt/estimateCredits.operation';
import type { Operation } from './shared/operation';
import { failedItem } from '../../shared/execution/errors';
import * as stabilityAiCheckBalance from './stabilityAi/checkBalance.operation';
import * as stabilityAiEstimateCredits from './stabilityAi/estimateCredits.operation';

/** Every operation of every resource (provider), in the order the Operation dropdown lists them. */
export const resources: Readonly<Record<Provider, Readonly<Record<string, Operation>>>> = {
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
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0);
	const operation = this.getNodeParameter('operation', 0) as string;
	const operations = isProvider(resource) ? resources[resource] : undefined;
	const found =
		operations && Object.hasOwn(operations, operation) ? operations[operation] : undefined;
	if (!found) {
		const error = new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for "${String(resource)}"`,
			{ itemIndex: 0, description: 'Pick an operation from the list of this resource.' },
		);
		if (!this.continueOnFail()) throw error;
		// Under continue-on-fail no item is lost: each comes out carrying the error.
		return [
			this.getInputData().map((item, index) => failedItem(this.getNode(), item, index, error)),
		];
	}
	return [await found.execute.call(this, this.getInputData())];
}
