import { runwayFromSpend } from '../../../nodes/shared/spend/runway';

describe('runwayFromSpend', () => {
	it('gives credits a day and the days a balance lasts at that rate', () => {
		expect(
			runwayFromSpend(300, '2026-03-01T00:00:00.000Z', '2026-03-04T00:00:00.000Z', 600),
		).toEqual({
			burnRatePerDay: 100,
			runwayDays: 6,
			days: 3,
			remaining: 600,
		});
		expect(runwayFromSpend(10, '2026-03-01T00:00:00Z', '2026-03-01T06:00:00Z', 25)).toEqual({
			burnRatePerDay: 40,
			runwayDays: 0.63,
			days: 0.25,
			remaining: 25,
		});
	});

	it('has no rate under an hour or without spend, and no runway without a balance', () => {
		expect(runwayFromSpend(50, '2026-03-01T00:00:00Z', '2026-03-01T00:59:59Z', 100)).toMatchObject({
			burnRatePerDay: null,
			runwayDays: null,
		});
		expect(runwayFromSpend(0, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', 100)).toEqual({
			burnRatePerDay: null,
			runwayDays: null,
			days: 7,
			remaining: 100,
		});
		expect(runwayFromSpend(70, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z')).toEqual({
			burnRatePerDay: 10,
			runwayDays: null,
			days: 7,
			remaining: null,
		});
		expect(
			runwayFromSpend(70, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', NaN).runwayDays,
		).toBeNull();
	});

	it('is 0 days for a balance at or below 0', () => {
		expect(runwayFromSpend(70, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', 0).runwayDays).toBe(
			0,
		);
		expect(runwayFromSpend(70, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', -5).runwayDays).toBe(
			0,
		);
	});

	it('says nothing for dates it cannot read or a reversed span', () => {
		expect(runwayFromSpend(70, 'soon', '2026-03-08T00:00:00Z', 10)).toEqual({
			burnRatePerDay: null,
			runwayDays: null,
			days: null,
			remaining: 10,
		});
		expect(
			runwayFromSpend(70, '2026-03-08T00:00:00Z', '2026-03-01T00:00:00Z', 10).burnRatePerDay,
		).toBeNull();
		expect(
			runwayFromSpend(Infinity, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z', 10).burnRatePerDay,
		).toBeNull();
	});

	it('reads times without an offset as UTC', () => {
		expect(runwayFromSpend(48, '2026-03-01 00:00', '2026-03-03 00:00', 48).burnRatePerDay).toBe(24);
	});
});
