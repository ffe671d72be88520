import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { failedItem, toNodeError } from '../../../shared/execution/errors';
import { createParameterReader } from '../../../shared/execution/parameterReader';
import {
	isChronological,
	periodText,
	runwayFromSpend,
	SPEND_GROUP_BY,
	spendBarChartSvg,
	spendDigestText,
	spendReportHtml,
	spendTitle,
	summarizeSpend,
	SUMMARY_RANGES,
	summaryRange,
	type SpendGroup,
	type SpendGroupBy,
	type SpendRunway,
	type SpendSummary,
	type SummaryRangeChoice,
} from '../../../shared/spend';
import { forOperation } from '../shared/operation';
import { latestBalances } from './latestBalances';
import { SUMMARY_OUTPUTS, summarizeProperties, type SummaryOutput } from './summarizeFields';

export const option = {
	name: 'Summarize Spend',
	value: 'summarize',
	description: 'Totals per day, week, provider, model or workflow, a chart and a report',
	action: 'Summarize credit spend',
};

export const description = forOperation('spend', 'summarize', summarizeProperties);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	try {
		return await summarize(this, items);
	} catch (error) {
		// One result for the whole input: under continue-on-fail, one item carrying the error.
		const nodeError = toNodeError(this.getNode(), error, 0);
		if (!this.continueOnFail()) throw nodeError;
		const failed = failedItem(this.getNode(), { json: {} }, 0, nodeError);
		failed.pairedItem = items.map((_, item) => ({ item }));
		return [failed];
	}
}

async function summarize(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const parameters = createParameterReader(ctx);
	const groupBy = parameters.option<SpendGroupBy>('groupBy', 0, SPEND_GROUP_BY);
	const period = parameters.option<SummaryRangeChoice>('period', 0, SUMMARY_RANGES);
	const output = parameters.option<SummaryOutput>('output', 0, SUMMARY_OUTPUTS);
	const options = parameters.collection('summaryOptions', 0);
	const timeZone = textOption(options.timeZone) || ctx.getTimezone();
	const title = textOption(options.title);
	const nowIso = new Date().toISOString();
	const range = summaryRange(period, nowIso, timeZone, {
		from: period === 'custom' ? parameters.text('from', 0) : undefined,
		to: period === 'custom' ? parameters.text('to', 0) : undefined,
	});

	// Items that only carry a balance (a Check Balance before this node) are not spend records.
	const records: IDataObject[] = [];
	const indexOf: number[] = [];
	items.forEach((item, index) => {
		if (isBalanceOnly(item.json)) return;
		records.push(item.json);
		indexOf.push(index);
	});
	const summary = summarizeSpend(records, { ...range, groupBy, timeZone });
	const runways = runwaysOf(summary, latestBalances(items));
	const groupItems = summary.groups.map((group) => groupItem(group, summary, indexOf));
	if (output === 'groups') return groupItems;

	const provider = Object.keys(runways).length === 1 ? Object.keys(runways)[0] : undefined;
	const reportOptions = { title, runway: provider ? runways[provider] : null };
	const chart = spendBarChartSvg(summary.groups, {
		title: spendTitle(groupBy, title),
		unit: 'credits',
		period: periodText(summary),
		order: isChronological(groupBy) ? 'chronological' : 'rank',
		notes: summary.totals.notes,
	});
	const digest = spendDigestText(summary, reportOptions);
	const binary = {
		chart: await ctx.helpers.prepareBinaryData(
			Buffer.from(chart, 'utf8'),
			'spend-chart.svg',
			'image/svg+xml',
		),
		report: await ctx.helpers.prepareBinaryData(
			Buffer.from(spendReportHtml(summary, reportOptions), 'utf8'),
			'spend-report.html',
			'text/html',
		),
	};
	const summaryItem: INodeExecutionData = {
		json: {
			spendSummary: {
				groupBy,
				timeZone,
				period: { from: summary.totals.from, to: summary.totals.to },
				totals: summary.totals as unknown as IDataObject,
				groups: summary.groups.map(groupJson),
				runway: runways,
				digest,
			},
		},
		binary,
		pairedItem: items.map((_, item) => ({ item })),
	};
	return output === 'summary' ? [summaryItem] : [...groupItems, summaryItem];
}

function textOption(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function isBalanceOnly(json: IDataObject): boolean {
	return json.creditBalance !== undefined && json.creditSpend === undefined && !('credits' in json);
}

/** A group as items show it: without where its records were in the input. */
function groupJson(group: SpendGroup): IDataObject {
	const shown: IDataObject = { ...group };
	delete shown.inputs;
	return shown;
}

function groupItem(
	group: SpendGroup,
	summary: SpendSummary,
	indexOf: number[],
): INodeExecutionData {
	return {
		json: { spendGroup: { groupBy: summary.groupBy, ...groupJson(group) } },
		pairedItem: group.inputs.map((input) => ({ item: indexOf[input] })),
	};
}

/** Per provider with a balance: days left at the rate it spent over the period. */
function runwaysOf(
	summary: SpendSummary,
	balances: Record<string, number>,
): Record<string, SpendRunway> {
	const { from, to, byProvider } = summary.totals;
	const runways: Record<string, SpendRunway> = {};
	if (from === null || to === null) return runways;
	for (const [provider, remaining] of Object.entries(balances)) {
		runways[provider] = runwayFromSpend(byProvider[provider] ?? 0, from, to, remaining);
	}
	return runways;
}
