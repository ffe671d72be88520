import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { failedItem, toNodeError } from '../../../shared/execution/errors';
import type { CreditBalance } from '../../../shared/providers/creditBalance';
import { readGammaBalanceFromGeneration } from '../../../shared/providers/gamma/balance';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import {
	checkBalance,
	checkBalanceOption,
	failEveryItem,
	withBalance,
} from '../shared/checkBalance';
import { forOperation } from '../shared/operation';
import { generationIdField } from './generationFields';
import { readGenerationId } from './requestBody';

export const option = checkBalanceOption('gamma');

export const description: INodeProperties[] = forOperation('gamma', 'checkBalance', [
	{
		displayName: 'Read From',
		name: 'readFrom',
		type: 'options',
		options: [
			{
				name: "Gamma's Not-Found Probe",
				value: 'notFoundProbe',
				description:
					'Ask for an unknown generation: older Gamma docs show that answer carrying the balance, current ones do not, so it fails clearly when Gamma leaves it out',
			},
			{
				name: 'A Recent Generation',
				value: 'recentGeneration',
				description:
					'The credits.remaining a finished generation reported: certain, but as of that generation',
			},
		],
		default: 'notFoundProbe',
	},
	{
		...generationIdField,
		description: 'A classic or Gamma 5 generation that has finished',
		displayOptions: { show: { readFrom: ['recentGeneration'] } },
	},
]);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	let readFrom: string;
	try {
		readFrom = createParameterReader(this).option(
			'readFrom',
			0,
			['notFoundProbe', 'recentGeneration'],
			'notFoundProbe',
		);
	} catch (error) {
		return failEveryItem(this, items, error);
	}
	if (readFrom === 'notFoundProbe') return await checkBalance(this, items, 'gamma');
	// One read per distinct generation, however many items name it.
	const read = new Map<string, Promise<CreditBalance>>();
	const output: INodeExecutionData[] = [];
	for (const [index, item] of items.entries()) {
		try {
			const id = readGenerationId(this, index);
			if (!read.has(id)) read.set(id, readGammaBalanceFromGeneration(this, id, index));
			output.push(withBalance(item, index, await (read.get(id) as Promise<CreditBalance>)));
		} catch (error) {
			const nodeError = toNodeError(this.getNode(), error, index);
			if (!this.continueOnFail()) throw nodeError;
			output.push(failedItem(this.getNode(), item, index, nodeError));
		}
	}
	return output;
}
