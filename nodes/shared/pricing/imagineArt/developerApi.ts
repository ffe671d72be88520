/**
 * ImagineArt developer-API estimate: API tokens per image by style × count (ImagineArt docs, "API
 * Call Billing and Token Usage",
 * https://docs.imagine.art/getting-started/api-call-billing-and-token-usage). The unit is
 * `apiTokens`: a developer-API balance, not app credits.
 */
import { line } from '../core/breakdown';
import { PricingInputError } from '../core/errors';
import { matchKey } from '../core/keys';
import { readNumber, readString } from '../core/numbers';
import type { ImagineArtEstimateInput, ImagineArtEstimateParts } from './input';
import type { ImagineArtPrices } from './prices';

/** The Text to Image API's default style (https://reference.imagine.art, "Text to Image API"). */
const DEFAULT_STYLE = 'imagine-turbo';

const BILLING_PAGE =
	'ImagineArt docs, "API Call Billing and Token Usage", ' +
	'https://docs.imagine.art/getting-started/api-call-billing-and-token-usage';

export function buildDeveloperApi(
	input: ImagineArtEstimateInput,
	prices: ImagineArtPrices,
): ImagineArtEstimateParts {
	const assumptions: string[] = [];
	const styles = Object.keys(prices.apiStyles);
	const wanted = readString(input.style, 'style');
	const lower = wanted?.toLowerCase();
	const id =
		wanted === undefined
			? DEFAULT_STYLE
			: (matchKey(styles, wanted) ??
				styles.find((key) => prices.apiStyles[key].label.toLowerCase() === lower));
	if (id === undefined) {
		throw new PricingInputError(
			'style',
			`Unknown ImagineArt developer-API style ${JSON.stringify(wanted)}: use one of ${styles.join(', ')}.`,
		);
	}
	const { label, tokens } = prices.apiStyles[id];
	if (tokens === undefined) {
		throw new PricingInputError(
			'style',
			`The developer API takes style ${id}, but its billing page gives it no token cost: add it with the overrides {"apiStyles": {"${id}": <tokens>}} (the cost the API Studio's Usage tab shows).`,
		);
	}
	const count = readNumber(input.count, 'count', { integer: true, min: 1 }, 1);
	if (wanted === undefined) {
		assumptions.push(`style not given: the Text to Image API's default, ${DEFAULT_STYLE}.`);
	}
	assumptions.unshift(
		`Developer API (api.vyro.ai, vk- keys): ${label} (${id}) costs ${tokens} API token${tokens === 1 ? '' : 's'} per image; N images cost N times (${BILLING_PAGE}).`,
		"These are developer-API tokens, watched in the API Studio's Usage tab: not app credits, so an app balance (creditBalance) cannot pay for them or be compared with them.",
	);
	const breakdown = [line(`${label} image (developer API)`, count, { min: tokens, max: tokens })];
	return {
		breakdown,
		min: breakdown[0].min,
		max: breakdown[0].max,
		requiresSubscription: false,
		assumptions,
		unit: 'apiTokens',
	};
}
