/**
 * The dated pricing catalog: which entries exist per provider, and how a requested
 * `pricingVersion` is resolved (empty means the newest effective date).
 */
import { GAMMA_PRICING } from '../gamma/prices';
import { IMAGINE_ART_PRICING } from '../imagineArt/prices';
import { STABILITY_AI_PRICING } from '../stabilityAi/prices';
import { PricingInputError } from './errors';
import type { PricingEntry, PricingProvider, PricingVersionInfo } from './types';

const CATALOG: Readonly<Record<PricingProvider, ReadonlyArray<PricingEntry<unknown>>>> = {
	gamma: GAMMA_PRICING,
	stabilityAi: STABILITY_AI_PRICING,
	imagineArt: IMAGINE_ART_PRICING,
};

function newestFirst<P>(entries: ReadonlyArray<PricingEntry<P>>): Array<PricingEntry<P>> {
	return [...entries].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
}

function entriesOf(provider: PricingProvider): ReadonlyArray<PricingEntry<unknown>> {
	if (!Object.hasOwn(CATALOG, provider)) {
		throw new PricingInputError(
			'provider',
			`Unknown provider ${JSON.stringify(provider)}: use one of ${Object.keys(CATALOG).join(', ')}.`,
		);
	}
	return CATALOG[provider];
}

/** The pricing entries of a provider, newest first (the first one is the default). */
export function listPricingVersions(provider: PricingProvider): PricingVersionInfo[] {
	return newestFirst(entriesOf(provider)).map(({ id, label, effectiveDate, source }) => ({
		id,
		label,
		effectiveDate,
		source,
	}));
}

/**
 * The entry a user asked for; empty means the newest. An unknown id throws a PricingInputError
 * on `pricingVersion` listing the ids that exist.
 */
export function resolvePricingEntry<P>(
	entries: ReadonlyArray<PricingEntry<P>>,
	requested: string | undefined,
): PricingEntry<P> {
	const sorted = newestFirst(entries);
	const wanted = typeof requested === 'string' ? requested.trim() : '';
	if (wanted === '') return sorted[0];
	const found = sorted.find((entry) => entry.id === wanted);
	if (!found) {
		throw new PricingInputError(
			'pricingVersion',
			`Unknown pricingVersion ${JSON.stringify(wanted)}: use one of ${sorted
				.map((entry) => entry.id)
				.join(', ')} (or leave it empty for the newest).`,
		);
	}
	return found;
}
