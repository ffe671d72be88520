/**
 * The Credit Gate's arithmetic, pure: what an item may spend given a balance, a floor to keep,
 * a safety margin, and what earlier items of the same run have already reserved.
 */
import { IMAGINE_ART_FREE_CREDITS_PER_DAY } from '../shared/pricing';
import { planImagineArtDraw, type ImagineArtBalances } from './imagineArtDraw';
import { roundCredits } from '../shared/pricing/core/numbers';

export interface GateSettings {
	/** Credits to keep in the account whatever happens. */
	floor: number;
	/** Share of the balance held back, in percent. */
	marginPercent: number;
	/** Each passing item reserves what it needs, so later items see less. */
	reserve: boolean;
}

export interface GateBalance {
	provider: string;
	remaining: number;
	/** `creditBalance.source`; absent on balances made by hand or by older versions. */
	source?: string;
	breakdown?: ImagineArtBalances;
	subscriptionActive?: boolean;
}

export interface GateRequest {
	required: number;
	/** An ImagineArt Pro model: free credits cannot pay for it. */
	requiresSubscription?: boolean;
	/**
	 * A budget for the period, in the provider's credits, and what was spent of it so far. A node
	 * setting, so every item of a run has one or none: what earlier items reserved counts
	 * against both the balance and the budget.
	 */
	budget?: { limit: number; spentThisPeriod: number };
}

/** How the budget stood for an item (with `GateRequest.budget`). */
export interface BudgetDecision {
	limit: number;
	spentThisPeriod: number;
	/** Reserved by earlier items of this execution that passed. */
	reservedBefore: number;
	/** What was left for this item: limit − spent − reserved (never below 0). */
	left: number;
	remainingAfter: number;
}

export interface GateDecision {
	passed: boolean;
	required: number;
	available: number;
	reservedBefore: number;
	remainingAfter: number;
	reason: string;
	/** What stopped an item that did not pass: the balance, the budget, or both; null if it passed. */
	limitedBy: 'balance' | 'budget' | 'balanceAndBudget' | null;
	/** With a budget. */
	budget?: BudgetDecision;
	/** ImagineArt: which balances pay, in the order free → subscription → top-up. */
	drawPlan?: ImagineArtBalances;
}

interface ProviderState {
	reserved: number;
	drawn: ImagineArtBalances;
}

export class CreditReservations {
	private readonly states = new Map<string, ProviderState>();

	constructor(private readonly settings: GateSettings) {}

