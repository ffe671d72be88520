import {
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import { failedItem, toNodeError } from '../../../shared/execution/errors';
import { PROVIDERS, type Provider } from '../../../shared/providers/registry';
import {
	createParameterReader,
	type ReadParameter,
} from '../../../shared/execution/parameterReader';
import {
	listPricingVersions,
	PricingInputError,
	type CreditEstimate,
	type EstimateOptions,
	type PricingProvider,
} from '../../../shared/pricing';

/** The provider is in the action: an AI agent's tool is described by it (n8n: "<action> in AI Credits"). */
export function estimateCreditsOption(provider: Provider) {
	return {
		name: 'Estimate Credits',
		value: 'estimateCredits',
		description: "Estimate what a job will cost from the provider's published prices, as a range",
		action: `Estimate ${PROVIDERS[provider].displayName} credits for a job`,
	};
}

/**
 * Pricing version and price overrides of one provider's Estimate Credits; `overridesExample` is
 * a valid override for that provider, shown in the description.
 */
export function pricingProperties(
	provider: PricingProvider,
	overridesExample: string,
): INodeProperties[] {
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
		},
		{
			displayName: 'Price Overrides (JSON)',
			name: 'priceOverrides',
			type: 'json',
			default: '{}',
			description: `Your own prices where the provider changed them, e.g. ${overridesExample}. Unknown keys are an error that names them.`,
		},
	];
}

/** Reads one item's estimator input from the node parameters. */
export type ReadEstimateInput<I> = (read: ReadParameter, itemIndex: number) => I;

export type Estimator<I> = (input: I, options: EstimateOptions) => CreditEstimate;

/** A batch usually repeats a few inputs (or one): a pure estimate is computed once per input. */
const MEMO_LIMIT = 1000;

function copyEstimate(estimate: CreditEstimate): CreditEstimate {
	const copy: CreditEstimate = {
		...estimate,
		breakdown: estimate.breakdown.map((line) => ({ ...line })),
		assumptions: [...estimate.assumptions],
	};
	if (estimate.usd) copy.usd = { ...estimate.usd };
	return copy;
}

/** Estimates every item from its own parameter values and adds `creditEstimate` to it. */
export async function estimateItems<I>(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	readInput: ReadEstimateInput<I>,
	estimator: Estimator<I>,
): Promise<INodeExecutionData[]> {
	const { read, expressionReads } = createParameterReader(ctx);
	const memo = new Map<string, CreditEstimate>();
	let sameForAll: CreditEstimate | undefined;
	const results: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const item = items[itemIndex];
		try {
			let estimate = sameForAll;
			if (!estimate) {
				const options: EstimateOptions = {
					pricingVersion: read<string>('pricingVersion', itemIndex, '') || undefined,
					overrides: overridesOf(read<unknown>('priceOverrides', itemIndex, '')),
				};
				const input = readInput(read, itemIndex);
				const key = JSON.stringify([input, options]);
				estimate = memo.get(key);
				if (!estimate) {
					estimate = checkedEstimate(estimator(input, options));
					if (memo.size < MEMO_LIMIT) memo.set(key, estimate);
				}
				// No parameter holds an expression: every item has this input, so this estimate.
				if (expressionReads() === 0) sameForAll = estimate;
			}
			const creditEstimate = copyEstimate(estimate);
			const output: INodeExecutionData = {
				json: { ...item.json, creditEstimate: creditEstimate as unknown as IDataObject },
				pairedItem: { item: itemIndex },
			};
			if (item.binary) output.binary = item.binary;
			results.push(output);
		} catch (error) {
			const nodeError = toNodeError(ctx.getNode(), error, itemIndex);
			if (!ctx.continueOnFail()) throw nodeError;
			results.push(failedItem(ctx.getNode(), item, itemIndex, nodeError));
		}
	}
	return results;
}

/**
 * Numbers near the largest double (1e308) overflow to Infinity once multiplied: an estimate that
 * is not a finite count of credits is an input error, never an answer.
 */
function checkedEstimate(estimate: CreditEstimate): CreditEstimate {
	const numbers: Array<[string, number]> = [
		['min', estimate.min],
		['expected', estimate.expected],
		['max', estimate.max],
		...estimate.breakdown.flatMap(
			(line): Array<[string, number]> => [
				[`${line.label} min`, line.min],
				[`${line.label} max`, line.max],
			],
		),
	];
	const bad = numbers.find(([, value]) => !(Number.isFinite(value) && value >= 0));
	if (bad) {
		throw new PricingInputError(
			'estimate',
			`The estimate's ${bad[0]} comes out as ${String(bad[1])}: a count, a duration or a price is too large to compute with.`,
		);
	}
	return estimate;
}

function overridesOf(value: unknown): string | object | undefined {
	if (value === '' || value === undefined || value === null) return undefined;
	return value as string | object;
}
