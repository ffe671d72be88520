import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import type { ParameterReader } from '../shared/execution/parameterReader';
import { readNumber } from '../shared/pricing/core/numbers';
import type { CreditBalance } from '../shared/providers/creditBalance';
import type { GateBalance } from './creditReservations';
import type { RequiredFrom } from './gateSettings';

/** What the gate reads of each item: its need, its balance, its budget spend, and their checks. */

/** Options › Spent This Period of the item (an expression, so it may differ per item). */
export function spentThisPeriodOf(parameters: ParameterReader, index: number): number {
	const options = parameters.collection('options', index);
	return readNumber(options.spentThisPeriod ?? 0, 'options.spentThisPeriod', { min: 0 });
}

export function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function requiredOf(
	ctx: IExecuteFunctions,
	parameters: ParameterReader,
	item: INodeExecutionData,
	index: number,
	from: RequiredFrom,
): number {
	if (from === 'custom') return parameters.number('requiredCredits', index, { min: 0 });
	const estimate = item.json.creditEstimate as IDataObject | undefined;
	const value = estimate?.[from];
	if (isCount(value)) return value;
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${index} has no creditEstimate.${from}, so the gate cannot tell what it needs`,
		{
			itemIndex: index,
			description:
				'Put an AI Credits › Estimate Credits node before the gate, or set Credits Needed to Custom Amount.',
		},
	);
}

export function gateBalanceOf(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	index: number,
	live: CreditBalance | undefined,
): GateBalance {
	const balance = (live ?? item.json.creditBalance) as IDataObject | undefined;
	if (balance && isCount(balance.remaining) && typeof balance.provider === 'string') {
		return balance as unknown as GateBalance;
	}
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${index} has no creditBalance with a remaining amount, so the gate cannot tell what is available`,
		{
			itemIndex: index,
			description:
				'Put an AI Credits › Check Balance node before the gate, or set Credits Available to Check Live.',
		},
	);
}

/** A developer-API estimate counts API tokens, which no credit balance holds. */
export function checkInCredits(
	ctx: IExecuteFunctions,
	estimate: IDataObject | undefined,
	index: number,
) {
	if (estimate?.unit === undefined || estimate.unit === 'credits') return;
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${index} has an estimate in ${String(estimate.unit)}, and balances are in credits`,
		{
			itemIndex: index,
			description:
				"ImagineArt's developer API is billed in API tokens, watched in the API Studio Usage tab: the gate cannot compare them with app credits.",
		},
	);
}

export function checkSameProvider(
	ctx: IExecuteFunctions,
	estimate: IDataObject | undefined,
	balance: GateBalance,
	index: number,
) {
	if (estimate?.provider && estimate.provider !== balance.provider) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${index} has an estimate for ${String(estimate.provider)} but a balance of ${balance.provider}`,
			{ itemIndex: index, description: "Gate each provider's items on that provider's balance." },
		);
	}
}
