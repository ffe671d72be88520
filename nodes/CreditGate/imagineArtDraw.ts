/**
 * Which ImagineArt balances pay for a cost (ImagineArt docs, "Understanding Credits" (2026),
 * "Which credits get used first?", https://docs.imagine.art/overview/understanding-credits):
 * free (expire daily) → subscription (expire at renewal) → top-up (never expire).
 *
 * - A model that needs a subscription ("Pro") cannot be paid with free credits.
 * - After a subscription lapses there are no subscription credits to spend, and top-up
 *   credits can still be spent, but only on free-tier features: so a Pro model can then be
 *   paid with nothing at all, while other models draw free → top-up.
 * - `subscriptionActive` defaults to true (the usual case when a subscription balance exists).
 * - A missing or negative balance (number or numeric text) counts as 0; other text is an error.
 * - `covered` compares the exact amounts; a shortfall is reported rounded up to the cent, so it
 *   is never 0 when the cost is not covered.
 */
import { PricingInputError } from '../shared/pricing/core/errors';
import { ceilCredits, readNumber, roundCredits } from '../shared/pricing/core/numbers';
import type { ImagineArtCreditPools } from '../shared/providers/creditBalance';

/** Credits per ImagineArt pool: what an account holds, or what a draw takes from each. */
export type ImagineArtBalances = ImagineArtCreditPools;

export interface ImagineArtDrawOptions {
	/** The model needs an active subscription (a "Pro" model). Default false. */
	requiresSubscription?: boolean;
	/** The account's subscription is active. Default true. */
	subscriptionActive?: boolean;
}

export interface ImagineArtDrawPlan {
	/** Credits taken from each balance, in the order free → subscription → top-up. */
	draw: ImagineArtBalances;
	/** Credits the usable balances cannot cover, rounded up to the cent (0 when covered). */
	shortfall: number;
	covered: boolean;
	/** Total of the balances that may pay for this cost. */
	usable: number;
	/** Why a balance was skipped, in plain words. */
	notes: string[];
}

const ORDER = ['free', 'subscription', 'topUp'] as const;

/** What float noise may leave of a covered cost (e.g. 73.8 − 0.1 − 0.2 − 73.5). */
const NOISE = 1e-9;

function readBalance(value: unknown, field: string): number {
	return Math.max(0, readNumber(value, field, {}, 0));
}

/** Plan how a cost is drawn from ImagineArt's three balances, and any shortfall. */
export function planImagineArtDraw(
	balances: ImagineArtBalances,
	cost: number,
	options: ImagineArtDrawOptions = {},
): ImagineArtDrawPlan {
	if (typeof balances !== 'object' || balances === null) {
		throw new PricingInputError(
			'balances',
			'balances must be an object { free, subscription, topUp }.',
		);
	}
	const available: ImagineArtBalances = {
		free: readBalance(balances.free, 'balances.free'),
		subscription: readBalance(balances.subscription, 'balances.subscription'),
		topUp: readBalance(balances.topUp, 'balances.topUp'),
	};
	const needed = readNumber(cost, 'cost', { min: 0 });
	const requiresSubscription = options.requiresSubscription === true;
	const subscriptionActive = options.subscriptionActive !== false;

	const usableFrom: Record<keyof ImagineArtBalances, boolean> = {
		free: !requiresSubscription,
		subscription: subscriptionActive,
		topUp: subscriptionActive || !requiresSubscription,
	};
	const notes: string[] = [];
	if (requiresSubscription) {
		notes.push('Pro model: free daily credits cannot pay for it.');
		if (!subscriptionActive) {
			notes.push('Pro model without an active subscription: no credits can pay for it.');
		}
	}
	if (!subscriptionActive) {
		notes.push('Subscription not active: there are no subscription credits to spend.');
		if (!requiresSubscription) {
			notes.push('Top-up credits remain spendable on free-tier features.');
		}
	}

	const draw: ImagineArtBalances = { free: 0, subscription: 0, topUp: 0 };
	let remaining = needed;
	let usable = 0;
	for (const key of ORDER) {
		if (!usableFrom[key]) continue;
		usable += available[key];
		const take = Math.min(available[key], remaining);
		draw[key] = roundCredits(take);
		remaining -= take;
	}
	const covered = remaining <= NOISE * Math.max(1, needed);
	const shortfall = covered ? 0 : ceilCredits(remaining);
	return { draw, shortfall, covered, usable: roundCredits(usable), notes };
}
