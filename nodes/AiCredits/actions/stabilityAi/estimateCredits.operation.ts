import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import {
	STABILITY_DEFAULT_ENGINE,
	STABILITY_LEGACY_LIMITS,
	STABILITY_LEGACY_SERVICE,
	type StabilityAiEstimateInput,
	estimateStabilityAi,
} from '../../../shared/pricing';
import { matchKey } from '../../../shared/pricing/core/keys';
import { readString } from '../../../shared/pricing/core/numbers';
import { PricingInputError } from '../../../shared/pricing/core/errors';
import { stabilityEngineOptions, stabilityServiceOptions } from '../shared/pricedOptions';
import {
	estimateItems,
	estimateCreditsOption,
	pricingProperties,
	type ReadEstimateInput,
} from '../shared/estimateLoop';
import { forOperation } from '../shared/operation';

const legacy = { show: { service: [STABILITY_LEGACY_SERVICE] } };
const { sideMin, sideMax, sideMultiple, stepsMin, stepsMax, stepsDefault, samplesMin, samplesMax } =
	STABILITY_LEGACY_LIMITS;

const engines = stabilityEngineOptions();
/** Engines that take only listed sizes (SDXL 1.0 / 0.9) and those that take any side. */
const listedSizeEngines = engines.filter((engine) => engine.sizes.length > 0);
const freeSizeEngines = engines.filter((engine) => engine.sizes.length === 0);
const sizesText = (listedSizeEngines[0]?.sizes ?? []).map((size) => size.replace('x', '×'));

/** The default side for an engine: its first listed size (1024 for SDXL), else 512. */
function defaultSide(engine: string): number {
	const found = engines.find((option) => option.value === engine);
	return found && found.sizes.length > 0 ? Number(found.sizes[0].split('x')[0]) : 512;
}

/** A valid Price Overrides value for this provider, shown as the field's example. */
export const PRICE_OVERRIDES_EXAMPLE = '{"services": {"core": 4}}';

/**
 * Width and height exist twice, with the same names: per engine group a default the engine
 * accepts (n8n picks the copy whose display conditions hold), so a new node estimates as is.
 * When the engine is an expression n8n cannot tell and takes the last copy: SDXL's 1024, a size
 * every engine accepts.
 */
function sideFields(field: 'width' | 'height'): INodeProperties[] {
	const displayName = field === 'width' ? 'Width' : 'Height';
	const typeOptions = { minValue: sideMin, maxValue: sideMax, numberStepSize: sideMultiple };
	return [
		{
			displayName,
			name: field,
			type: 'number',
			typeOptions,
			default: 512,
			displayOptions: {
				show: { ...legacy.show, engine: freeSizeEngines.map((engine) => engine.value) },
			},
			description: `Pixels, a multiple of ${sideMultiple}`,
		},
		{
			displayName,
			name: field,
			type: 'number',
			typeOptions,
			default: defaultSide(STABILITY_DEFAULT_ENGINE),
			displayOptions: {
				show: { ...legacy.show, engine: listedSizeEngines.map((engine) => engine.value) },
			},
			description: `Pixels: SDXL 1.0 and 0.9 take only ${sizesText.join(', ')} (width × height)`,
		},
	];
}

const properties: INodeProperties[] = [
	{
		displayName: 'Service',
		name: 'service',
		type: 'options',
		options: stabilityServiceOptions().map(({ name, value }) => ({ name, value })),
		default: STABILITY_LEGACY_SERVICE,
		description:
			'Legacy v1 text-to-image is priced by engine, size and steps; v2beta services by a flat price',
	},
	{
		displayName: 'Engine',
		name: 'engine',
		type: 'options',
		options: engines.map(({ name, value, description }) => ({ name, value, description })),
		default: STABILITY_DEFAULT_ENGINE,
		displayOptions: legacy,
		description:
			'The engine ID in /v1/generation/{engine_id}/text-to-image: each engine has its own price rule',
	},
	...sideFields('width'),
	...sideFields('height'),
	{
		displayName: 'Steps',
		name: 'steps',
		type: 'number',
		typeOptions: { minValue: stepsMin, maxValue: stepsMax },
		default: stepsDefault,
		displayOptions: legacy,
		description: "Diffusion steps (the API's default is 30)",
	},
	{
		displayName: 'Samples',
		name: 'samples',
		type: 'number',
		typeOptions: { minValue: samplesMin, maxValue: samplesMax },
		default: 1,
		displayOptions: legacy,
		description: 'Images per request: each one is charged',
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
	const service =
		readString(read('service', itemIndex, STABILITY_LEGACY_SERVICE), 'service') ??
		STABILITY_LEGACY_SERVICE;
	// The estimate finds services in any letter case, but n8n shows the legacy service's engine,
	// size and steps only for its exact id: without them it would be priced at the defaults.
	if (service !== STABILITY_LEGACY_SERVICE && matchKey([STABILITY_LEGACY_SERVICE], service)) {
		throw new PricingInputError(
			'service',
			`service must be written ${STABILITY_LEGACY_SERVICE} (got ${JSON.stringify(service)}).`,
		);
	}
	if (service !== STABILITY_LEGACY_SERVICE) {
		return { service, count: read<number>('count', itemIndex, 1) };
	}
	// No width or height (engine set by an expression, so n8n filled neither copy): '' lets the
	// estimate take the engine's own default size.
	return {
		service,
		engine: read<string>('engine', itemIndex, STABILITY_DEFAULT_ENGINE),
		count: read<number>('count', itemIndex, 1),
		width: read<number>('width', itemIndex, '' as unknown as number),
		height: read<number>('height', itemIndex, '' as unknown as number),
		steps: read<number>('steps', itemIndex, stepsDefault),
		samples: read<number>('samples', itemIndex, 1),
	};
};

export const option = estimateCreditsOption('stabilityAi');

export const description = forOperation('stabilityAi', 'estimateCredits', properties);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return await estimateItems(this, items, readStabilityAiEstimateInput, estimateStabilityAi);
}
