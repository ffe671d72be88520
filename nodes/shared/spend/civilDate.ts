/** Calendar arithmetic on dates without a time zone (proleptic Gregorian, as ISO 8601). */

export interface CivilDate {
	year: number;
	/** 1–12 */
	month: number;
	/** 1–31 */
	day: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01. */
export function epochDay(date: CivilDate): number {
	return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

export function fromEpochDay(days: number): CivilDate {
	const date = new Date(days * DAY_MS);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
	return fromEpochDay(epochDay(date) + days);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** ISO 8601 weekday: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(date: CivilDate): number {
	return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO 8601 week: weeks start on Monday and belong to the year of their Thursday, so
 * 2027-01-01 (a Friday) is in 2026-W53 and 2024-12-30 (a Monday) in 2025-W01.
 */
export function isoWeek(date: CivilDate): { year: number; week: number } {
	const thursday = epochDay(date) + 4 - isoWeekday(date);
	const year = fromEpochDay(thursday).year;
	const week = Math.floor((thursday - epochDay({ year, month: 1, day: 1 })) / 7) + 1;
	return { year, week };
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/** 'YYYY-MM-DD' */
export function dateText(date: CivilDate): string {
	return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** 'YYYY-Www' */
export function isoWeekText(date: CivilDate): string {
	const { year, week } = isoWeek(date);
	return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** 'YYYY-MM' */
export function monthText(date: CivilDate): string {
	return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
}
