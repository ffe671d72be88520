/**
 * Stability AI price overrides: a user's JSON replacing catalog prices, e.g.
 * `{"services": {"core": 4}, "newServices": {"sd4": 9},
 *   "legacyBaseAt50Steps": {"512x512": 1.2}, "usdPerCredit": 0.01}`.
 * `services` and `legacyBaseAt50Steps` accept only names the entry knows (so a typo is caught);
 * `newServices` adds services. Legacy prices must still grow with the image size.
 */
import type { StabilityAiPrices, StabilityAiService } from './data/stabilityAiPricing';
import { PricingInputError } from './errors';
import {
	asCredits,
	asObject,
	checkKeys,
	describeOverride,
	join,
	parseOverrides,
} from './overrides';
import { legacyAnchors } from './stabilityAiLegacy';

export const STABILITY_LEGACY_SERVICE = 'v1-text-to-image';

const OVERRIDE_KEYS = ['services', 'newServices', 'legacyBaseAt50Steps', 'usdPerCredit'] as const;

/** Apply validated overrides to a copy of the entry's prices; `applied` lists what changed. */
export function applyStabilityAiOverrides(
	base: StabilityAiPrices,
	raw: unknown,
): { prices: StabilityAiPrices; applied: string[] } {
	const overrides = parseOverrides(raw);
	const applied: string[] = [];
	if (!overrides) return { prices: base, applied };
	checkKeys(overrides, OVERRIDE_KEYS, '');

	const services: Record<string, StabilityAiService> = { ...base.services };
	const legacy: Record<string, number> = { ...base.legacyBaseAt50Steps };
	let usdPerCredit = base.usdPerCredit;

	if (overrides.services !== undefined) {
		const given = asObject(overrides.services, 'services');
		checkKeys(
			given,
			Object.keys(base.services),
			'services',
			'To price a service this pricing entry does not list, put it under `newServices`.',
		);
		for (const [id, value] of Object.entries(given)) {
			const path = join('services', id);
			const credits = asCredits(value, path);
			services[id] = { ...services[id], credits };
			applied.push(describeOverride(path, { min: credits, max: credits }));
		}
	}
	if (overrides.newServices !== undefined) {
		const given = asObject(overrides.newServices, 'newServices');
		for (const [id, value] of Object.entries(given)) {
			const path = join('newServices', id);
			if (id === STABILITY_LEGACY_SERVICE) {
				throw new PricingInputError(
					`overrides.${path}`,
					`Pricing overrides: \`${path}\`: the legacy service is priced with \`legacyBaseAt50Steps\`.`,
				);
			}
			const credits = asCredits(value, path);
			services[id] = { label: services[id]?.label ?? id, credits };
			applied.push(describeOverride(path, { min: credits, max: credits }));
		}
	}
	if (overrides.legacyBaseAt50Steps !== undefined) {
		const given = asObject(overrides.legacyBaseAt50Steps, 'legacyBaseAt50Steps');
		checkKeys(given, Object.keys(base.legacyBaseAt50Steps), 'legacyBaseAt50Steps');
		for (const [size, value] of Object.entries(given)) {
			const path = join('legacyBaseAt50Steps', size);
			legacy[size] = asCredits(value, path);
			applied.push(describeOverride(path, { min: legacy[size], max: legacy[size] }));
		}
		const anchors = legacyAnchors(legacy);
		for (let i = 1; i < anchors.length; i++) {
			if (anchors[i].credits <= anchors[i - 1].credits) {
				throw new PricingInputError(
					`overrides.legacyBaseAt50Steps.${anchors[i].size}`,
					`Pricing overrides: \`legacyBaseAt50Steps.${anchors[i].size}\` (${anchors[i].credits}) must be more than ` +
						`${anchors[i - 1].size} (${anchors[i - 1].credits}): larger images cost more.`,
				);
			}
		}
	}
	if (overrides.usdPerCredit !== undefined) {
		usdPerCredit = asCredits(overrides.usdPerCredit, 'usdPerCredit');
		applied.push(`usdPerCredit = ${usdPerCredit}`);
	}
	return { prices: { legacyBaseAt50Steps: legacy, services, usdPerCredit }, applied };
}
