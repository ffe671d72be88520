import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';
import { PricingInputError } from '../pricing/core/errors';

/** The message of anything thrown, for the `error` field of a continue-on-fail item. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

const ITS_FAULT =
	"An unexpected error in the AI Credits package, not in your input: report it with this message on the package's issue tracker (its npm page links it). Settings › On Error › Continue lets the other items through meanwhile.";

/**
 * n8n's own errors pass through unchanged; a bad input value becomes a NodeOperationError that
 * names the parameter and the item; anything else (a JavaScript error) one that says so.
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (itemIndex !== undefined && error.context.itemIndex === undefined) {
			error.context.itemIndex = itemIndex;
		}
		return error;
	}
	const item = itemIndex === undefined ? '' : ` of item ${itemIndex}`;
	if (error instanceof PricingInputError) {
		return new NodeOperationError(node, error.message, {
			itemIndex,
			description: `Check the "${error.field}" value${item}.`,
		});
	}
	return new NodeOperationError(node, error instanceof Error ? error : String(error), {
		itemIndex,
		description: ITS_FAULT,
	});
}

/**
 * The output item of an input item that failed under continue-on-fail: its fields with the error
 * message (and `extra`), its binary data, paired with the input. With On Error "Continue (using
 * error output)" it also carries the error on `item.error`, which is what n8n reads to move it to
 * the error output (n8n-core's WorkflowExecute.handleNodeErrorOutput). n8n then stores only
 * `{ error }` as its fields, so `item.error` is left off in the other mode, where the fields
 * flow on.
 */
export function failedItem(
	node: INode,
	item: INodeExecutionData,
	itemIndex: number,
	error: NodeApiError | NodeOperationError,
	extra: IDataObject = {},
): INodeExecutionData {
	const output: INodeExecutionData = {
		json: { ...item.json, error: errorMessage(error), ...extra },
		pairedItem: { item: itemIndex },
	};
	if (node.onError === 'continueErrorOutput') output.error = error;
	if (item.binary) output.binary = item.binary;
	return output;
}
