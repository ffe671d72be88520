import {
	CreditReservations,
	type GateSettings,
} from '../../../nodes/CreditGate/creditReservations';

const settings = (overrides: Partial<GateSettings> = {}): GateSettings => ({
	floor: 0,
	marginPercent: 0,
	reserve: true,
	...overrides,
});

describe('CreditReservations', () => {
	it('reserves across items: 200 available, 30 each → the first 6 pass', () => {
		const gate = new CreditReservations(settings());
		const balance = { provider: 'gamma', remaining: 200 };
		const decisions = Array.from({ length: 8 }, () => gate.decide(balance, { required: 30 }));
		expect(decisions.map((d) => d.passed)).toEqual([
			true,
			true,
			true,
			true,
			true,
			true,
			false,
			false,
		]);
		expect(decisions.map((d) => d.reservedBefore)).toEqual([0, 30, 60, 90, 120, 150, 180, 180]);
		expect(decisions[5]).toMatchObject({ available: 50, remainingAfter: 20 });
		expect(decisions[6]).toMatchObject({ available: 20, remainingAfter: 20 });
		expect(decisions[6].reason).toMatch(/Not enough credits: needs 30, only 20 available/);
		expect(decisions[6].reason).toMatch(/180 reserved by earlier items of this execution/);
		// stated on every decision: concurrent executions are not in the reservation
		for (const decision of decisions) {
			expect(decision.reason).toMatch(/Reservations count this execution only/);
		}
	});

	it('without reservation every item is judged on the whole balance', () => {
		const gate = new CreditReservations(settings({ reserve: false }));
		const balance = { provider: 'gamma', remaining: 200 };
		const decisions = Array.from({ length: 8 }, () => gate.decide(balance, { required: 30 }));
		expect(decisions.every((d) => d.passed && d.reservedBefore === 0)).toBe(true);
	});

	it('keeps the floor and the safety margin out of reach', () => {
		const gate = new CreditReservations(settings({ floor: 50, marginPercent: 10 }));
		// 200 − 50 floor − 20 margin = 130
		const first = gate.decide({ provider: 'gamma', remaining: 200 }, { required: 130 });
		expect(first).toMatchObject({ passed: true, available: 130, remainingAfter: 0 });
		expect(first.reason).toMatch(/50 kept as floor; 20 safety margin/);
		const second = gate.decide({ provider: 'gamma', remaining: 200 }, { required: 0.01 });
		expect(second.passed).toBe(false);
	});

	it('keeps a separate reservation per provider', () => {
		const gate = new CreditReservations(settings());
		expect(gate.decide({ provider: 'gamma', remaining: 10 }, { required: 10 }).passed).toBe(true);
		expect(gate.decide({ provider: 'stabilityAi', remaining: 10 }, { required: 10 }).passed).toBe(
			true,
		);
		expect(gate.decide({ provider: 'gamma', remaining: 10 }, { required: 1 }).passed).toBe(false);
	});

	it('handles fractional balances without float noise', () => {
		const gate = new CreditReservations(settings());
		const balance = { provider: 'stabilityAi', remaining: 0.3 };
		expect(gate.decide(balance, { required: 0.1 }).passed).toBe(true);
		expect(gate.decide(balance, { required: 0.2 })).toMatchObject({
			passed: true,
			remainingAfter: 0,
		});
	});

	describe('ImagineArt balances', () => {
		const breakdown = { free: 100, subscription: 50, topUp: 30 };

		it('draws free → subscription → top-up and reports the plan', () => {
			const gate = new CreditReservations(settings());
			const decision = gate.decide(
				{ provider: 'imagineArt', remaining: 180, breakdown },
				{ required: 120 },
			);
			expect(decision).toMatchObject({ passed: true, available: 180 });
			expect(decision.drawPlan).toEqual({ free: 100, subscription: 20, topUp: 0 });
		});

		it('does not count free credits for a Pro model', () => {
			const gate = new CreditReservations(settings());
			const pro = gate.decide(
				{ provider: 'imagineArt', remaining: 180, breakdown },
				{ required: 100, requiresSubscription: true },
			);
			expect(pro).toMatchObject({ passed: false, available: 80 });
			expect(pro.reason).toMatch(/free daily credits cannot pay/i);
		});

		it('reserves per balance: free credits spent by earlier items are gone for later ones', () => {
			const gate = new CreditReservations(settings());
			const balance = { provider: 'imagineArt', remaining: 180, breakdown };
			expect(gate.decide(balance, { required: 90 }).drawPlan).toEqual({
				free: 90,
				subscription: 0,
				topUp: 0,
			});
			const pro = gate.decide(balance, { required: 80, requiresSubscription: true });
			expect(pro).toMatchObject({ passed: true, available: 80 });
			expect(pro.drawPlan).toEqual({ free: 0, subscription: 50, topUp: 30 });
			expect(gate.decide(balance, { required: 11 })).toMatchObject({
				passed: false,
				available: 10,
			});
		});

		it('counts nothing for a Pro model once the subscription has lapsed', () => {
			const gate = new CreditReservations(settings());
			const decision = gate.decide(
				{
					provider: 'imagineArt',
					remaining: 130,
					breakdown: { free: 100, subscription: 0, topUp: 30 },
					subscriptionActive: false,
				},
				{ required: 1, requiresSubscription: true },
			);
			expect(decision).toMatchObject({ passed: false, available: 0 });
		});

		it('without a breakdown, a subscribed account has no daily free credits to leave out for a Pro model', () => {
			const gate = new CreditReservations(settings());
			const decision = gate.decide(
				{ provider: 'imagineArt', remaining: 150, subscriptionActive: true },
				{ required: 150, requiresSubscription: true },
			);
			expect(decision).toMatchObject({ passed: true, available: 150 });
		});

		it('without a breakdown or a subscription status, a Pro model may use the whole balance, and the reason says what was assumed', () => {
			const gate = new CreditReservations(settings());
			const decision = gate.decide(
				{ provider: 'imagineArt', remaining: 150 },
				{ required: 60, requiresSubscription: true },
			);
			expect(decision).toMatchObject({ passed: true, available: 150 });
			expect(decision.reason).toMatch(/assumes the subscription is active/);
		});

		it('without a breakdown, a lapsed subscription pays for no Pro model', () => {
			const gate = new CreditReservations(settings());
			const decision = gate.decide(
				{ provider: 'imagineArt', remaining: 150, subscriptionActive: false },
				{ required: 1, requiresSubscription: true },
			);
			expect(decision).toMatchObject({ passed: false, available: 0 });
		});
	});
});
