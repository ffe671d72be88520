import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { PROVIDERS, PROVIDER_NAMES, type Provider } from '../shared/providers/registry';
import { organizationField } from '../shared/fields/organizationField';
import { locatorValue } from '../shared/fields/locatorValue';
import { searchImagineArtOrganizations } from '../shared/providers/imagineArt/organizations';
import { searchStabilityAiOrganizations } from '../shared/providers/stabilityAi/organizations';
import { readBalance } from '../shared/providers/readBalance';
import {
	emptyWatchState,
	observe,
	WATCH_EVENTS,
	type WatchEvent,
	type WatchState,
} from './balanceWatch';
import { createPollParameterReader } from '../shared/execution/parameterReader';
import { scheduleIntervalMs } from './pollSchedule';

/**
 * Names this process's memory of the trigger's state: a state carrying another one was read back
 * from storage (n8n saves it only when a poll fires), so polls since may be missing from it.
 */
const MEMORY_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export class AiCreditsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AI Credits Trigger',
		name: 'aiCreditsTrigger',
		icon: { light: 'file:aiCreditsTrigger.svg', dark: 'file:aiCreditsTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["provider"] + ": " + $parameter["event"]}}',
		description:
			"Checks an AI provider's credit balance on a schedule and fires on low or changed balances",
		defaults: { name: 'AI Credits Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: PROVIDER_NAMES.map((provider) => ({
			name: PROVIDERS[provider].credentialType,
			required: true,
			// "/provider" (a root path), not "provider": with the plain name n8n's editor takes
			// Provider for an authentication field and hides it from the panel
			displayOptions: { show: { '/provider': [provider] } },
		})),
		properties: [
			{
				displayName: 'Provider',
				name: 'provider',
				type: 'options',
				noDataExpression: true,
				options: PROVIDER_NAMES.map((provider) => ({
					name: PROVIDERS[provider].displayName,
					value: provider,
				})),
				default: 'gamma',
			},
			organizationField('imagineArt', { show: { provider: ['imagineArt'] } }),
			organizationField('stabilityAi', { show: { provider: ['stabilityAi'] } }),
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Balance Below Threshold',
						value: 'balanceBelowThreshold',
						description:
							'Once when the balance drops below the threshold; again only after it recovers',
					},
					{
						name: 'Balance Changed',
						value: 'balanceChanged',
						description: 'Whenever the balance differs from the previous check',
					},
					{ name: 'Every Check', value: 'everyPoll', description: 'On every scheduled check' },
				],
				default: 'balanceBelowThreshold',
			},
			{
				displayName: 'Threshold',
				name: 'threshold',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 100,
				displayOptions: { show: { event: ['balanceBelowThreshold'] } },
				description: 'Fire when the credits left drop below this number',
			},
			{
				displayName: 'Re-Arm Margin (%)',
				name: 'hysteresisPercent',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 10,
				displayOptions: { show: { event: ['balanceBelowThreshold'] } },
				description:
					'After firing, the balance must rise this far above the threshold before the alert can fire again, so a balance hovering at the threshold does not alert on every check',
			},
		],
	};

	methods = { listSearch: { searchImagineArtOrganizations, searchStabilityAiOrganizations } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const parameters = createPollParameterReader(this);
		const provider = parameters.option<Provider>('provider', 0, PROVIDER_NAMES);
		const event = parameters.option<WatchEvent>('event', 0, WATCH_EVENTS);
		const belowThreshold = event === 'balanceBelowThreshold';
		const threshold = belowThreshold ? parameters.number('threshold', 0, { min: 0 }) : 0;
		const hysteresisPercent = belowThreshold
			? parameters.number('hysteresisPercent', 0, { min: 0 }, 10)
			: 0;

		const balance = await readBalance(this, provider, {
			organizationId: locatorValue(this.getNodeParameter('organizationId', '')),
		});
		const staticData = this.getWorkflowStaticData('node');
		const state = (staticData.watch as WatchState | undefined) ?? emptyWatchState();
		const observation = observe(
			state,
			{ at: balance.checkedAt, remaining: balance.remaining },
			{
				event,
				threshold,
				hysteresisPercent,
				scheduleMs: scheduleIntervalMs(this.getNodeParameter('pollTimes', {})),
				memoryId: MEMORY_ID,
			},
		);
		const manual = this.getMode() === 'manual';
		// A test fetch shows the current reading now and leaves the schedule's memory alone.
		if (!manual) staticData.watch = observation.state as unknown as IDataObject;
		if (!observation.fire && !manual) return null;

		const json: IDataObject = {
			provider,
			remaining: balance.remaining,
			previous: observation.previous,
			change: observation.change,
			threshold: belowThreshold ? threshold : null,
			event,
			checkedAt: balance.checkedAt,
			source: balance.source,
			burnRatePerDay: observation.burnRatePerDay,
			runwayDays: observation.runwayDays,
			burnRateReadings: observation.burnRateReadings,
			burnRateSince: observation.burnRateSince,
			memory: observation.memory,
			possibleRepeat: observation.possibleRepeat,
		};
		if (balance.breakdown) json.breakdown = { ...balance.breakdown };
		return [[{ json }]];
	}
}
