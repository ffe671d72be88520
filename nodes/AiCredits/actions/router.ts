import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { isProvider, type Provider } from '../../shared/providers/registry';
import { executeCheckBalance } from './shared/checkBalance';
import { estimateGamma, estimateImagineArt, estimateStabilityAi } from '../../shared/pricing';
import { executeEstimate, type Estimator, type ReadEstimateInput } from './shared/estimateLoop';
import { readGammaEstimateInput } from './gamma/estimateCredits.operation';
import { executeGeneration, type GenerationOperation } from './shared/generationRun';
import { readImagineArtEstimateInput } from './imagineArt/estimateCredits.operation';
import { readStabilityAiEstimateInput } from './stabilityAi/estimateCredits.operation';

type OperationExecute = (
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	provider: Provider,
) => Promise<INodeExecutionData[]>;

function estimateWith<I>(
	readInput: ReadEstimateInput<I>,
	estimator: Estimator<I>,
): OperationExecute {
	return async function (this: IExecuteFunctions, items: INodeExecutionData[]) {
		return await executeEstimate(this, items, readInput, estimator);
	};
}

function generation(operation: GenerationOperation): OperationExecute {
	return async function (this: IExecuteFunctions, items: INodeExecutionData[]) {
		return await executeGeneration(this, items, operation);
	};
}

const OPERATIONS: Record<Provider, Record<string, OperationExecute>> = {
	gamma: {
		checkBalance: executeCheckBalance,
		estimateCredits: estimateWith(readGammaEstimateInput, estimateGamma),
		generateDeck: generation('generateDeck'),
		generateFromTemplate: generation('generateFromTemplate'),
		getGeneration: generation('getGeneration'),
	},
	stabilityAi: {
		checkBalance: executeCheckBalance,
		estimateCredits: estimateWith(readStabilityAiEstimateInput, estimateStabilityAi),
	},
	imagineArt: {
		checkBalance: executeCheckBalance,
		estimateCredits: estimateWith(readImagineArtEstimateInput, estimateImagineArt),
	},
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0);
	const operation = this.getNodeParameter('operation', 0) as string;
	const execute = isProvider(resource) ? OPERATIONS[resource][operation] : undefined;
	if (!execute) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for "${String(resource)}"`,
			{ itemIndex: 0, description: 'Pick an operation from the list of this resource.' },
		);
	}
	return [await execute.call(this, items, resource as Provider)];
}
