/**
 * Reading an instant from what a sheet, a Data Table or an expression gives: an ISO 8601 date
 * and time, a Date, or a date string that names its zone (`Date.prototype.toString()`,
 * RFC 2822). Nothing here depends on the machine's time zone: a time without an offset is read
 * in the zone passed in.
 */
import { shownValue } from '../pricing/core/numbers';
import { daysInMonth } from './civilDate';
import { SpendInputError } from './errors';
import { instantOfWallTime } from './zoneCalendar';

/** Years 1000–9999: what ISO 8601 writes with four digits and `toISOString()` round-trips. */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(10000, 0, 1);

const ISO_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A zone written out (GMT, UTC, Z or a numeric offset): safe to leave to Date.parse. */
const NAMES_ITS_ZONE = /\b(?:GMT|UTC)\b|[+-]\d{2}:?\d{2}\s*(?:\(|$)|\dZ$/i;

function inRange(instant: number): number | undefined {
	return Number.isFinite(instant) && instant >= EARLIEST && instant < LATEST ? instant : undefined;
}

function offsetMs(zone: string): number | undefined {
	if (zone.toUpperCase() === 'Z') return 0;
	const sign = zone[0] === '-' ? -1 : 1;
	const digits = zone.slice(1).replace(':', '');
	const hours = Number(digits.slice(0, 2));
	const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
	if (hours > 23 || minutes > 59) return undefined;
	return sign * (hours * 60 + minutes) * 60_000;
}

/** Digits of `text` from `start` to `end` as a number, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
	let value = 0;
	for (let index = start; index < end; index++) {
		const digit = text.charCodeAt(index) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/**
 * 'YYYY-MM-DDTHH:mm:ss.sssZ', what toISOString() writes and this package records, read without
 * a regular expression: most ledgers hold nothing else, so this is the reader's hot path.
 */
function parseCanonical(text: string): number | undefined {
	if (text.length !== 24 || text[23] !== 'Z' || text[10] !== 'T' || text[19] !== '.')
		return undefined;
	if (text[4] !== '-' || text[7] !== '-' || text[13] !== ':' || text[16] !== ':') return undefined;
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 7);
	const day = digits(text, 8, 10);
	const hour = digits(text, 11, 13);
	const minute = digits(text, 14, 16);
	const second = digits(text, 17, 19);
	const millis = digits(text, 20, 23);
	if (year < 0 || millis < 0 || month < 1 || month > 12 || day < 1) return undefined;
	if (day > daysInMonth(year, month) || hour < 0 || hour > 23) return undefined;
	if (minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
	return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

function parseIso(text: string, timeZone: string): number | undefined {
	const match = ISO_DATE_TIME.exec(text);
	if (match === null) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const hour = Number(h);
	const minute = Number(mi);
	const second = Number(s);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
	const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
	if (zone === undefined) return instantOfWallTime(wall, timeZone);
	const offset = offsetMs(zone);
	return offset === undefined ? undefined : wall - offset;
}

/**
 * Epoch milliseconds of `value`, or undefined when it is not a date and time. Numbers are not
 * read: a sheet's serial day number and epoch seconds or milliseconds cannot be told apart.
 */
export function parseInstant(value: unknown, timeZone: string): number | undefined {
	if (value instanceof Date) return inRange(value.getTime());
	if (typeof value !== 'string') return undefined;
	const canonical = parseCanonical(value);
	if (canonical !== undefined) return inRange(canonical);
	const text = value.trim();
	if (text === '') return undefined;
	const iso = parseIso(text, timeZone);
	if (iso !== undefined) return inRange(iso);
	if (ISO_DATE_TIME.test(text) || !NAMES_ITS_ZONE.test(text)) return undefined;
	return inRange(Date.parse(text));
}

/** `parseInstant` for arguments: throws a SpendInputError naming `field`. */
export function requireInstant(value: unknown, field: string, timeZone: string): number {
	const instant = parseInstant(value, timeZone);
	if (instant === undefined) {
		throw new SpendInputError(
			field,
			`${field} must be a date and time, e.g. 2026-03-01T00:00:00Z (got ${shownValue(value)}).`,
		);
	}
	return instant;
}
