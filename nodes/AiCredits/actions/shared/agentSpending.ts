import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { isToolExecution } from '../../../shared/execution/toolExecution';
import {
	estimateGamma,
	type GammaGenerationType,
	type GammaImageSource,
} from '../../../shared/pricing';
import { requestedByBody } from '../../../shared/providers/gamma/account';
import type { GammaGenerationKind } from '../../../shared/providers/gamma/generation';

/**
 * Run as an AI agent's tool, a spending operation starts nothing unless the node allows agents
 * to spend (Allow AI Agents to Spend Credits): the agent is told so, in words it can pass on.
 */
export function requireAgentOptIn(ctx: IExecuteFunctions, itemIndex: number): void {
	if (!isToolExecution(ctx)) return;
	if (createParameterReader(ctx).flag('allowAgentSpending', itemIndex, false)) return;
	throw new NodeOperationError(
		ctx.getNode(),
		'This tool starts Gamma generations, which spend credits, and it is not allowed to spend them',
		{
			itemIndex,
			description:
				"Nothing was sent or charged. The workflow's owner can turn on 'Allow AI Agents to Spend Credits' in this tool. Meanwhile an estimate tool can say what the generation would cost.",
		},
	);
}

const GENERATION_TYPES: Record<GammaGenerationKind, GammaGenerationType> = {
	standard: 'standard',
	fromTemplate: 'fromTemplate',
	agent: 'gamma5',
};

/**
 * What the request is expected to cost, by Gamma's published prices, for the tool's answer (an
 * agent has no Estimate Credits before it). Undefined when the request cannot be priced (an
 * unpriced image model): the generation itself is not held up by that.
 */
export function estimateOfRequest(
	kind: GammaGenerationKind,
	body: IDataObject,
): IDataObject | undefined {
	const { cards, imageModel } = requestedByBody(body);
	const source = (body.imageOptions as IDataObject | undefined)?.source;
	try {
		const estimate = estimateGamma({
			numCards: cards,
			imageModel,
			imageSource: typeof source === 'string' ? (source as GammaImageSource) : undefined,
			generationType: GENERATION_TYPES[kind],
		});
		return { ...estimate } as unknown as IDataObject;
	} catch {
		return undefined;
	}
}
