import {
	estimateGamma,
	estimateImagineArt,
	estimateStabilityAi,
	listPricingVersions,
	PricingInputError,
} from '../../../nodes/shared/pricing';
import type { PricingProvider } from '../../../nodes/shared/pricing';
import { expectInputError } from './helpers';

const PROVIDERS: PricingProvider[] = ['gamma', 'stabilityAi', 'imagineArt'];

describe('pricing catalog', () => {
	it('lists the expected entries, newest first', () => {
		expect(listPricingVersions('gamma').map((v) => v.id)).toEqual(['gamma-2026', 'gamma-2025']);
		expect(listPricingVersions('stabilityAi').map((v) => v.id)).toEqual([
			'stability-2026',
			'stability-2023',
		]);
		expect(listPricingVersions('imagineArt').map((v) => v.id)).toEqual(['imagineart-2026']);
	});

	it.each(PROVIDERS)(
		'%s: every entry has an id, a label, a date and a source, newest first',
		(provider) => {
			const versions = listPricingVersions(provider);
			expect(versions.length).toBeGreaterThan(0);
			for (const version of versions) {
				expect(version.id).toMatch(/^[a-z]+-\d{4}$/);
				expect(version.label.length).toBeGreaterThan(5);
				expect(version.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(version.source.length).toBeGreaterThan(5);
			}
			const dates = versions.map((v) => v.effectiveDate);
			expect([...dates].sort().reverse()).toEqual(dates);
		},
	);

	it('sources name the public pages', () => {
		const gamma = listPricingVersions('gamma');
		expect(gamma[0].source).toContain(
			'https://developers.gamma.app/get-started/access-and-pricing',
		);
		expect(gamma[0].source).toContain('https://github.com/gamma-app/n8n-nodes-gamma');
		expect(gamma[1].source).toContain('https://github.com/gamma-app/gamma-docs/blob/');
		const stability = listPricingVersions('stabilityAi');
		expect(stability[0].source).toContain('https://stability.ai/api-pricing-update-25');
		expect(stability[1].source).toContain('"Credits + Billing"');
		expect(stability[1].source).toContain('https://github.com/le-si/platform/blob/');
		const imagineArt = listPricingVersions('imagineArt')[0].source;
		expect(imagineArt).toContain('https://docs.imagine.art/image-tools/image-credits');
		expect(imagineArt).toContain('https://docs.imagine.art/overview/understanding-credits');
		for (const provider of PROVIDERS) {
			for (const version of listPricingVersions(provider)) {
				expect(version.source).not.toMatch(/seeds?\/|\.txt\b|API-FACTS/);
			}
		}
	});

	it('estimates report the version used; empty means the newest', () => {
		expect(estimateGamma({ numCards: 1 }, { pricingVersion: '' }).pricingVersion).toBe(
			'gamma-2026',
		);
		expect(estimateStabilityAi({}, { pricingVersion: 'stability-2023' }).pricingVersion).toBe(
			'stability-2023',
		);
		expect(estimateImagineArt({ model: 'flux-dev' }).pricingVersion).toBe('imagineart-2026');
	});

	it('an unknown version names the field and the versions', () => {
		expectInputError(
			() => estimateImagineArt({ model: 'flux-dev' }, { pricingVersion: 'imagineart-1999' }),
			'pricingVersion',
			'imagineart-2026',
		);
		expectInputError(
			() => estimateStabilityAi({}, { pricingVersion: 'gamma-2026' }),
			'pricingVersion',
			'stability-2026',
		);
	});

	it.each(['midjourney', 'toString', 'constructor', '__proto__'])(
		'an unknown provider (%s) is an input error',
		(provider) => {
			expectInputError(
				() => listPricingVersions(provider as PricingProvider),
				'provider',
				'gamma, stabilityAi, imagineArt',
			);
		},
	);

	it('PricingInputError is an Error with a field', () => {
		const error = new PricingInputError('numCards', 'bad');
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('PricingInputError');
		expect(error.field).toBe('numCards');
	});
});
