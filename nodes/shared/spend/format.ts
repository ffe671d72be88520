/** Numbers and times as reports show them: fixed en-US formats, the same on every machine. */
import { roundCredits, roundTo } from '../pricing/core/numbers';
import { dateText } from './civilDate';
import { parseInstant } from './instant';
import { wallTimeAt } from './zoneCalendar';

const CREDITS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en-US', {
	notation: 'compact',
	maximumSignificantDigits: 3,
});

/** Credits or counts: 1234567.891 → '1,234,567.89'; -0 and tiny negatives → '0'. */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const rounded = roundCredits(value);
	return CREDITS.format(rounded === 0 ? 0 : rounded);
}

/** '+1.5', '-2', '0' */
export function formatSigned(value: number): string {
	const text = formatNumber(value);
	return roundCredits(value) > 0 ? `+${text}` : text;
}

/** Axis ticks: 1500 → '1.5K', 2000000 → '2M', 0.25 → '0.25'. */
export function formatCompact(value: number): string {
	return COMPACT.format(roundTo(value, 10));
}

/** 0.8 → '80%', 0.6667 → '66.7%'. */
export function formatPercent(rate: number): string {
	return `${roundTo(rate * 100, 1)}%`;
}

function pad2(value: number): string {
	return String(value).padStart(2, '0');
}

/** An instant as the zone's wall clock shows it: 'YYYY-MM-DD HH:mm'. */
export function formatLocalTime(iso: string, timeZone: string): string {
	const wall = wallTimeAt(parseInstant(iso, 'UTC') ?? NaN, timeZone);
	return `${dateText(wall)} ${pad2(wall.hour)}:${pad2(wall.minute)}`;
}
