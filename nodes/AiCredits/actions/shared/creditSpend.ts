import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { Provider } from '../../../shared/providers/registry';
import { flattenSpendRecord } from '../../../shared/spend';
import { itemEstimate } from './itemEstimate';

export interface SpendDetails {
	provider: Provider;
	/** The operation that spent (its `operation` value). */
	operation: string;
	model?: string;
	credits: number;
	/** What the provider calls the thing paid for (a Gamma generation id). */
	reference: string;
}

/**
 * The `creditSpend` record of an item that spent credits: one flat row (the estimate's range as
 * `estimateMin` / `estimateMax`, every column present) so n8n's Data Table node, a sheet or a
 * database can append it as it is, and Summarize Spend can read it back.
 */
export function creditSpendOf(
	ctx: IExecuteFunctions,
	itemJson: IDataObject,
	details: SpendDetails,
): IDataObject {
	const estimate = itemEstimate(itemJson, details.provider);
	const row = flattenSpendRecord({
		provider: details.provider,
		operation: details.operation,
		model: details.model,
		credits: details.credits,
		estimate: estimate && { min: estimate.min, max: estimate.max },
		at: new Date().toISOString(),
		workflowId: String(ctx.getWorkflow().id ?? ''),
		executionId: String(ctx.getExecutionId() ?? ''),
		reference: details.reference,
	});
	return { ...row };
}
