import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';
import { readBalance } from '../../../shared/providers/readBalance';
import { PROVIDERS } from '../../../shared/providers/registry';
import { markCreditRefusal } from '../../../shared/transport/creditRefusal';
import { itemEstimate } from './itemEstimate';

/**
 * Options › Re-check Live Balance Before Each Spend. The Credit Gate reserves within one
 * execution only; runs that draw on one account at the same time (queue mode, overlapping
 * schedules) each see the whole balance. Reading the balance again right before each POST,
 * less what this run has in flight (Gamma charges when a generation completes, so a started
 * one is not in the balance yet), narrows that window; it cannot close it.
 */
export interface BalanceRecheck {
	/**
	 * Throws a credit refusal (nothing sent) when the live balance, less this run's in-flight
	 * generations, no longer covers the item's `creditEstimate.max`; otherwise holds that much
	 * until the returned release is called (when the generation settles).
	 */
	beforeSpend(ctx: IExecuteFunctions, itemIndex: number): Promise<() => void>;
}

export function createBalanceRecheck(): BalanceRecheck {
	const inFlight = new Map<number, number>();
	return {
		async beforeSpend(ctx, itemIndex) {
			const needed = estimateMaxOf(ctx, itemIndex);
			const balance = await readBalance(ctx, 'gamma');
			let held = 0;
			for (const credits of inFlight.values()) held += credits;
			const available = balance.remaining - held;
			if (available < needed) {
				const heldText = held > 0 ? `, ${held} held by this run's generations in flight` : '';
				const error = new NodeOperationError(
					ctx.getNode(),
					`Not started: Gamma's balance no longer covers this item (${balance.remaining} credits left${heldText}; its estimate needs up to ${needed})`,
					{
						itemIndex,
						description: `Nothing was sent or charged. The balance was read again just before spending (Options › Re-check Live Balance Before Each Spend): another run may be spending from the same Gamma account, since the Credit Gate reserves credits within one execution only. ${PROVIDERS.gamma.billingHint}`,
					},
				);
				throw markCreditRefusal(error, 'recheck');
			}
			inFlight.set(itemIndex, needed);
			return () => inFlight.delete(itemIndex);
		},
	};
}

function estimateMaxOf(ctx: IExecuteFunctions, itemIndex: number): number {
	const estimate = itemEstimate(ctx.getInputData()[itemIndex]?.json ?? {}, 'gamma');
	if (estimate) return estimate.max;
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${itemIndex} has no Gamma credit estimate to re-check the balance against`,
		{
			itemIndex,
			description:
				"Options › Re-check Live Balance Before Each Spend compares the balance with the item's creditEstimate.max: put AI Credits › Gamma › Estimate Credits before this node, or turn the option off.",
		},
	);
}
