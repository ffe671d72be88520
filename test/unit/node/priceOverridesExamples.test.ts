/**
 * Each provider's Price Overrides field shows an example: it must be one that provider's estimate
 * accepts and applies (the same example for every provider was rejected by two of them).
 */
import { PRICE_OVERRIDES_EXAMPLE as GAMMA } from '../../../nodes/AiCredits/actions/gamma/estimateCredits.operation';
import { PRICE_OVERRIDES_EXAMPLE as IMAGINE_ART } from '../../../nodes/AiCredits/actions/imagineArt/estimateCredits.operation';
import { PRICE_OVERRIDES_EXAMPLE as STABILITY_AI } from '../../../nodes/AiCredits/actions/stabilityAi/estimateCredits.operation';
import { resources } from '../../../nodes/AiCredits/actions/router';
import {
	estimateGamma,
	estimateImagineArt,
	estimateStabilityAi,
	type CreditEstimate,
} from '../../../nodes/shared/pricing';

const cases: Array<[string, string, (overrides?: string) => CreditEstimate]> = [
	[
		'gamma',
		GAMMA,
		(overrides) =>
			estimateGamma(
				{ numCards: 10, imageSource: 'aiGenerated', imageModel: 'flux-1-quick' },
				{ overrides },
			),
	],
	[
		'stabilityAi',
		STABILITY_AI,
		(overrides) => estimateStabilityAi({ service: 'core' }, { overrides }),
	],
	[
		'imagineArt',
		IMAGINE_ART,
		(overrides) => estimateImagineArt({ model: 'flux-dev' }, { overrides }),
	],
];

describe.each(cases)('%s: the Price Overrides example', (provider, example, estimate) => {
	it('is the one its field shows', () => {
		const field = resources[provider as keyof typeof resources].estimateCredits.description.find(
			(property) => property.name === 'priceOverrides',
		);
		expect(field?.description).toContain(`e.g. ${example}.`);
	});

	it('is accepted, and changes the estimate', () => {
		const plain = estimate();
		const overridden = estimate(example);
		expect([overridden.min, overridden.max]).not.toEqual([plain.min, plain.max]);
	});
});