	decide(balance: GateBalance, request: GateRequest): GateDecision {
		const state = this.stateOf(balance.provider);
		const { floor, marginPercent } = this.settings;
		// Near the largest double the product overflows: then divide first (exact enough there).
		const product = balance.remaining * marginPercent;
		const margin = Number.isFinite(product)
			? product / 100
			: balance.remaining * (marginPercent / 100);
		const headroom = balance.remaining - floor - margin - state.reserved;
		const limits: string[] = [];
		if (floor > 0) limits.push(`${floor} kept as floor`);
		if (margin > 0) limits.push(`${roundCredits(margin)} safety margin`);
		if (state.reserved > 0)
			limits.push(`${roundCredits(state.reserved)} reserved by earlier items of this execution`);

		const required = roundCredits(Math.max(0, request.required));
		let spendable = headroom;
		let drawPlan: ImagineArtBalances | undefined;
		if (balance.breakdown) {
			const plan = planImagineArtDraw(subtract(balance.breakdown, state.drawn), required, {
				requiresSubscription: request.requiresSubscription,
				subscriptionActive: balance.subscriptionActive,
			});
			spendable = Math.min(spendable, plan.usable);
			if (plan.covered) drawPlan = plan.draw;
			limits.push(...plan.notes.map(lowerFirst));
		} else if (request.requiresSubscription) {
			// Free daily credits go only to accounts without an active subscription, and a Pro model
			// needs one: so either the whole balance can pay for it, or none of it can.
			if (balance.subscriptionActive === false) {
				spendable = 0;
				limits.push('a Pro model needs an active subscription, and it has lapsed');
			} else if (balance.subscriptionActive === undefined) {
				limits.push(
					`a Pro model: assumes the subscription is active (ImagineArt did not say), so no daily free credits (${IMAGINE_ART_FREE_CREDITS_PER_DAY}) are in the balance; without one nothing can pay for it`,
				);
			}
		}

		const available = roundCredits(Math.max(0, spendable));
		const fitsBalance = required <= available;
		const budget = request.budget && this.budgetOf(request.budget, state);
		const fitsBudget = !budget || required <= budget.left;
		const passed = fitsBalance && fitsBudget;
		const reservedBefore = roundCredits(state.reserved);
		if (passed && this.settings.reserve) {
			state.reserved += required;
			if (drawPlan) state.drawn = add(state.drawn, drawPlan);
		}
		const remainingAfter = roundCredits(passed ? available - required : available);
		if (budget) budget.remainingAfter = roundCredits(passed ? budget.left - required : budget.left);
		const detail = `${roundCredits(balance.remaining)} balance${limits.length ? `; ${limits.join('; ')}` : ''}`;
		const scope = this.settings.reserve ? ` ${RESERVATION_SCOPE}` : '';
		const balanceText = fitsBalance
			? `${available} available (${detail})`
			: `only ${available} available (${detail})`;
		const budgetText = budget ? `; ${budgetSentence(budget, fitsBudget)}` : '';
		const reason = passed
			? `Enough credits: needs ${required}, ${balanceText}${budgetText}.${scope}`
			: `${fitsBalance ? 'Over budget' : 'Not enough credits'}: needs ${required}, ${balanceText}${budgetText}.${scope}`;
		const decision: GateDecision = {
			passed,
			required,
			available,
			reservedBefore,
			remainingAfter,
			reason,
			limitedBy: limitOf(fitsBalance, fitsBudget),
		};
		if (budget) decision.budget = budget;
		if (passed && drawPlan) decision.drawPlan = drawPlan;
		return decision;
	}

	private budgetOf(
		{ limit, spentThisPeriod }: NonNullable<GateRequest['budget']>,
		state: ProviderState,
	): BudgetDecision {
		const left = roundCredits(Math.max(0, limit - spentThisPeriod - state.reserved));
		return {
			limit,
			spentThisPeriod: roundCredits(spentThisPeriod),
			reservedBefore: roundCredits(state.reserved),
			left,
			remainingAfter: left,
		};
	}

	private stateOf(provider: string): ProviderState {
		let state = this.states.get(provider);
		if (!state) {
			state = { reserved: 0, drawn: { free: 0, subscription: 0, topUp: 0 } };
			this.states.set(provider, state);
		}
		return state;
	}
}

/**
 * The gate holds no state between executions (so it runs unchanged in queue mode): runs that
 * draw on one account at the same time each see the whole balance.
 */
const RESERVATION_SCOPE =
	'Reservations count this execution only: other runs spending from the same account at the same time are not in them.';

function limitOf(fitsBalance: boolean, fitsBudget: boolean): GateDecision['limitedBy'] {
	if (fitsBalance) return fitsBudget ? null : 'budget';
	return fitsBudget ? 'balance' : 'balanceAndBudget';
}

function budgetSentence(budget: BudgetDecision, fits: boolean): string {
	const reserved =
		budget.reservedBefore > 0 ? `, ${budget.reservedBefore} reserved by earlier items` : '';
	return `budget ${budget.limit}, ${budget.spentThisPeriod} spent this period${reserved}: ${fits ? '' : 'only '}${budget.left} left`;
}

function subtract(a: ImagineArtBalances, b: ImagineArtBalances): ImagineArtBalances {
	return {
		free: Math.max(0, a.free - b.free),
		subscription: Math.max(0, a.subscription - b.subscription),
		topUp: Math.max(0, a.topUp - b.topUp),
	};
}

function add(a: ImagineArtBalances, b: ImagineArtBalances): ImagineArtBalances {
	return {
		free: a.free + b.free,
		subscription: a.subscription + b.subscription,
		topUp: a.topUp + b.topUp,
	};
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}
