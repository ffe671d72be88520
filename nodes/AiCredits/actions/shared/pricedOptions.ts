/**
 * Lists the node UI shows (dropdown options), built from the pricing data so labels always
 * carry the current prices. `version` is a pricing entry id; empty means the newest.
 */
import { resolvePricingEntry } from '../../../shared/pricing/core/catalog';
import { GAMMA_PRICING } from '../../../shared/pricing/gamma/prices';
import { IMAGINE_ART_PRICING } from '../../../shared/pricing/imagineArt/prices';
import {
	STABILITY_AI_PRICING,
	type StabilityAiEngine,
} from '../../../shared/pricing/stabilityAi/prices';
import { gammaModelRange } from '../../../shared/pricing/gamma/names';
import { IMAGINE_ART_OFFICIAL_IMAGE_MODELS } from '../../../shared/pricing/imagineArt/aliases';
import { resolutionsOf } from '../../../shared/pricing/imagineArt/modelPrice';
import { formatRange } from '../../../shared/pricing/core/numbers';
import { STABILITY_LEGACY_SERVICE } from '../../../shared/pricing/stabilityAi/estimate';

export interface PricedOption {
	/** The parameter value. */
	value: string;
	/** What the user reads, e.g. `flux-1-quick (2 credits/image)`. */
	name: string;
	min: number;
	max: number;
}

const byPriceThenName = (a: PricedOption, b: PricedOption) =>
	a.min - b.min || a.max - b.max || a.value.localeCompare(b.value);

/** Gamma image models with their price; empty for entries without per-model prices. */
export function gammaImageModelOptions(version?: string): PricedOption[] {
	const { prices } = resolvePricingEntry(GAMMA_PRICING, version);
	return Object.entries(prices.imageModels)
		.map(([value, price]) => {
			const { min, max } = gammaModelRange(price);
			return { value, name: `${value} (${formatRange(min, max)} credits/image)`, min, max };
		})
		.sort(byPriceThenName);
}

/** Gamma image tiers of a pricing entry, e.g. `Premium (34–75 credits/image)`. */
export function gammaImageTierOptions(version?: string): PricedOption[] {
	const { prices } = resolvePricingEntry(GAMMA_PRICING, version);
	return prices.imageTiers.map((tier) => ({
		value: tier.id,
		name: `${tier.label} (${formatRange(tier.min, tier.max)} credits/image)`,
		min: tier.min,
		max: tier.max,
	}));
}

export interface StabilityServiceOption extends PricedOption {
	/** True for the legacy v1 text-to-image service (priced by size and steps). */
	legacy: boolean;
}

/**
 * Stability AI services: the legacy v1 text-to-image first, then the v2beta flat prices; a
 * service no public source prices says so. Ids kept only for saved workflows are left out.
 */
export function stabilityServiceOptions(version?: string): StabilityServiceOption[] {
	const { prices } = resolvePricingEntry(STABILITY_AI_PRICING, version);
	const legacy: StabilityServiceOption = {
		value: STABILITY_LEGACY_SERVICE,
		name: 'Legacy V1 Text-to-Image (Priced by Engine, Size and Steps)',
		min: 0,
		max: 0,
		legacy: true,
	};
	const flat = Object.entries(prices.services)
		.filter(([, service]) => service.listed !== false)
		.map(([value, service]) => ({
			value,
			name:
				service.credits === undefined
					? `${service.label} (No Published Price: Add It Under Price Overrides)`
					: `${service.label} (${service.credits} credits)`,
			min: service.credits ?? 0,
			max: service.credits ?? 0,
			legacy: false,
		}));
	return [legacy, ...flat];
}

export interface StabilityEngineOption {
	value: string;
	name: string;
	/** The engine's pricing rule and sizes, in words. */
	description: string;
	/** The only sizes it accepts (`WIDTHxHEIGHT`), empty when any side within the limits goes. */
	sizes: string[];
}

function engineRule(engine: StabilityAiEngine): string {
	const { rule } = engine;
	switch (rule.kind) {
		case 'steps': {
			const listed = Object.entries(rule.creditsAtSteps)
				.map(([steps, credits]) => `${steps} steps ${credits}`)
				.join(', ');
			return `Priced by steps only: ${listed} credits per image, other steps by Stability's formula`;
		}
		case 'pixels':
			return `Priced by pixels and steps: (width × height − ${rule.pixelOffset.toLocaleString('en-US')}) × steps / 30 × ${rule.creditsPerPixelAt30Steps} credits per image`;
		case 'dreamStudioTable':
			return "Priced by the DreamStudio table of Stability's Credits + Billing page (size and steps)";
		case 'flat':
			return `${rule.credits} credits per image`;
	}
}

function engineSizes(engine: StabilityAiEngine): string {
	if (engine.sizes) return `sizes ${engine.sizes.map((size) => size.replace('x', '×')).join(', ')}`;
	const pixels = engine.maxPixels?.toLocaleString('en-US');
	return `sides multiples of 64${pixels ? `, at most ${pixels} pixels` : ''}`;
}

