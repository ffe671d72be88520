import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { CreditBalance } from '../../../shared/providers/creditBalance';
import type { Provider } from '../../../shared/providers/registry';
import { readBalance } from '../../../shared/providers/readBalance';
import { errorMessage, toNodeError } from '../../../shared/execution/errors';

export const checkBalanceOption = {
	name: 'Check Balance',
	value: 'checkBalance',
	description: 'Read the credits left on the account',
	action: 'Check the credit balance',
};

/** One balance request per run, whatever the number of items; every item gets `creditBalance`. */
export async function executeCheckBalance(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	provider: Provider,
): Promise<INodeExecutionData[]> {
	let balance: CreditBalance;
	try {
		balance = await readBalance(this, provider);
	} catch (error) {
		if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, 0);
		return items.map((item, index) => ({
			json: { ...item.json, error: errorMessage(error) },
			pairedItem: { item: index },
		}));
	}
	return items.map((item, index) => ({
		json: { ...item.json, creditBalance: { ...balance } },
		binary: item.binary,
		pairedItem: { item: index },
	}));
}
