import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { CreditBalance } from '../../../shared/providers/creditBalance';
import type { Provider } from '../../../shared/providers/registry';
import { readBalance, type BalanceReadOptions } from '../../../shared/providers/readBalance';
import { failedItem, toNodeError } from '../../../shared/execution/errors';

export const checkBalanceOption = {
	name: 'Check Balance',
	value: 'checkBalance',
	description: 'Read the credits left on the account',
	action: 'Check the credit balance',
};

/** One balance request per run, whatever the number of items; every item gets `creditBalance`. */
export async function checkBalance(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	provider: Provider,
	options: BalanceReadOptions = {},
): Promise<INodeExecutionData[]> {
	let balance: CreditBalance;
	try {
		balance = await readBalance(ctx, provider, options);
	} catch (error) {
		if (!ctx.continueOnFail()) throw toNodeError(ctx.getNode(), error, 0);
		return items.map((item, index) =>
			failedItem(ctx.getNode(), item, index, toNodeError(ctx.getNode(), error, index)),
		);
	}
	return items.map((item, index) => withBalance(item, index, balance));
}

export function withBalance(
	item: INodeExecutionData,
	index: number,
	balance: CreditBalance,
): INodeExecutionData {
	return {
		json: { ...item.json, creditBalance: { ...balance } },
		binary: item.binary,
		pairedItem: { item: index },
	};
}
