import { planImagineArtDraw } from '../../../nodes/CreditGate/imagineArtDraw';
import { expectInputError } from '../pricing/helpers';

const balances = { free: 100, subscription: 500, topUp: 1000 };

describe('ImagineArt draw order: free → subscription → top-up (ImagineArt docs, Understanding Credits)', () => {
	it('draws free credits first', () => {
		expect(planImagineArtDraw(balances, 60)).toEqual({
			draw: { free: 60, subscription: 0, topUp: 0 },
			shortfall: 0,
			covered: true,
			usable: 1600,
			notes: [],
		});
	});

	it('then subscription credits, then top-up', () => {
		expect(planImagineArtDraw(balances, 450).draw).toEqual({
			free: 100,
			subscription: 350,
			topUp: 0,
		});
		expect(planImagineArtDraw(balances, 1200).draw).toEqual({
			free: 100,
			subscription: 500,
			topUp: 600,
		});
		expect(planImagineArtDraw(balances, 1600)).toMatchObject({ shortfall: 0, covered: true });
	});

	it('reports the shortfall when all balances are not enough', () => {
		expect(planImagineArtDraw(balances, 2000)).toMatchObject({
			draw: { free: 100, subscription: 500, topUp: 1000 },
			shortfall: 400,
			covered: false,
		});
	});

	it('a zero cost draws nothing', () => {
		expect(planImagineArtDraw(balances, 0)).toMatchObject({
			draw: { free: 0, subscription: 0, topUp: 0 },
			covered: true,
		});
	});

	it('has no float noise with fractional prices', () => {
		const plan = planImagineArtDraw({ free: 0.1, subscription: 0.2, topUp: 73.5 }, 73.8);
		expect(plan.draw).toEqual({ free: 0.1, subscription: 0.2, topUp: 73.5 });
		expect(plan.shortfall).toBe(0);
		expect(plan.covered).toBe(true);
	});

	it('a Pro model skips free credits', () => {
		const plan = planImagineArtDraw(balances, 550, { requiresSubscription: true });
		expect(plan).toMatchObject({
			draw: { free: 0, subscription: 500, topUp: 50 },
			usable: 1500,
			covered: true,
		});
		expect(plan.notes.join(' ')).toContain('free daily credits cannot pay');
		expect(
			planImagineArtDraw({ free: 100, subscription: 0, topUp: 0 }, 25, {
				requiresSubscription: true,
			}),
		).toMatchObject({ shortfall: 25, covered: false, usable: 0 });
	});

	it('after a lapse: no subscription credits; top-up still pays for free-tier models', () => {
		const plan = planImagineArtDraw(balances, 700, { subscriptionActive: false });
		expect(plan).toMatchObject({
			draw: { free: 100, subscription: 0, topUp: 600 },
			usable: 1100,
			covered: true,
		});
		expect(plan.notes.join(' ')).toContain('free-tier');
	});

	it('after a lapse a Pro model can be paid with nothing', () => {
		const plan = planImagineArtDraw(balances, 25, {
			subscriptionActive: false,
			requiresSubscription: true,
		});
		expect(plan).toMatchObject({
			draw: { free: 0, subscription: 0, topUp: 0 },
			usable: 0,
			shortfall: 25,
			covered: false,
		});
	});

	it('missing or negative balances count as 0, as numbers or numeric text', () => {
		for (const free of [-5, '-5', '', null, undefined]) {
			expect(
				planImagineArtDraw(
					{ free: free as number, subscription: undefined as unknown as number, topUp: 10 },
					5,
				),
			).toMatchObject({ draw: { free: 0, subscription: 0, topUp: 5 }, usable: 10 });
		}
		expect(
			planImagineArtDraw({ free: '40' as unknown as number, subscription: 0, topUp: 0 }, 5).draw
				.free,
		).toBe(5);
	});

	it('covered compares exact amounts; a shortfall is never reported as 0', () => {
		expect(planImagineArtDraw({ free: 0, subscription: 0, topUp: 10 }, 10.004)).toMatchObject({
			draw: { topUp: 10 },
			covered: false,
			shortfall: 0.01,
		});
		for (let cost = 9.99; cost <= 10.02; cost += 0.001) {
			const plan = planImagineArtDraw({ free: 3.3, subscription: 3.3, topUp: 3.4 }, cost);
			expect(plan.covered).toBe(cost <= 10 + 1e-9);
			expect(plan.covered).toBe(plan.shortfall === 0);
		}
	});

	it('never draws more than the cost or a balance holds', () => {
		for (let cost = 0; cost <= 1700; cost += 37) {
			for (const options of [{}, { requiresSubscription: true }, { subscriptionActive: false }]) {
				const { draw, shortfall, usable } = planImagineArtDraw(balances, cost, options);
				expect(draw.free).toBeLessThanOrEqual(balances.free);
				expect(draw.subscription).toBeLessThanOrEqual(balances.subscription);
				expect(draw.topUp).toBeLessThanOrEqual(balances.topUp);
				expect(draw.free + draw.subscription + draw.topUp + shortfall).toBeCloseTo(cost, 6);
				expect(shortfall).toBeCloseTo(Math.max(0, cost - usable), 6);
			}
		}
	});

	it.each([
		['cost', () => planImagineArtDraw(balances, -1), 'at least 0'],
		['cost', () => planImagineArtDraw(balances, Number.NaN), 'number'],
		[
			'balances.topUp',
			() => planImagineArtDraw({ ...balances, topUp: 'many' as unknown as number }, 1),
			'number',
		],
		[
			'balances.free',
			() => planImagineArtDraw({ ...balances, free: '-five' as unknown as number }, 1),
			'number',
		],
		[
			'balances.subscription',
			() => planImagineArtDraw({ ...balances, subscription: NaN }, 1),
			'number',
		],
		[
			'balances',
			() => planImagineArtDraw(null as unknown as typeof balances, 1),
			'free, subscription, topUp',
		],
	])('invalid %s', (field, fn, part) => {
		expectInputError(fn, field, part);
	});
});
