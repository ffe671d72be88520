import {
	NodeConnectionTypes,
	NodeOperationError,
	type NodeApiError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { errorMessage, toNodeError } from '../shared/execution/errors';
import { toolAnswer } from '../shared/execution/toolAnswer';
import { isToolExecution } from '../shared/execution/toolExecution';
import type { CreditBalance } from '../shared/providers/creditBalance';
import type { Provider } from '../shared/providers/registry';
import { createParameterReader } from '../shared/execution/parameterReader';
import { locatorValue } from '../shared/fields/locatorValue';
import { searchImagineArtOrganizations } from '../shared/providers/imagineArt/organizations';
import { searchStabilityAiOrganizations } from '../shared/providers/stabilityAi/organizations';
import { readBalance } from '../shared/providers/readBalance';
import { CreditReservations } from './creditReservations';
import {
	checkInCredits,
	checkSameProvider,
	gateBalanceOf,
	requiredOf,
	spentThisPeriodOf,
} from './gateItem';
import { gateCredentials, gateProperties } from './gateProperties';
import { readSettings, type NodeSettings } from './gateSettings';

export class CreditGate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Credit Gate',
		name: 'creditGate',
		icon: { light: 'file:creditGate.svg', dark: 'file:creditGate.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["reserveAcrossItems"] ? "reserve across items" : "per item"}}',
		// Also what an AI agent is told the tool does: n8n runs the tool variant with this, not
		// with usableAsTool.replacements (packages/cli/src/node-types.ts).
		description:
			'Checks whether the credits a job needs fit what is left on an AI provider account, and routes items on the answer, reserving credits across a batch',
		defaults: { name: 'Credit Gate' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Enough Credits', 'Not Enough Credits'],
		credentials: gateCredentials,
		properties: gateProperties,
		// As an AI agent's tool the gate has one output, and its answer is the decision itself.
		usableAsTool: {
			replacements: {
				description:
					'Checks whether a job needing N credits fits what is left on a provider account; answers with the decision: passed, required, available, remaining after, and why',
			},
		},
	};

	methods = { listSearch: { searchImagineArtOrganizations, searchStabilityAiOrganizations } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const parameters = createParameterReader(this);
		let settings: NodeSettings;
		try {
			settings = readSettings(parameters, this.getTimezone());
		} catch (error) {
			// Read once for the batch: under continue-on-fail every item fails closed with it.
			const nodeError = toNodeError(this.getNode(), error, 0);
			if (!this.continueOnFail()) throw nodeError;
			return routed(
				this,
				[],
				items.map((item, index) =>
					failClosed(item, index, errorMessage(nodeError), this.getNode(), nodeError),
				),
			);
		}
		const { requiredFrom, balanceFrom } = settings;
		const reservations = new CreditReservations(settings.reservations);
		const enough: INodeExecutionData[] = [];
		const notEnough: INodeExecutionData[] = [];

		let liveBalance: CreditBalance | undefined;
		if (balanceFrom !== 'item') {
			const provider: Provider = balanceFrom;
			try {
				liveBalance = await readBalance(this, provider, {
					organizationId: locatorValue(this.getNodeParameter('organizationId', 0, '')),
				});
			} catch (error) {
				if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, 0);
				const reason = `Balance could not be read: ${errorMessage(error)}`;
				return routed(
					this,
					[],
					items.map((item, index) =>
						failClosed(
							item,
							index,
							reason,
							this.getNode(),
							toNodeError(this.getNode(), error, index),
						),
					),
				);
			}
		}

		for (let index = 0; index < items.length; index++) {
			const item = items[index];
			try {
				const balance = gateBalanceOf(this, item, index, liveBalance);
				const estimate = item.json.creditEstimate as IDataObject | undefined;
				checkSameProvider(this, estimate, balance, index);
				checkInCredits(this, estimate, index);
				const budget = settings.budget;
				const decision = reservations.decide(balance, {
					required: requiredOf(this, parameters, item, index, requiredFrom),
					requiresSubscription: estimate?.requiresSubscription === true,
					budget: budget && {
						limit: budget.limit,
						spentThisPeriod: spentThisPeriodOf(parameters, index),
					},
				});
				const creditGate: IDataObject = { ...decision, balanceSource: balance.source ?? null };
				if (budget && decision.budget) {
					creditGate.budget = {
						...decision.budget,
						period: budget.period,
						periodStart: budget.periodStart,
					};
				}
				const output: INodeExecutionData = {
					// Where the balance came from (an endpoint, Gamma's probe, a generation's report).
					json: { ...item.json, creditGate },
					pairedItem: { item: index },
				};
				if (item.binary) output.binary = item.binary;
				(decision.passed ? enough : notEnough).push(output);
			} catch (error) {
				if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, index);
				const nodeError = toNodeError(this.getNode(), error, index);
				notEnough.push(failClosed(item, index, errorMessage(error), this.getNode(), nodeError));
			}
		}
		return routed(this, enough, notEnough);
	}
}

/**
 * The two outputs; run as an AI agent's tool, one list in item order, since n8n hands the agent
 * only the first output and the decision on each item is the answer.
 */
function routed(
	ctx: IExecuteFunctions,
	enough: INodeExecutionData[],
	notEnough: INodeExecutionData[],
): INodeExecutionData[][] {
	if (!isToolExecution(ctx)) return [enough, notEnough];
	const index = (item: INodeExecutionData) => (item.pairedItem as { item: number }).item;
	return [
		[...enough, ...notEnough]
			.sort((a, b) => index(a) - index(b))
			.map((item) => ({ json: toolAnswer(item.json), pairedItem: item.pairedItem })),
	];
}

/** An item whose need or balance is unknown never passes. */
function failClosed(
	item: INodeExecutionData,
	index: number,
	reason: string,
	node: INode,
	error: NodeApiError | NodeOperationError,
): INodeExecutionData {
	return {
		// With On Error "Continue (using error output)" n8n moves an item with `error` there.
		...(node.onError === 'continueErrorOutput' ? { error } : {}),
		json: {
			...item.json,
			creditGate: {
				passed: false,
				required: null,
				available: null,
				reservedBefore: null,
				remainingAfter: null,
				reason,
				limitedBy: null,
				balanceSource: null,
			},
		},
		pairedItem: { item: index },
		...(item.binary ? { binary: item.binary } : {}),
	};
}
