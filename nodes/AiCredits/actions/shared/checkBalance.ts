import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { CreditBalance } from '../../../shared/providers/creditBalance';
import { PROVIDERS, type Provider } from '../../../shared/providers/registry';
import { readBalance, type BalanceReadOptions } from '../../../shared/providers/readBalance';
import { failedItem, toNodeError } from '../../../shared/execution/errors';

/** The provider is in the action: an AI agent's tool is described by it (n8n: "<action> in AI Credits"). */
export function checkBalanceOption(provider: Provider) {
	return {
		name: 'Check Balance',
		value: 'checkBalance',
		description: 'Read the credits left on the account',
		action: `Check the ${PROVIDERS[provider].displayName} credit balance`,
	};
}

/** One balance request per run, whatever the number of items; every item gets `creditBalance`. */
export async function checkBalance(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	provider: Provider,
	options: BalanceReadOptions = {},
): Promise<INodeExecutionData[]> {
	return await checkBalanceWith(ctx, items, async () => await readBalance(ctx, provider, options));
}

/**
 * One read for the whole run (its node-level parameter reads included): under continue-on-fail
 * a failure fails every item, none is lost.
 */
export async function checkBalanceWith(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	read: () => Promise<CreditBalance>,
): Promise<INodeExecutionData[]> {
	let balance: CreditBalance;
	try {
		balance = await read();
	} catch (error) {
		return failEveryItem(ctx, items, error);
	}
	return items.map((item, index) => withBalance(item, index, balance));
}

/** A failure of the whole run: thrown, or under continue-on-fail on every item (none lost). */
export function failEveryItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	error: unknown,
): INodeExecutionData[] {
	if (!ctx.continueOnFail()) throw toNodeError(ctx.getNode(), error, 0);
	return items.map((item, index) =>
		failedItem(ctx.getNode(), item, index, toNodeError(ctx.getNode(), error, index)),
	);
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
