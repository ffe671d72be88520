import type { IDataObject } from 'n8n-workflow';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The fixed intervals of n8n's Poll Times modes (n8n-workflow's cron.ts, toCronExpression). */
const MODE_MS: Record<string, number> = {
	everyMinute: MINUTE_MS,
	everyHour: HOUR_MS,
	everyDay: DAY_MS,
	everyWeek: 7 * DAY_MS,
	everyMonth: 31 * DAY_MS,
};

/**
 * The shortest time between polls that n8n's Poll Times (`pollTimes`, added to every polling
 * node) implies, or undefined when it cannot be told without reading a cron expression.
 */
export function scheduleIntervalMs(pollTimes: unknown): number | undefined {
	const entries = (pollTimes as { item?: unknown } | undefined)?.item;
	if (!Array.isArray(entries) || entries.length === 0) return undefined;
	let shortest = Infinity;
	for (const entry of entries as IDataObject[]) {
		const interval = intervalOf(entry);
		if (interval === undefined) return undefined;
		shortest = Math.min(shortest, interval);
	}
	return shortest;
}

function intervalOf(entry: IDataObject): number | undefined {
	const mode = entry?.mode;
	if (typeof mode !== 'string') return undefined;
	if (Object.hasOwn(MODE_MS, mode)) return MODE_MS[mode];
	if (mode !== 'everyX') return undefined;
	const value = Number(entry.value);
	if (!(value > 0)) return undefined;
	if (entry.unit === 'minutes') return value * MINUTE_MS;
	if (entry.unit === 'hours') return value * HOUR_MS;
	return undefined;
}
