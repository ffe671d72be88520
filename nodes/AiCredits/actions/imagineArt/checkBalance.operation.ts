import {
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import { organizationField } from '../../../shared/fields/organizationField';
import { locatorValue } from '../../../shared/fields/locatorValue';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import { readBalance } from '../../../shared/providers/readBalance';
import { checkBalanceOption, checkBalanceWith } from '../shared/checkBalance';
import { forOperation } from '../shared/operation';

export const option = checkBalanceOption('imagineArt');

export const description: INodeProperties[] = forOperation('imagineArt', 'checkBalance', [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'OAuth2 (App Account)',
				value: 'oAuth2',
				description: 'The account whose free, subscription and top-up credits you spend',
			},
			{
				name: 'Developer API Key',
				value: 'apiKey',
				description: 'A vk- key of the developer API, billed in API tokens: it has no balance',
			},
		],
		default: 'oAuth2',
	},
	organizationField('imagineArt', { show: { authentication: ['oAuth2'] } }),
]);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await checkBalanceWith(this, items, async () => {
		const parameters = createParameterReader(this);
		if (parameters.option('authentication', 0, ['oAuth2', 'apiKey'], 'oAuth2') === 'apiKey') {
			throw new NodeOperationError(
				this.getNode(),
				"ImagineArt's developer API has no balance to read",
				{
					itemIndex: 0,
					description:
						'A vk- developer key pays in API tokens, shown in the API Studio Usage tab. To read the app credits, set Authentication to OAuth2 and connect an ImagineArt OAuth2 credential.',
				},
			);
		}
		const organizationId = locatorValue(this.getNodeParameter('organizationId', 0, ''));
		return await readBalance(this, 'imagineArt', { organizationId });
	});
}
