/**
 * Stability AI price overrides: a user's JSON replacing catalog prices, e.g.
 * `{"services": {"core": 4, "sd3.5-flash": 2.5}, "newServices": {"sd4": 9},
 *   "engines": {"stable-diffusion-xl-1024-v1-0": 0.9},
 *   "legacyBaseAt50Steps": {"512x512": 1.2}, "usdPerCredit": 0.01}`.
 * `services`, `engines` and `legacyBaseAt50Steps` accept only names the entry knows, in any case
 * (so a typo is caught); `services` also prices the services the entry lists without a price;
 * `newServices` adds services; `engines` sets a v1 engine's credits per image, whatever the
 * size and steps. The DreamStudio table's prices must still grow with the image size.
 */
import type { StabilityAiEngine, StabilityAiPrices, StabilityAiService } from './prices';
import {
	asCredits,
	describeOverride,
	fail,
	namesOf,
	overrideItems,
	readOverrides,
	type OverrideItem,
} from '../core/overrides';
import { legacyAnchors } from './legacy';

export const STABILITY_LEGACY_SERVICE = 'v1-text-to-image';

const OVERRIDE_KEYS = [
	'services',
	'newServices',
	'engines',
	'legacyBaseAt50Steps',
	'usdPerCredit',
] as const;

/** Apply validated overrides to a copy of the entry's prices; `applied` lists what changed. */
export function applyStabilityAiOverrides(
	base: StabilityAiPrices,
	raw: unknown,
): { prices: StabilityAiPrices; applied: string[] } {
	const overrides = readOverrides(raw, OVERRIDE_KEYS);
	const applied: string[] = [];
	if (!overrides) return { prices: base, applied };
	const credits = ({ value, path }: OverrideItem): number => {
		const price = asCredits(value, path);
		applied.push(describeOverride(path, price));
		return price;
	};
	const services: Record<string, StabilityAiService> = { ...base.services };
	const engines: Record<string, StabilityAiEngine> = { ...base.engines };
	const legacy: Record<string, number> = { ...base.legacyBaseAt50Steps };
	let usdPerCredit = base.usdPerCredit;

	if (overrides.services !== undefined) {
		const names = namesOf(Object.keys(base.services));
		const hint = 'To price a service this pricing entry does not list, put it under `newServices`.';
		for (const item of overrideItems(overrides.services, 'services', names, hint)) {
			services[item.name] = { ...services[item.name], credits: credits(item) };
		}
	}
	if (overrides.newServices !== undefined) {
		for (const item of overrideItems(overrides.newServices, 'newServices')) {
			if (item.name.toLowerCase() === STABILITY_LEGACY_SERVICE) {
				fail(
					item.path,
					`\`${item.path}\`: the legacy service is priced with \`legacyBaseAt50Steps\`.`,
				);
			}
			services[item.name] = {
				label: services[item.name]?.label ?? item.name,
				credits: credits(item),
			};
		}
	}
	if (overrides.engines !== undefined) {
		const names = namesOf(Object.keys(base.engines));
		for (const item of overrideItems(overrides.engines, 'engines', names)) {
			engines[item.name] = {
				...engines[item.name],
				rule: { kind: 'flat', credits: credits(item) },
			};
		}
	}
	if (overrides.legacyBaseAt50Steps !== undefined) {
		const names = namesOf(Object.keys(base.legacyBaseAt50Steps));
		for (const item of overrideItems(overrides.legacyBaseAt50Steps, 'legacyBaseAt50Steps', names)) {
			legacy[item.name] = credits(item);
		}
		const anchors = legacyAnchors(legacy);
		for (let i = 1; i < anchors.length; i++) {
			if (anchors[i].credits <= anchors[i - 1].credits) {
				const path = `legacyBaseAt50Steps.${anchors[i].size}`;
				fail(
					path,
					`\`${path}\` (${anchors[i].credits}) must be more than ${anchors[i - 1].size} ` +
						`(${anchors[i - 1].credits}): larger images cost more.`,
				);
			}
		}
	}
	if (overrides.usdPerCredit !== undefined) {
		usdPerCredit = asCredits(overrides.usdPerCredit, 'usdPerCredit');
		applied.push(describeOverride('usdPerCredit', usdPerCredit));
	}
	return { prices: { legacyBaseAt50Steps: legacy, engines, services, usdPerCredit }, applied };
}
