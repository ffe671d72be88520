import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import { errorMessage, toNodeError } from '../../../shared/node/errors';
import { createParameterReader, type ReadParameter } from '../../../shared/node/parameterReader';
import {
	listPricingVersions,
	PricingInputError,
	type CreditEstimate,
	type EstimateOptions,
	type PricingProvider,
} from '../../../shared/pricing';

export const estimateCreditsOption = {
	name: 'Estimate Credits',
	value: 'estimateCredits',
	description: 'Estimate what a job will cost from the provider\'s published prices, as a range',
	action: 'Estimate credits for a job',
};

/** Pricing version and price overrides, shown for one provider's Estimate Credits. */
export function pricingProperties(provider: PricingProvider): INodeProperties[] {
	const show = { resource: [provider], operation: ['estimateCredits'] };
	return [
		{
			displayName: 'Pricing Version',
			name: 'pricingVersion',
			type: 'options',
			options: [
				{ name: 'Newest', value: '', description: 'The most recent published prices' },
				...listPricingVersions(provider).map((version) => ({
					name: `${version.label} (${version.effectiveDate})`,
					value: version.id,
					description: `Source: ${version.source}`,
				})),
			],
			default: '',
			displayOptions: { show },
		},
		{
			displayName: 'Price Overrides (JSON)',
			name: 'priceOverrides',
			type: 'json',
			default: '',
			displayOptions: { show },
			description:
				'Your own prices where the provider changed them, e.g. {"imageModels": {"flux-1-quick": 3}}. Unknown keys are an error that names them.',
		},
	];
}

export type EstimateItem = (
	read: ReadParameter,
	itemIndex: number,
	options: EstimateOptions,
) => CreditEstimate;

/** Estimates every item from its own parameter values and adds `creditEstimate` to it. */
export async function executeEstimate(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	estimateItem: EstimateItem,
): Promise<INodeExecutionData[]> {
	const read = createParameterReader(this);
	const results: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const item = items[itemIndex];
		try {
			const options: EstimateOptions = {
				pricingVersion: read<string>('pricingVersion', itemIndex, '') || undefined,
				overrides: overridesOf(read<unknown>('priceOverrides', itemIndex, '')),
			};
			const creditEstimate = estimateItem(read, itemIndex, options);
			const output: INodeExecutionData = {
				json: { ...item.json, creditEstimate: creditEstimate as unknown as IDataObject },
				pairedItem: { item: itemIndex },
			};
			if (item.binary) output.binary = item.binary;
			results.push(output);
		} catch (error) {
			const nodeError =
				error instanceof PricingInputError
					? new NodeOperationError(this.getNode(), error.message, {
							itemIndex,
							description: `Check the "${error.field}" value of item ${itemIndex}.`,
						})
					: toNodeError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw nodeError;
			results.push({
				json: { ...item.json, error: errorMessage(nodeError) },
				pairedItem: { item: itemIndex },
			});
		}
	}
	return results;
}

function overridesOf(value: unknown): string | object | undefined {
	if (value === '' || value === undefined || value === null) return undefined;
	return value as string | object;
}
