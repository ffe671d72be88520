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
import type { CreditBalance } from '../shared/providers/creditBalance';
import { PROVIDER_NAMES, type Provider } from '../shared/providers/registry';
import { createParameterReader, type ParameterReader } from '../shared/execution/parameterReader';
import { readNumber } from '../shared/pricing/core/numbers';
import { locatorValue } from '../shared/fields/locatorValue';
import { searchImagineArtOrganizations } from '../shared/providers/imagineArt/organizations';
import { searchStabilityAiOrganizations } from '../shared/providers/stabilityAi/organizations';
import { readBalance } from '../shared/providers/readBalance';
import { CreditReservations, type GateBalance, type GateSettings } from './creditReservations';
import { gateCredentials, gateProperties } from './gateProperties';

const REQUIRED_FROM = ['max', 'expected', 'min', 'custom'] as const;
type RequiredFrom = (typeof REQUIRED_FROM)[number];

interface NodeSettings {
	requiredFrom: RequiredFrom;
	balanceFrom: 'item' | Provider;
	reservations: GateSettings;
}

/** The parameters the whole batch runs with, checked against their declared values and bounds. */
function readSettings(parameters: ParameterReader): NodeSettings {
	const options = parameters.collection('options', 0);
	return {
		requiredFrom: parameters.option('requiredFrom', 0, REQUIRED_FROM, 'max'),
		balanceFrom: parameters.option('balanceFrom', 0, ['item', ...PROVIDER_NAMES], 'item'),
		reservations: {
			floor: readNumber(options.floor, 'options.floor', { min: 0 }, 0),
			marginPercent: readNumber(
				options.marginPercent,
				'options.marginPercent',
				{ min: 0, max: 100 },
				0,
			),
			reserve: parameters.flag('reserveAcrossItems', 0, true),
		},
	};
}

export class CreditGate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Credit Gate',
		name: 'creditGate',
		icon: { light: 'file:creditGate.svg', dark: 'file:creditGate.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["reserveAcrossItems"] ? "reserve across items" : "per item"}}',
		description:
			'Route items by whether enough AI credits are left for them, reserving credits across a batch',
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
			settings = readSettings(parameters);
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
				const decision = reservations.decide(balance, {
					required: requiredOf(this, parameters, item, index, requiredFrom),
					requiresSubscription: estimate?.requiresSubscription === true,
				});
				const output: INodeExecutionData = {
					// Where the balance came from (an endpoint, Gamma's probe, a generation's report).
					json: {
						...item.json,
						creditGate: { ...decision, balanceSource: balance.source ?? null },
					},
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
	return [[...enough, ...notEnough].sort((a, b) => index(a) - index(b))];
}

/** isToolExecution() where n8n has it; before, n8n named the tool variant of a node `<type>Tool`. */
function isToolExecution(ctx: IExecuteFunctions): boolean {
	if (typeof ctx.isToolExecution === 'function') return ctx.isToolExecution();
	return ctx.getNode().type.endsWith('Tool');
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
				balanceSource: null,
			},
		},
		pairedItem: { item: index },
		...(item.binary ? { binary: item.binary } : {}),
	};
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function requiredOf(
	ctx: IExecuteFunctions,
	parameters: ParameterReader,
	item: INodeExecutionData,
	index: number,
	from: RequiredFrom,
): number {
	if (from === 'custom') return parameters.number('requiredCredits', index, { min: 0 });
	const estimate = item.json.creditEstimate as IDataObject | undefined;
	const value = estimate?.[from];
	if (isCount(value)) return value;
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${index} has no creditEstimate.${from}, so the gate cannot tell what it needs`,
		{
			itemIndex: index,
			description:
				'Put an AI Credits › Estimate Credits node before the gate, or set Credits Needed to Custom Amount.',
		},
	);
}

function gateBalanceOf(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	index: number,
	live: CreditBalance | undefined,
): GateBalance {
	const balance = (live ?? item.json.creditBalance) as IDataObject | undefined;
	if (balance && isCount(balance.remaining) && typeof balance.provider === 'string') {
		return balance as unknown as GateBalance;
	}
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${index} has no creditBalance with a remaining amount, so the gate cannot tell what is available`,
		{
			itemIndex: index,
			description:
				'Put an AI Credits › Check Balance node before the gate, or set Credits Available to Check Live.',
		},
	);
}

/** A developer-API estimate counts API tokens, which no credit balance holds. */
function checkInCredits(ctx: IExecuteFunctions, estimate: IDataObject | undefined, index: number) {
	if (estimate?.unit === undefined || estimate.unit === 'credits') return;
	throw new NodeOperationError(
		ctx.getNode(),
		`Item ${index} has an estimate in ${String(estimate.unit)}, and balances are in credits`,
		{
			itemIndex: index,
			description:
				"ImagineArt's developer API is billed in API tokens, watched in the API Studio Usage tab: the gate cannot compare them with app credits.",
		},
	);
}

function checkSameProvider(
	ctx: IExecuteFunctions,
	estimate: IDataObject | undefined,
	balance: GateBalance,
	index: number,
) {
	if (estimate?.provider && estimate.provider !== balance.provider) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${index} has an estimate for ${String(estimate.provider)} but a balance of ${balance.provider}`,
			{ itemIndex: index, description: "Gate each provider's items on that provider's balance." },
		);
	}
}
