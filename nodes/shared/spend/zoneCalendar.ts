/**
 * Instants ↔ wall-clock times in an IANA time zone, from Intl.DateTimeFormat (the only source
 * of zone rules in plain JavaScript). Formatters are cached per zone: building one costs far more
 * than formatting with it.
 */
import { shownValue } from '../pricing/core/numbers';
import { addDays, dateText, isoWeekText, type CivilDate, DAY_MS } from './civilDate';
import { SpendInputError } from './errors';

const formatters = new Map<string, Intl.DateTimeFormat>();

function createFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
	try {
		return new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
	} catch {
		return undefined;
	}
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = typeof timeZone === 'string' ? createFormatter(timeZone) : undefined;
		if (formatter === undefined) {
			throw new SpendInputError(
				'timeZone',
				`Unknown time zone ${shownValue(timeZone)}: use an IANA name such as Europe/Berlin, or UTC.`,
			);
		}
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** True when Intl knows the zone (IANA names, `UTC`). */
export function isTimeZone(timeZone: unknown): timeZone is string {
	if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
	return formatters.has(timeZone) || createFormatter(timeZone) !== undefined;
}

/** Throws a SpendInputError naming the zone when Intl does not know it. */
export function assertTimeZone(timeZone: string): void {
	formatterFor(timeZone);
}

export interface WallTime extends CivilDate {
	hour: number;
	minute: number;
	second: number;
}

export function wallTimeAt(instant: number, timeZone: string): WallTime {
	const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
	for (const part of formatterFor(timeZone).formatToParts(instant)) {
		if (part.type === 'literal') continue;
		const value = Number(part.value);
		if (part.type === 'year') wall.year = value;
		else if (part.type === 'month') wall.month = value;
		else if (part.type === 'day') wall.day = value;
		// Some ICU versions write midnight as 24 even with h23.
		else if (part.type === 'hour') wall.hour = value % 24;
		else if (part.type === 'minute') wall.minute = value;
		else if (part.type === 'second') wall.second = value;
	}
	return wall;
}

/** The wall-clock time at `instant`, as milliseconds of a UTC clock showing it. */
function wallMs(instant: number, timeZone: string): number {
	const w = wallTimeAt(instant, timeZone);
	const millis = ((instant % 1000) + 1000) % 1000;
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) + millis;
}

/** The zone's offset from UTC at `instant`, in milliseconds (Berlin in summer: +7,200,000). */
export function offsetAt(instant: number, timeZone: string): number {
	return wallMs(instant, timeZone) - instant;
}

/**
 * The instant a wall-clock time (given as UTC milliseconds of its fields) names in the zone.
 * A time that happens twice when clocks go back gives the earlier instant; one skipped when they
 * go forward is moved forward by the gap (02:30 on the spring change in Berlin gives 03:30), as
 * Temporal's "compatible" disambiguation does (TC39 Temporal, ZonedDateTime).
 */
export function instantOfWallTime(wall: number, timeZone: string): number {
	// Offsets span UTC−12 to UTC+14, so the instant lies within a day of `wall`; the offsets a day
	// either side are those before and after any change near it (zones change at most once a day).
	const before = offsetAt(wall - DAY_MS, timeZone);
	const after = offsetAt(wall + DAY_MS, timeZone);
	const early = wall - before;
	if (before === after) return early;
	const late = wall - after;
	const earlyFits = offsetAt(early, timeZone) === before;
	const lateFits = offsetAt(late, timeZone) === after;
	if (earlyFits && lateFits) return Math.min(early, late);
	if (lateFits) return late;
	return early;
}

/**
 * The first instant of a calendar day in the zone: local midnight, or when midnight is skipped
 * (clocks going forward at 00:00, as in America/Santiago) the moment of the change.
 */
export function startOfDay(date: CivilDate, timeZone: string): number {
	const midnight = Date.UTC(date.year, date.month - 1, date.day);
	const found = instantOfWallTime(midnight, timeZone);
	if (wallMs(found, timeZone) === midnight) return found;
	// Midnight was skipped: the day starts at the change, the first instant whose wall time is
	// that midnight or later, searched within a day of `found`.
	const late = wallMs(found, timeZone) > midnight;
	let notYet = late ? found - DAY_MS : found;
	let started = late ? found : found + DAY_MS;
	while (started - notYet > 1) {
		const middle = Math.floor((notYet + started) / 2);
		if (wallMs(middle, timeZone) >= midnight) started = middle;
		else notYet = middle;
	}
	return started;
}

/** A calendar day in the zone: the instants [start, end) and its keys. */
export interface LocalDay extends CivilDate {
	start: number;
	end: number;
	dayKey: string;
	weekKey: string;
}

/**
 * A lookup from instants to local days for many instants in one zone: each day is worked out
 * once (a few formatter calls), after which an instant costs a Map lookup.
 */
export function createDayLookup(timeZone: string): (instant: number) => LocalDay {
	assertTimeZone(timeZone);
	const byDate = new Map<string, LocalDay>();
	const byUtcDay = new Map<number, LocalDay[]>();
	let last: LocalDay | undefined;

	const dayContaining = (instant: number): LocalDay => {
		const wall = wallTimeAt(instant, timeZone);
		const key = dateText(wall);
		let day = byDate.get(key);
		if (day === undefined) {
			const date = { year: wall.year, month: wall.month, day: wall.day };
			day = {
				...date,
				start: startOfDay(date, timeZone),
				end: startOfDay(addDays(date, 1), timeZone),
				dayKey: key,
				weekKey: isoWeekText(date),
			};
			byDate.set(key, day);
		}
		return day;
	};

	const daysOfUtcDay = (utcDay: number): LocalDay[] => {
		const from = utcDay * DAY_MS;
		const days = [dayContaining(from)];
		let end = days[0].end;
		// A UTC day overlaps two or three local days; the bound only guards against odd zone data.
		for (let guard = 0; end < from + DAY_MS && guard < 4; guard++) {
			const next = dayContaining(end);
			if (next.end <= end) break;
			days.push(next);
			end = next.end;
		}
		return days;
	};

	return (instant: number): LocalDay => {
		if (last !== undefined && instant >= last.start && instant < last.end) return last;
		const utcDay = Math.floor(instant / DAY_MS);
		let days = byUtcDay.get(utcDay);
		if (days === undefined) {
			days = daysOfUtcDay(utcDay);
			byUtcDay.set(utcDay, days);
		}
		for (const day of days) {
			if (instant >= day.start && instant < day.end) return (last = day);
		}
		return (last = dayContaining(instant));
	};
}
