import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { organizationField } from '../shared/fields/organizationField';
import { PROVIDERS, PROVIDER_NAMES } from '../shared/providers/registry';

export const gateCredentials: INodeCredentialDescription[] = PROVIDER_NAMES.map((provider) => ({
	name: PROVIDERS[provider].credentialType,
	required: true,
	displayOptions: { show: { balanceFrom: [provider] } },
}));

export const gateProperties: INodeProperties[] = [
	{
		displayName: 'Credits Needed',
		name: 'requiredFrom',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Estimate Maximum (Safest)',
				value: 'max',
				description: "The item's creditEstimate.max, from AI Credits › Estimate Credits",
			},
			{
				name: 'Estimate Expected',
				value: 'expected',
				description: "The item's creditEstimate.expected",
			},
			{ name: 'Estimate Minimum', value: 'min', description: "The item's creditEstimate.min" },
			{ name: 'Custom Amount', value: 'custom', description: 'A number or an expression per item' },
		],
		default: 'max',
	},
	{
		displayName: 'Credits Needed per Item',
		name: 'requiredCredits',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		required: true,
		displayOptions: { show: { requiredFrom: ['custom'] } },
		hint: 'For example {{ $json.cost }}',
	},
	// One field, not "live?" + "which provider?": n8n's editor hides a field that the credential
	// choice depends on through another field, so the provider lives in the options here.
	{
		displayName: 'Credits Available',
		name: 'balanceFrom',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'From the Item',
				value: 'item',
				description: "The item's creditBalance, from AI Credits › Check Balance",
			},
			...PROVIDER_NAMES.map((provider) => ({
				name: `Check ${PROVIDERS[provider].displayName} Live`,
				value: provider,
				description: `Read the ${PROVIDERS[provider].displayName} balance once per run`,
			})),
		],
		default: 'item',
	},
	organizationField('imagineArt', { show: { balanceFrom: ['imagineArt'] } }),
	organizationField('stabilityAi', { show: { balanceFrom: ['stabilityAi'] } }),
	{
		displayName: 'Reserve Across Items',
		name: 'reserveAcrossItems',
		type: 'boolean',
		default: true,
		description:
			"Whether each item that passes reserves its credits, so a batch never spends more than the balance. Reservations hold within one execution: for runs that spend from the same account at once, turn on the generation's Options › Re-check Live Balance Before Each Spend.",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Budget per Period',
				name: 'budget',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 1000,
				description:
					'Credits this workflow may spend per period, on top of the balance: an item passes only when it fits both. The gate keeps no count itself: feed what was spent into Spent This Period (e.g. from the creditSpend rows of a Data Table).',
			},
			{
				displayName: 'Budget Period',
				name: 'budgetPeriod',
				type: 'options',
				options: [
					{ name: 'Day', value: 'day' },
					{ name: 'Week (From Monday)', value: 'week' },
					{ name: 'Month', value: 'month' },
				],
				default: 'month',
				description:
					"What the budget resets with, in the workflow's time zone; the decision says when the period began (budget.periodStart), to select the period's spend by",
			},
			{
				displayName: 'Keep at Least',
				name: 'floor',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Credits that must stay in the account; items never spend into them',
			},
			{
				displayName: 'Safety Margin (%)',
				name: 'marginPercent',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 0,
				description: 'Share of the balance held back, for estimates that run over',
			},
			{
				displayName: 'Spent This Period',
				name: 'spentThisPeriod',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				placeholder:
					"e.g. {{ $('Spend This Month').all().reduce((sum, row) => sum + row.json.credits, 0) }}",
				description:
					'Credits already spent in the current period, as an expression: e.g. the sum of the credits column of the Data Table rows since the period began',
			},
		],
	},
];
