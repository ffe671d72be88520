import type { INodeProperties } from 'n8n-workflow';

export const SUMMARY_OUTPUTS = ['summaryAndGroups', 'summary', 'groups'] as const;
export type SummaryOutput = (typeof SUMMARY_OUTPUTS)[number];

export const summarizeProperties: INodeProperties[] = [
	{
		displayName:
			"Reads the creditSpend record of every input item (a generation's output, or rows of a Data Table or sheet with the same columns) and adds them up. Items carrying a creditBalance give the runway.",
		name: 'summarizeNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'options',
		options: [
			{ name: 'Day', value: 'day' },
			{ name: 'Model', value: 'model' },
			{ name: 'Provider', value: 'provider' },
			{
				name: 'Week (ISO)',
				value: 'week',
				description: 'Weeks from Monday, as ISO 8601 numbers them',
			},
			{ name: 'Workflow', value: 'workflow' },
		],
		default: 'day',
	},
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		options: [
			{ name: 'All Records', value: 'all' },
			{ name: 'Custom', value: 'custom' },
			{ name: 'Last 30 Days', value: 'last30Days', description: 'The 30 × 24 hours up to now' },
			{ name: 'Last 7 Days', value: 'last7Days', description: 'The 7 × 24 hours up to now' },
			{ name: 'This Month', value: 'thisMonth', description: 'From the 1st, in the time zone' },
			{ name: 'This Week', value: 'thisWeek', description: 'From Monday, in the time zone' },
		],
		default: 'all',
		description: 'Records outside it are left out (and counted)',
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { period: ['custom'] } },
		description: 'Records at or after this time',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { period: ['custom'] } },
		description: 'Records before this time; empty: no end',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'Summary and Groups',
				value: 'summaryAndGroups',
				description: 'One item per group, then the summary item with the chart and report',
			},
			{
				name: 'Summary Only',
				value: 'summary',
				description: 'One item: totals, groups, the chart, the HTML report and a text digest',
			},
			{ name: 'Groups Only', value: 'groups', description: 'One item per group' },
		],
		default: 'summaryAndGroups',
	},
	{
		displayName: 'Options',
		name: 'summaryOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Time Zone',
				name: 'timeZone',
				type: 'string',
				default: '',
				placeholder: 'e.g. Europe/Berlin',
				description:
					"The IANA time zone of days, weeks and months. Empty: the workflow's (Settings › Timezone, else the instance's).",
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: 'Of the chart, the report and the digest. Empty: "AI credit spend by …".',
			},
		],
	},
];
