import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import {
	STABILITY_LEGACY_LIMITS,
	STABILITY_LEGACY_SERVICE,
	type StabilityAiEstimateInput,
	estimateStabilityAi,
} from '../../../shared/pricing';
import { stabilityServiceOptions } from '../shared/pricedOptions';
import {
	estimateItems,
	estimateCreditsOption,
	pricingProperties,
	type ReadEstimateInput,
} from '../shared/estimateLoop';
import { forOperation } from '../shared/operation';

const legacy = { show: { service: [STABILITY_LEGACY_SERVICE] } };
const { sideMin, sideMax, sideMultiple, stepsMin, stepsMax, samplesMin, samplesMax } =
	STABILITY_LEGACY_LIMITS;

/** A valid Price Overrides value for this provider, shown as the field's example. */
export const PRICE_OVERRIDES_EXAMPLE = '{"services": {"core": 4}}';

const properties: INodeProperties[] = [
	{
		displayName: 'Service',
		name: 'service',
		type: 'options',
		options: stabilityServiceOptions().map(({ name, value }) => ({ name, value })),
		default: STABILITY_LEGACY_SERVICE,
		description:
			'Legacy v1 text-to-image is priced by size and steps; v2beta services by a flat price',
	},
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		typeOptions: { minValue: sideMin, maxValue: sideMax, numberStepSize: sideMultiple },
		default: 512,
		displayOptions: legacy,
		description: `Pixels, a multiple of ${sideMultiple}`,
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		typeOptions: { minValue: sideMin, maxValue: sideMax, numberStepSize: sideMultiple },
		default: 512,
		displayOptions: legacy,
		description: `Pixels, a multiple of ${sideMultiple}`,
	},
	{
		displayName: 'Steps',
		name: 'steps',
		type: 'number',
		typeOptions: { minValue: stepsMin, maxValue: stepsMax },
		default: 50,
		displayOptions: legacy,
		description: 'Diffusion steps: cost grows linearly with them',
	},
	{
		displayName: 'Samples',
		name: 'samples',
		type: 'number',
		typeOptions: { minValue: samplesMin, maxValue: samplesMax },
		default: 1,
		displayOptions: legacy,
		description: 'Images per request',
	},
	{
		displayName: 'Number of Requests',
		name: 'count',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many generations this item stands for',
	},
	...pricingProperties('stabilityAi', PRICE_OVERRIDES_EXAMPLE),
];

export const readStabilityAiEstimateInput: ReadEstimateInput<StabilityAiEstimateInput> = (
	read,
	itemIndex,
) => {
	const service = read<string>('service', itemIndex, STABILITY_LEGACY_SERVICE);
	const isLegacy = service === STABILITY_LEGACY_SERVICE;
	return {
		service,
		count: read<number>('count', itemIndex, 1),
		...(isLegacy && {
			width: read<number>('width', itemIndex, 512),
			height: read<number>('height', itemIndex, 512),
			steps: read<number>('steps', itemIndex, 50),
			samples: read<number>('samples', itemIndex, 1),
		}),
	};
};

export const option = estimateCreditsOption;

export const description = forOperation('stabilityAi', 'estimateCredits', properties);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await estimateItems(this, items, readStabilityAiEstimateInput, estimateStabilityAi);
}
