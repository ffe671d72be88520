/**
 * What the AI Credits Trigger remembers between polls (in workflow static data) and decides on
 * each reading. Pure: no n8n imports, time comes from the readings.
 */

export const WATCH_EVENTS = ['balanceBelowThreshold', 'balanceChanged', 'everyPoll'] as const;
export type WatchEvent = (typeof WATCH_EVENTS)[number];

export interface Reading {
	at: string;
	remaining: number;
}

export interface WatchState {
	readings: Reading[];
	/** Below-threshold alerts fire only while armed; firing disarms, recovery re-arms. */
	armed: boolean;
}

export interface WatchSettings {
	event: WatchEvent;
	threshold: number;
	/** The balance must rise this far above the threshold (in %) before the alert re-arms. */
	hysteresisPercent: number;
}

export interface Observation {
	state: WatchState;
	fire: boolean;
	previous: number | null;
	change: number | null;
	/** Credits spent per day over the kept readings (top-ups do not count as negative spend). */
	burnRatePerDay: number | null;
	/** Days until the balance reaches 0 at that rate. */
	runwayDays: number | null;
}

export const MAX_READINGS = 100;
const HISTORY_DAYS = 30;
const MIN_READINGS_FOR_RATE = 3;
const MIN_SPAN_FOR_RATE_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function emptyWatchState(): WatchState {
	return { readings: [], armed: true };
}

/** The next state and whether to fire, for one new reading. Never mutates `state`. */
export function observe(state: WatchState, reading: Reading, settings: WatchSettings): Observation {
	const last = state.readings[state.readings.length - 1];
	const previous = last ? last.remaining : null;
	const change = previous === null ? null : round(reading.remaining - previous);
	const readings = keepRecent([...state.readings, reading], reading.at);

	let armed = state.armed;
	let fire: boolean;
	if (settings.event === 'everyPoll') {
		fire = true;
	} else if (settings.event === 'balanceChanged') {
		fire = change !== null && change !== 0;
	} else {
		// Capped: a threshold near the largest double would re-arm only at Infinity, so never.
		const rearmAt = Math.min(
			settings.threshold * (1 + settings.hysteresisPercent / 100),
			Number.MAX_VALUE,
		);
		fire = armed && reading.remaining < settings.threshold;
		if (fire) armed = false;
		else if (!armed && reading.remaining >= rearmAt) armed = true;
	}

	const burnRatePerDay = burnRate(readings);
	const runwayDays =
		burnRatePerDay !== null && burnRatePerDay > 0
			? round(reading.remaining / burnRatePerDay)
			: null;
	return { state: { readings, armed }, fire, previous, change, burnRatePerDay, runwayDays };
}

function keepRecent(readings: Reading[], now: string): Reading[] {
	const cutoff = Date.parse(now) - HISTORY_DAYS * DAY_MS;
	return readings.filter((r) => Date.parse(r.at) >= cutoff).slice(-MAX_READINGS);
}

function burnRate(readings: Reading[]): number | null {
	if (readings.length < MIN_READINGS_FOR_RATE) return null;
	const span = Date.parse(readings[readings.length - 1].at) - Date.parse(readings[0].at);
	if (!(span >= MIN_SPAN_FOR_RATE_MS)) return null;
	let spent = 0;
	for (let index = 1; index < readings.length; index++) {
		spent += Math.max(0, readings[index - 1].remaining - readings[index].remaining);
	}
	return round((spent * DAY_MS) / span);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
