/** Calendar keys and period starts in an IANA time zone (days, ISO 8601 weeks, months). */
import { addDays, dateText, isoWeekday, isoWeekText, monthText, type CivilDate } from './civilDate';
import { SpendInputError } from './errors';
import { requireInstant } from './instant';
import { startOfDay, wallTimeAt } from './zoneCalendar';

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

function localDate(iso: string, timeZone: string, field = 'date'): CivilDate {
	const { year, month, day } = wallTimeAt(requireInstant(iso, field, timeZone), timeZone);
	return { year, month, day };
}

/** The local calendar day of an instant: 'YYYY-MM-DD'. */
export function dayKey(iso: string, timeZone: string): string {
	return dateText(localDate(iso, timeZone));
}

/** The ISO 8601 week of the local day: 'YYYY-Www' (Monday first; the year of its Thursday). */
export function weekKey(iso: string, timeZone: string): string {
	return isoWeekText(localDate(iso, timeZone));
}

/** The local calendar month: 'YYYY-MM'. */
export function monthKey(iso: string, timeZone: string): string {
	return monthText(localDate(iso, timeZone));
}

/** The first local day of the period containing `date`. */
export function firstDayOfPeriod(period: Period, date: CivilDate): CivilDate {
	if (period === 'week') return addDays(date, 1 - isoWeekday(date));
	if (period === 'month') return { year: date.year, month: date.month, day: 1 };
	return date;
}

/**
 * The instant the current day, ISO week (from Monday) or month began in the zone, as an ISO
 * string: local midnight of its first day, whatever the offset was then (so a month that began
 * in winter time starts at 23:00Z in Berlin even when `now` is in summer time).
 */
export function periodStart(period: Period, nowIso: string, timeZone: string): string {
	if (!PERIODS.includes(period)) {
		throw new SpendInputError('period', `period must be one of: ${PERIODS.join(', ')}.`);
	}
	const first = firstDayOfPeriod(period, localDate(nowIso, timeZone, 'now'));
	return new Date(startOfDay(first, timeZone)).toISOString();
}
