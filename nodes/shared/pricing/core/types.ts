/**
 * Shapes shared by every estimator. The `creditEstimate` object is a public contract (README,
 * "What each operation adds to an item"): workflows saved by users read these names.
 */

import type { Provider } from '../../providers/registry';

/** The providers priced here: the one `Provider` union of the registry. */
export type PricingProvider = Provider;

/** One line of an estimate: what is counted, how many, and what that costs in credits. */
export interface BreakdownLine {
	label: string;
	quantity: number;
	/** Credits for the whole line (quantity × unit price), low end. */
	min: number;
	/** Credits for the whole line, high end. */
	max: number;
	/** Credits per unit (card, image, video, day…), low end. */
	unitMin?: number;
	/** Credits per unit, high end. */
	unitMax?: number;
	/** US-dollar equivalent of `min` (Stability AI: 1 credit = US$0.01). */
	usdMin?: number;
	/** US-dollar equivalent of `max`. */
	usdMax?: number;
	/** True when the line repeats the sum of the lines above it (it is not added again). */
	subtotal?: boolean;
	note?: string;
}

/** The unit of an estimate: app credits, or ImagineArt developer-API tokens. */
export type EstimateUnit = 'credits' | 'apiTokens';

export interface CreditEstimate {
	provider: PricingProvider;
	min: number;
	/** See each estimator: the midpoint of `min` and `max` unless stated otherwise. */
	expected: number;
	max: number;
	/**
	 * What `min`, `expected`, `max` and the breakdown count: the provider's `credits`, or
	 * `apiTokens` for ImagineArt's developer API, a separate balance that credits cannot pay.
	 */
	unit: EstimateUnit;
	breakdown: BreakdownLine[];
	/** The pricing entry used, e.g. `gamma-2026`, or `gamma-2026+overrides` when the user overrode prices. */
	pricingVersion: string;
	assumptions: string[];
	/** ImagineArt monthly plan: credits per month before the buffer. */
	base?: number;
	/** ImagineArt: true when the model needs an active subscription (free credits cannot pay). */
	requiresSubscription?: boolean;
	/** Stability AI: US-dollar equivalent (1 credit = US$0.01). */
	usd?: { min: number; expected: number; max: number };
}

export interface PricingVersionInfo {
	id: string;
	label: string;
	/** YYYY-MM-DD */
	effectiveDate: string;
	/** Where the prices come from: the provider's public page (name, edition, URL). */
	source: string;
}

export interface EstimateOptions {
	/** A pricing entry id from `listPricingVersions`; empty means the newest. */
	pricingVersion?: string;
	/** The user's own prices, as a JSON string or an object; validated per provider. */
	overrides?: string | object;
}

/** A dated pricing entry in a data file: the version info plus the prices themselves. */
export interface PricingEntry<P> extends PricingVersionInfo {
	prices: P;
}

/** A low–high pair in credits. */
export interface CreditRange {
	min: number;
	max: number;
}
