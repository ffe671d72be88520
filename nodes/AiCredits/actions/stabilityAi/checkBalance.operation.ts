import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { organizationField } from '../../../shared/fields/organizationField';
import { locatorValue } from '../../../shared/fields/locatorValue';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { readBalance } from '../../../shared/providers/readBalance';
import { checkBalanceOption, checkBalanceWith } from '../shared/checkBalance';
import { forOperation } from '../shared/operation';

export const option = checkBalanceOption('stabilityAi');

export const description: INodeProperties[] = forOperation('stabilityAi', 'checkBalance', [
	organizationField('stabilityAi', {}),
	{
		displayName: 'Rate Limit (429)',
		name: 'onRateLimit',
		type: 'options',
		options: [
			{
				name: 'Stop at Once',
				value: 'stop',
				description: 'Fail with an explanation; nothing more is sent to the locked key',
			},
			{
				name: 'Wait Out the Lockout',
				value: 'wait',
				description:
					'Wait the 60 seconds Stability AI locks a key for, then read once more (stopping the run stops the wait)',
			},
		],
		default: 'stop',
		description:
			'Stability AI locks an API key for 60 seconds after more than 150 requests in 10 seconds, and each request during the lockout extends it',
	},
]);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await checkBalanceWith(this, items, async () => {
		const onRateLimit = createParameterReader(this).option(
			'onRateLimit',
			0,
			['stop', 'wait'],
			'stop',
		);
		return await readBalance(this, 'stabilityAi', {
			organizationId: locatorValue(this.getNodeParameter('organizationId', 0, '')),
			mayWaitOutLockout: onRateLimit === 'wait',
		});
	});
}
