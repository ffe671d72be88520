import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { failedItem, type toNodeError } from '../../../shared/execution/errors';
import type { CreditRefusalSource } from '../../../shared/transport/creditRefusal';
import { refusedGenerationJson } from '../gamma/generationOutput';

/**
 * The outcome of an item declined for lack of credits (by Gamma, or by the balance re-check
 * before anything was sent): nothing was charged, so the batch goes on. With On Error "Continue
 * (using error output)" it goes to the error output; otherwise it flows on with
 * `gammaGeneration.status` "refused" and the reason.
 */
export function refusedItem(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	error: ReturnType<typeof toNodeError>,
	refusedBy: CreditRefusalSource,
	generationId: string | undefined,
): INodeExecutionData {
	const gammaGeneration = refusedGenerationJson(error, refusedBy, generationId);
	if (ctx.getNode().onError === 'continueErrorOutput') {
		return failedItem(ctx.getNode(), item, itemIndex, error, { gammaGeneration });
	}
	const output: INodeExecutionData = {
		json: { ...item.json, gammaGeneration },
		pairedItem: { item: itemIndex },
	};
	if (item.binary) output.binary = item.binary;
	return output;
}
