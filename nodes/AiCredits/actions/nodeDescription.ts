import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { PROVIDER_NAMES, PROVIDERS, type Provider } from '../../shared/providers/registry';
import { RESOURCE_NAMES, resources } from './router';
import type { Resource } from './shared/operation';
import { operationField } from './shared/operationField';

/** Operations that call the provider and so need its credential: all but the estimates. */
const OPERATIONS_WITH_CREDENTIALS = [
	...new Set(PROVIDER_NAMES.flatMap((provider) => Object.keys(resources[provider]))),
].filter((operation) => operation !== 'estimateCredits');

/** The operation a resource opens with. */
const DEFAULT_OPERATION: Record<Resource, string> = {
	gamma: 'generateDeck',
	stabilityAi: 'estimateCredits',
	imagineArt: 'estimateCredits',
	spend: 'summarize',
};

/**
 * A provider with a second kind of credential (ImagineArt) picks one with `authentication`. Root
 * paths ("/resource"): with plain names n8n's editor takes every field the credentials depend on
 * for an authentication field once one of them is `authentication`, and hides them all.
 */
function credentialsFor(provider: Provider): INodeCredentialDescription[] {
	const { credentialType, apiKeyCredentialType } = PROVIDERS[provider];
	const show = { '/resource': [provider], '/operation': OPERATIONS_WITH_CREDENTIALS };
	if (!apiKeyCredentialType) {
		return [{ name: credentialType, required: true, displayOptions: { show } }];
	}
	return [
		{
			name: credentialType,
			required: true,
			displayOptions: { show: { ...show, '/authentication': ['oAuth2'] } },
		},
		{
			name: apiKeyCredentialType,
			required: true,
			displayOptions: { show: { ...show, '/authentication': ['apiKey'] } },
		},
	];
}

export const aiCreditsCredentials: INodeCredentialDescription[] =
	PROVIDER_NAMES.flatMap(credentialsFor);

/** The Operation dropdown of a resource, then each operation's fields. */
function resourceProperties(resource: Resource): INodeProperties[] {
	const operations = Object.values(resources[resource]);
	return [
		operationField(
			resource,
			operations.map((operation) => operation.option),
			DEFAULT_OPERATION[resource],
		),
		...operations.flatMap((operation) => operation.description),
	];
}

export const aiCreditsProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Gamma', value: 'gamma' },
			{ name: 'ImagineArt', value: 'imagineArt' },
			{ name: 'Stability AI', value: 'stabilityAi' },
			{
				name: 'Spend',
				value: 'spend',
				description: 'The creditSpend records generations write, added up',
			},
		],
		default: 'gamma',
	},
	...RESOURCE_NAMES.flatMap(resourceProperties),
];

/** "Estimate Credits · Gamma": the operation's and the resource's names under the node's title. */
export const aiCreditsSubtitle = (() => {
	const operationNames: Record<string, string> = {};
	for (const operations of Object.values(resources)) {
		for (const [value, operation] of Object.entries(operations)) {
			operationNames[value] = operation.option.name;
		}
	}
	const resourceNames: Record<string, string> = Object.fromEntries(
		PROVIDER_NAMES.map((provider) => [provider, PROVIDERS[provider].displayName]),
	);
	resourceNames.spend = 'Spend';
	return `={{ ${JSON.stringify(operationNames)}[$parameter["operation"]] + " · " + ${JSON.stringify(resourceNames)}[$parameter["resource"]] }}`;
})();