/** Legacy v1 engines, alphabetically, each with its pricing rule and sizes. */
export function stabilityEngineOptions(version?: string): StabilityEngineOption[] {
	const { prices } = resolvePricingEntry(STABILITY_AI_PRICING, version);
	return Object.entries(prices.engines)
		.map(([value, engine]) => ({
			value,
			name: engine.label,
			description: `${engineRule(engine)}; ${engineSizes(engine)}`,
			sizes: [...(engine.sizes ?? [])],
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export interface ImagineArtModelOption extends PricedOption {
	label: string;
	/** Resolutions priced separately (`1K`, `2K`, `4K`); empty when one price fits all. */
	resolutions: string[];
	/** Credits per image by resolution (`default` when one price fits all). */
	credits: Record<string, number>;
	/** Needs an active subscription (a "Pro" model). */
	pro: boolean;
	/** The model's id in ImagineArt's official n8n node, where it has one. */
	officialId?: string;
}

/** ImagineArt image models, e.g. `Nano Banana Pro (80–160 credits/image, Pro: subscription only)`. */
export function imagineArtModelOptions(version?: string): ImagineArtModelOption[] {
	const { prices } = resolvePricingEntry(IMAGINE_ART_PRICING, version);
	return Object.entries(prices.imageModels).map(([value, model]) => {
		const all = Object.values(model.credits);
		const min = Math.min(...all);
		const max = Math.max(...all);
		const resolutions = resolutionsOf(model);
		return {
			value,
			name: `${model.label} (${formatRange(min, max)} credits/image${
				model.pro ? ', Pro: subscription only' : ''
			})`,
			label: model.label,
			min,
			max,
			resolutions,
			credits: { ...model.credits },
			pro: model.pro,
			...officialIdOf(value),
		};
	});
}

function officialIdOf(priced: string): { officialId?: string } {
	const entry = Object.entries(IMAGINE_ART_OFFICIAL_IMAGE_MODELS).find(
		([, model]) => model.priced === priced,
	);
	return entry ? { officialId: entry[0] } : {};
}

/**
 * Models of ImagineArt's n8n node that no public source prices: an estimate for one asks for its
 * price in the overrides.
 */
export function imagineArtUnpricedModelOptions(): Array<{ value: string; name: string }> {
	return Object.entries(IMAGINE_ART_OFFICIAL_IMAGE_MODELS)
		.filter(([, model]) => model.priced === undefined)
		.map(([value, model]) => ({
			value,
			name: `${model.label} (No Published Price: Add It Under Price Overrides)`,
		}));
}

/** ImagineArt video models (ids of ImagineArt's n8n node), with their durations and resolutions. */
export function imagineArtVideoModelOptions(
	version?: string,
): Array<{ value: string; name: string; description: string }> {
	const { prices } = resolvePricingEntry(IMAGINE_ART_PRICING, version);
	return Object.entries(prices.videoModels).map(([value, model]) => {
		const seconds = model.durations.join(', ');
		const resolutions = model.resolutions.join(', ');
		return {
			value,
			name: model.label,
			description: [
				seconds ? `Durations ${seconds} s` : 'Durations not listed',
				resolutions ? `resolutions ${resolutions}` : 'no resolution setting',
			].join('; '),
		};
	});
}

/** Every video resolution of the ImagineArt video models, lowest first. */
export function imagineArtVideoResolutionOptions(
	version?: string,
): Array<{ value: string; name: string }> {
	const { prices } = resolvePricingEntry(IMAGINE_ART_PRICING, version);
	const all = new Set(Object.values(prices.videoModels).flatMap((model) => model.resolutions));
	const height = (res: string) => (res.toLowerCase() === '4k' ? 2160.5 : parseInt(res, 10));
	return [...all].sort((a, b) => height(a) - height(b)).map((value) => ({ value, name: value }));
}

/** ImagineArt developer-API styles with their API tokens per image, e.g. `Flux Dev (15 API Tokens/Image)`. */
export function imagineArtApiStyleOptions(
	version?: string,
): Array<{ value: string; name: string }> {
	const { prices } = resolvePricingEntry(IMAGINE_ART_PRICING, version);
	return Object.entries(prices.apiStyles)
		.map(([value, style]) => ({
			value,
			name:
				style.tokens === undefined
					? `${style.label} (No Published Cost: Add It Under Price Overrides)`
					: `${style.label} (${style.tokens} API Token${style.tokens === 1 ? '' : 's'}/Image)`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** All resolutions any ImagineArt model is priced by (for a resolution dropdown). */
export function imagineArtResolutionOptions(
	version?: string,
): Array<{ value: string; name: string }> {
	const seen = new Set<string>();
	for (const model of imagineArtModelOptions(version))
		model.resolutions.forEach((r) => seen.add(r));
	return [...seen].sort().map((value) => ({ value, name: value }));
}
