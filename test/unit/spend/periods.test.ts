import { SpendInputError } from '../../../nodes/shared/spend/errors';
import { dayKey, monthKey, periodStart, weekKey } from '../../../nodes/shared/spend/periods';
import { createDayLookup, startOfDay } from '../../../nodes/shared/spend/zoneCalendar';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const HOUR = 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('dayKey / monthKey', () => {
	it.each([
		['2026-03-01T10:00:00.000Z', 'UTC', '2026-03-01'],
		['2026-03-01T23:30:00.000Z', 'UTC', '2026-03-01'],
		['2026-03-01T23:30:00.000Z', BERLIN, '2026-03-02'],
		['2026-03-01T03:00:00.000Z', NEW_YORK, '2026-02-28'],
		['2026-03-29T00:30:00.000Z', BERLIN, '2026-03-29'],
		['2026-10-25T22:30:00.000Z', BERLIN, '2026-10-25'],
		['2026-10-25T23:30:00.000Z', BERLIN, '2026-10-26'],
		['2026-03-01T00:00:00.000Z', 'Asia/Kathmandu', '2026-03-01'],
		['2026-02-28T18:14:59.999Z', 'Asia/Kathmandu', '2026-02-28'],
	])('dayKey(%s, %s) = %s', (at, zone, key) => {
		expect(dayKey(at, zone)).toBe(key);
	});

	it.each([
		['2026-01-31T23:30:00Z', BERLIN, '2026-02'],
		['2026-01-31T23:30:00Z', 'UTC', '2026-01'],
		['2026-03-01T03:00:00Z', NEW_YORK, '2026-02'],
		['2026-12-31T23:00:00Z', BERLIN, '2027-01'],
	])('monthKey(%s, %s) = %s', (at, zone, key) => {
		expect(monthKey(at, zone)).toBe(key);
	});
});

describe('weekKey (ISO 8601)', () => {
	it.each([
		['2026-12-28T12:00:00Z', '2026-W53'],
		['2026-12-31T12:00:00Z', '2026-W53'],
		['2027-01-01T12:00:00Z', '2026-W53'],
		['2027-01-03T12:00:00Z', '2026-W53'],
		['2027-01-04T12:00:00Z', '2027-W01'],
		['2024-12-29T12:00:00Z', '2024-W52'],
		['2024-12-30T12:00:00Z', '2025-W01'],
		['2021-01-03T12:00:00Z', '2020-W53'],
		['2021-01-04T12:00:00Z', '2021-W01'],
		['2008-12-29T12:00:00Z', '2009-W01'],
		['2010-01-03T12:00:00Z', '2009-W53'],
		['2026-01-01T12:00:00Z', '2026-W01'],
		['2026-03-30T12:00:00Z', '2026-W14'],
	])('weekKey(%s, UTC) = %s', (at, key) => {
		expect(weekKey(at, 'UTC')).toBe(key);
	});

	it('takes the week of the local day', () => {
		expect(weekKey('2027-01-03T23:30:00Z', 'UTC')).toBe('2026-W53');
		expect(weekKey('2027-01-03T23:30:00Z', BERLIN)).toBe('2027-W01');
		expect(weekKey('2027-01-04T03:00:00Z', NEW_YORK)).toBe('2026-W53');
	});

	it('counts weeks up by one every Monday and restarts at W01 with the week of 4 January, 2000–2040', () => {
		// 2000-01-03 was the Monday of 2000-W01.
		let day = Date.UTC(2000, 0, 3);
		let year = 2000;
		let week = 1;
		while (day < Date.UTC(2041, 0, 1)) {
			const expected = `${year}-W${String(week).padStart(2, '0')}`;
			for (let weekday = 0; weekday < 7; weekday++) {
				expect(weekKey(iso(day + weekday * 24 * HOUR), 'UTC')).toBe(expected);
			}
			day += 7 * 24 * HOUR;
			const thursday = new Date(day + 3 * 24 * HOUR);
			if (thursday.getUTCFullYear() !== year) {
				// A year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
				const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
				const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
				expect(week).toBe(jan1 === 4 || (leap && jan1 === 3) ? 53 : 52);
				year++;
				week = 1;
			} else {
				week++;
			}
		}
	});
});

