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
	/** When the last poll ran (readings are only those kept; this is every poll). */
	lastPollAt?: string;
	/** The gap between the last two polls this state saw one after the other. */
	pollGapMs?: number;
	/** Which process's memory the state was written in (see `WatchSettings.memoryId`). */
	memoryId?: string;
}

export interface WatchSettings {
	event: WatchEvent;
	threshold: number;
	/** The balance must rise this far above the threshold (in %) before the alert re-arms. */
	hysteresisPercent: number;
	/** The time between polls the schedule implies, when it can be told (not for custom cron). */
	scheduleMs?: number;
	/**
	 * Names the memory of the running process. n8n saves a polling trigger's static data only
	 * when a poll fires (and at activation), so a state written in another process's memory came
	 * from storage and may be missing the polls since its last firing.
	 */
	memoryId?: string;
}

/**
 * How much of the past the state stands for: `none` (a first check), `continuous` (every poll
 * since is in it), or `restored`: read back from storage after a restart, or older than the
 * schedule implies, so polls after its last save (a recovery that re-armed the alert) are lost.
 */
export type WatchMemory = 'none' | 'continuous' | 'restored';

export interface Observation {
	state: WatchState;
	fire: boolean;
	previous: number | null;
	change: number | null;
	/** Credits spent per day over the kept readings (top-ups do not count as negative spend). */
	burnRatePerDay: number | null;
	/** Days until the balance reaches 0 at that rate. */
	runwayDays: number | null;
	/** How many readings (over how long) the burn rate and runway rest on. */
	burnRateReadings: number;
	burnRateSince: string | null;
	memory: WatchMemory;
	/**
	 * A below-threshold alert that fired although the state said it had already been sent: the
	 * state was restored, and the balance may have recovered (re-arming it) in polls it lost.
	 */
	possibleRepeat: boolean;
}

export const MAX_READINGS = 100;
const HISTORY_DAYS = 30;
const MIN_READINGS_FOR_RATE = 3;
const MIN_SPAN_FOR_RATE_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A poll this many schedule intervals after the last one means a poll is missing from the state
 * (not just a slow balance read: a read may wait out a provider's Retry-After).
 */
const LATE_FACTOR = 2;

export function emptyWatchState(): WatchState {
	return { readings: [], armed: true };
}

/** The next state and whether to fire, for one new reading. Never mutates `state`. */
export function observe(state: WatchState, reading: Reading, settings: WatchSettings): Observation {
	const last = state.readings[state.readings.length - 1];
	const previous = last ? last.remaining : null;
	const change = previous === null ? null : round(reading.remaining - previous);
	const readings = keepRecent([...state.readings, reading], reading.at);
	const memory = memoryOf(state, reading.at, settings);

	let armed = state.armed;
	let fire: boolean;
	let possibleRepeat = false;
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
		const below = reading.remaining < settings.threshold;
		// A restored state may be behind a recovery: prefer a repeated alert to a missed one.
		possibleRepeat = below && !armed && memory === 'restored';
		fire = below && (armed || possibleRepeat);
		if (fire) armed = false;
		else if (!armed && reading.remaining >= rearmAt) armed = true;
	}

	const burnRatePerDay = burnRate(readings);
	const runwayDays =
		burnRatePerDay !== null && burnRatePerDay > 0
			? round(reading.remaining / burnRatePerDay)
			: null;
	const lastPollAt = state.lastPollAt ?? last?.at;
	const gap = lastPollAt === undefined ? NaN : Date.parse(reading.at) - Date.parse(lastPollAt);
	// A gap across a restore is the outage, not the schedule: keep the one measured before.
	const pollGapMs = memory === 'continuous' && gap > 0 ? gap : state.pollGapMs;
	const next: WatchState = { readings, armed, lastPollAt: reading.at };
	if (pollGapMs !== undefined) next.pollGapMs = pollGapMs;
	if (settings.memoryId !== undefined) next.memoryId = settings.memoryId;
	return {
		state: next,
		fire,
		previous,
		change,
		burnRatePerDay,
		runwayDays,
		burnRateReadings: readings.length,
		burnRateSince: readings[0]?.at ?? null,
		memory,
		possibleRepeat,
	};
}

function memoryOf(state: WatchState, now: string, settings: WatchSettings): WatchMemory {
	const lastPollAt = state.lastPollAt ?? state.readings[state.readings.length - 1]?.at;
	if (lastPollAt === undefined) return 'none';
	if (state.memoryId !== undefined && state.memoryId !== settings.memoryId) return 'restored';
	const interval = settings.scheduleMs ?? state.pollGapMs;
	if (interval === undefined) return 'continuous';
	const age = Date.parse(now) - Date.parse(lastPollAt);
	return age > interval * LATE_FACTOR ? 'restored' : 'continuous';
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
