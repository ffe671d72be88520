import { CreditReservations } from '../../../nodes/CreditGate/creditReservations';

const gate = (reserve = true) => new CreditReservations({ floor: 0, marginPercent: 0, reserve });
const balance = { provider: 'gamma', remaining: 1000 };

describe('Credit Gate budget per period', () => {
	it('passes an item only when it fits both the balance and what is left of the budget', () => {
		const reservations = gate();
		const budget = { limit: 300, spentThisPeriod: 150 };
		const decisions = [60, 60, 60].map((required) =>
			reservations.decide(balance, { required, budget }),
		);
		expect(decisions.map((d) => d.passed)).toEqual([true, true, false]);
		expect(decisions.map((d) => d.budget)).toEqual([
			{ limit: 300, spentThisPeriod: 150, reservedBefore: 0, left: 150, remainingAfter: 90 },
			{ limit: 300, spentThisPeriod: 150, reservedBefore: 60, left: 90, remainingAfter: 30 },
			{ limit: 300, spentThisPeriod: 150, reservedBefore: 120, left: 30, remainingAfter: 30 },
		]);
		expect(decisions[2].limitedBy).toBe('budget');
		expect(decisions[2].reason).toMatch(
			/^Over budget: needs 60, 880 available \(1000 balance; 120 reserved by earlier items of this execution\); budget 300, 150 spent this period, 120 reserved by earlier items: only 30 left\./,
		);
		// the balance still had room: a budget refusal reserves nothing
		expect(decisions[2].remainingAfter).toBe(880);
	});

	it('says which limit stopped an item', () => {
		const reservations = gate(false);
		const small = { provider: 'gamma', remaining: 50 };
		expect(reservations.decide(small, { required: 60 }).limitedBy).toBe('balance');
		expect(
			reservations.decide(small, { required: 60, budget: { limit: 10, spentThisPeriod: 0 } })
				.limitedBy,
		).toBe('balanceAndBudget');
		expect(
			reservations.decide(balance, { required: 60, budget: { limit: 100, spentThisPeriod: 50 } })
				.limitedBy,
		).toBe('budget');
		expect(
			reservations.decide(balance, { required: 60, budget: { limit: 100, spentThisPeriod: 40 } }),
		).toMatchObject({ passed: true, limitedBy: null });
	});

	it('spending past the budget leaves nothing, never a negative amount', () => {
		const decision = gate().decide(balance, {
			required: 1,
			budget: { limit: 100, spentThisPeriod: 140 },
		});
		expect(decision).toMatchObject({ passed: false, budget: { left: 0, remainingAfter: 0 } });
	});

	it('without a budget a decision has none, as before', () => {
		const decision = gate().decide(balance, { required: 10 });
		expect(decision.budget).toBeUndefined();
		expect(decision.limitedBy).toBeNull();
	});
});