describe('periodStart', () => {
	it.each([
		// Berlin, clocks forward on 2026-03-29 (a 23-hour day) and back on 2026-10-25 (25 hours)
		['day', '2026-03-29T10:00:00Z', BERLIN, '2026-03-28T23:00:00.000Z'],
		['day', '2026-03-30T10:00:00Z', BERLIN, '2026-03-29T22:00:00.000Z'],
		['day', '2026-10-25T12:00:00Z', BERLIN, '2026-10-24T22:00:00.000Z'],
		['day', '2026-10-26T12:00:00Z', BERLIN, '2026-10-25T23:00:00.000Z'],
		// New York, forward on 2026-03-08, back on 2026-11-01
		['day', '2026-03-08T12:00:00Z', NEW_YORK, '2026-03-08T05:00:00.000Z'],
		['day', '2026-03-09T12:00:00Z', NEW_YORK, '2026-03-09T04:00:00.000Z'],
		['day', '2026-11-01T12:00:00Z', NEW_YORK, '2026-11-01T04:00:00.000Z'],
		['day', '2026-11-02T12:00:00Z', NEW_YORK, '2026-11-02T05:00:00.000Z'],
		['day', '2026-03-01T03:00:00Z', NEW_YORK, '2026-02-28T05:00:00.000Z'],
		// weeks start on Monday, at the offset of that Monday
		['week', '2026-04-01T10:00:00Z', BERLIN, '2026-03-29T22:00:00.000Z'],
		['week', '2026-03-29T12:00:00Z', BERLIN, '2026-03-22T23:00:00.000Z'],
		['week', '2026-03-30T10:00:00Z', 'UTC', '2026-03-30T00:00:00.000Z'],
		['week', '2027-01-01T12:00:00Z', 'UTC', '2026-12-28T00:00:00.000Z'],
		['week', '2026-11-04T12:00:00Z', NEW_YORK, '2026-11-02T05:00:00.000Z'],
		// months, also when now has another offset than the month's first midnight
		['month', '2026-04-15T10:00:00Z', BERLIN, '2026-03-31T22:00:00.000Z'],
		['month', '2026-03-30T10:00:00Z', BERLIN, '2026-02-28T23:00:00.000Z'],
		['month', '2026-11-20T10:00:00Z', NEW_YORK, '2026-11-01T04:00:00.000Z'],
		['month', '2026-12-31T23:30:00Z', BERLIN, '2026-12-31T23:00:00.000Z'],
		['month', '2026-12-31T23:30:00Z', 'UTC', '2026-12-01T00:00:00.000Z'],
		['month', '2028-02-29T12:00:00Z', 'UTC', '2028-02-01T00:00:00.000Z'],
		// a zone whose clocks skip midnight: the day starts at 01:00, the moment of the change
		['day', '2022-09-11T12:00:00Z', 'America/Santiago', '2022-09-11T04:00:00.000Z'],
		// +05:45
		['day', '2026-03-01T00:00:00Z', 'Asia/Kathmandu', '2026-02-28T18:15:00.000Z'],
	] as const)('periodStart(%s, %s, %s) = %s', (period, now, zone, start) => {
		expect(periodStart(period, now, zone)).toBe(start);
	});

	it('is now itself at the very start, and the previous period 1 ms before', () => {
		expect(periodStart('day', '2026-03-28T23:00:00.000Z', BERLIN)).toBe('2026-03-28T23:00:00.000Z');
		expect(periodStart('day', '2026-03-28T22:59:59.999Z', BERLIN)).toBe('2026-03-27T23:00:00.000Z');
		expect(periodStart('month', '2026-02-28T23:00:00.000Z', BERLIN)).toBe(
			'2026-02-28T23:00:00.000Z',
		);
	});

	it('reads a now without an offset in the zone', () => {
		expect(periodStart('day', '2026-03-29 00:30', BERLIN)).toBe('2026-03-28T23:00:00.000Z');
	});

	it.each([BERLIN, NEW_YORK, 'UTC', 'Australia/Lord_Howe'])(
		'in %s every hour of 2026 lies in [start of its day, start of the next day)',
		(zone) => {
			for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 5 * HOUR + 7 * 60_000) {
				const start = Date.parse(periodStart('day', iso(at), zone));
				expect(start).toBeLessThanOrEqual(at);
				expect(dayKey(iso(start), zone)).toBe(dayKey(iso(at), zone));
				expect(dayKey(iso(start - 1), zone)).not.toBe(dayKey(iso(at), zone));
			}
		},
	);

	it('rejects an unknown zone, a now that is not a date and an unknown period', () => {
		const fieldOf = (run: () => unknown) => {
			try {
				run();
			} catch (error) {
				expect(error).toBeInstanceOf(SpendInputError);
				return (error as SpendInputError).field;
			}
			throw new Error('did not throw');
		};
		expect(fieldOf(() => periodStart('day', '2026-03-01T00:00:00Z', 'Mars/Olympus'))).toBe(
			'timeZone',
		);
		expect(fieldOf(() => periodStart('day', 'soon', 'UTC'))).toBe('now');
		expect(fieldOf(() => periodStart('year' as 'day', '2026-03-01T00:00:00Z', 'UTC'))).toBe(
			'period',
		);
		expect(fieldOf(() => dayKey('2026-02-30T00:00:00Z', 'UTC'))).toBe('date');
	});
});

describe('day lookup (the summary fast path)', () => {
	it.each([
		BERLIN,
		NEW_YORK,
		'Asia/Kathmandu',
		'America/Santiago',
		'Australia/Lord_Howe',
		'Pacific/Chatham',
	])('agrees with dayKey and startOfDay in %s', (zone) => {
		const lookup = createDayLookup(zone);
		// A deterministic scatter over 2022–2026, out of order, through every DST change.
		for (let index = 0; index < 1500; index++) {
			const at = Date.UTC(2022, 0, 1) + ((index * 7_919_993_111) % (5 * 365 * 24 * HOUR));
			const day = lookup(at);
			expect(day.dayKey).toBe(dayKey(iso(at), zone));
			expect(day.start).toBeLessThanOrEqual(at);
			expect(day.end).toBeGreaterThan(at);
			expect(day.start).toBe(startOfDay(day, zone));
		}
	});

	it('steps over a day that a zone skipped (Samoa, 30 December 2011)', () => {
		const lookup = createDayLookup('Pacific/Apia');
		const before = lookup(Date.parse('2011-12-30T09:59:59.999Z'));
		const after = lookup(Date.parse('2011-12-30T10:00:00.000Z'));
		expect(before.dayKey).toBe('2011-12-29');
		expect(after.dayKey).toBe('2011-12-31');
		expect(before.end).toBe(after.start);
	});
});
