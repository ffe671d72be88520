import {
	emptyWatchState,
	MAX_READINGS,
	observe,
	type WatchSettings,
	type WatchState,
} from '../../../nodes/AiCreditsTrigger/balanceWatch';

const below: WatchSettings = {
	event: 'balanceBelowThreshold',
	threshold: 100,
	hysteresisPercent: 10,
};
const hour = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.UTC(2026, 10, 1) + hours * hour).toISOString();

function run(settings: WatchSettings, balances: number[], state: WatchState = emptyWatchState()) {
	return balances.map((remaining, index) => {
		const observation = observe(state, { at: at(index), remaining }, settings);
		state = observation.state;
		return observation;
	});
}

describe('balance watch', () => {
	it('fires once on crossing below, not again while below, re-arms only above threshold + hysteresis', () => {
		const fired = run(below, [150, 120, 90, 80, 95, 105, 90, 115, 95]).map((o) => o.fire);
		// 105 < 110 (100 + 10 %): not re-armed, so 90 after it does not fire; 115 re-arms.
		expect(fired).toEqual([false, false, true, false, false, false, false, false, true]);
	});

	it('fires on the first check when the balance is already below', () => {
		expect(run(below, [40, 30]).map((o) => o.fire)).toEqual([true, false]);
	});

	it('balance changed fires on any change after the first reading', () => {
		const settings: WatchSettings = { ...below, event: 'balanceChanged' };
		const observations = run(settings, [100, 100, 90, 95]);
		expect(observations.map((o) => o.fire)).toEqual([false, false, true, true]);
		expect(observations.map((o) => o.change)).toEqual([null, 0, -10, 5]);
		expect(observations.map((o) => o.previous)).toEqual([null, 100, 100, 90]);
	});

	it('every poll fires every time', () => {
		expect(run({ ...below, event: 'everyPoll' }, [1, 1, 1]).every((o) => o.fire)).toBe(true);
	});

	it('gives burn rate and runway once there are enough readings, ignoring top-ups', () => {
		// 24 readings an hour apart, 10 credits spent each hour, one top-up of +100 in the middle
		const balances = Array.from({ length: 24 }, (_, i) => 1000 - 10 * i + (i >= 12 ? 110 : 0));
		const observations = run({ ...below, threshold: 0 }, balances);
		expect(observations[0].burnRatePerDay).toBeNull();
		expect(observations[1].burnRatePerDay).toBeNull();
		const last = observations[observations.length - 1];
		// 22 decreases of 10 over 23 hours (the top-up step is not spend) → 229.57 a day
		expect(last.burnRatePerDay).toBeCloseTo((220 * 24) / 23, 1);
		expect(last.runwayDays).toBeCloseTo(880 / last.burnRatePerDay!, 1);
	});

	it('keeps a bounded history', () => {
		const balances = Array.from({ length: MAX_READINGS + 50 }, (_, i) => 10000 - i);
		const observations = run(below, balances);
		expect(observations[observations.length - 1].state.readings).toHaveLength(MAX_READINGS);
	});

	it('never mutates the state it is given', () => {
		const state = emptyWatchState();
		observe(state, { at: at(0), remaining: 5 }, below);
		expect(state).toEqual(emptyWatchState());
	});
});

describe('a state read back from storage never costs an alert', () => {
	// n8n saves a polling trigger's static data only when a poll fires: this state is what it
	// kept after firing at 90, written by the process that ran then
	const firedAt90 = (memoryId: string): WatchState =>
		observe(emptyWatchState(), { at: at(0), remaining: 90 }, { ...below, memoryId }).state;

	it('after a restart (another memory), a balance below the threshold fires, marked as a possible repeat', () => {
		const saved = firedAt90('process-1');
		expect(saved).toMatchObject({ armed: false, memoryId: 'process-1' });
		// the recovery to 150 that re-armed it was polled in process 1's memory only: lost
		const observation = observe(
			saved,
			{ at: at(1), remaining: 80 },
			{ ...below, memoryId: 'process-2' },
		);
		expect(observation).toMatchObject({ fire: true, memory: 'restored', possibleRepeat: true });
		expect(observation.state).toMatchObject({ armed: false, memoryId: 'process-2' });
	});

	it('in the same memory and on schedule, a disarmed alert stays quiet', () => {
		const saved = firedAt90('process-1');
		const observation = observe(
			saved,
			{ at: at(1), remaining: 80 },
			{ ...below, memoryId: 'process-1', scheduleMs: hour },
		);
		expect(observation).toMatchObject({ fire: false, memory: 'continuous', possibleRepeat: false });
	});

	it('a state older than the schedule implies is restored too (polls are missing from it)', () => {
		const saved = firedAt90('process-1');
		const late = { ...below, memoryId: 'process-1', scheduleMs: hour };
		expect(observe(saved, { at: at(2), remaining: 80 }, late)).toMatchObject({
			fire: false,
			memory: 'continuous',
		});
		expect(observe(saved, { at: at(2.01), remaining: 80 }, late)).toMatchObject({
			fire: true,
			memory: 'restored',
			possibleRepeat: true,
		});
	});

	it('without a known schedule (custom cron), the gap measured between polls in memory is the schedule', () => {
		const settings = { ...below, memoryId: 'p' };
		let state = observe(emptyWatchState(), { at: at(0), remaining: 500 }, settings).state;
		state = observe(state, { at: at(1), remaining: 90 }, settings).state;
		expect(state).toMatchObject({ armed: false, pollGapMs: hour, lastPollAt: at(1) });
		// on time: quiet; two and a half intervals later: polls are missing, so it fires again
		expect(observe(state, { at: at(2), remaining: 80 }, settings).fire).toBe(false);
		const late = observe(state, { at: at(3.5), remaining: 80 }, settings);
		expect(late).toMatchObject({ fire: true, possibleRepeat: true });
		// the gap across the outage is not taken for the schedule
		expect(late.state.pollGapMs).toBe(hour);
	});

	it('a restored state whose alert was still armed fires as a first alert, not a repeat', () => {
		const armed = observe(
			emptyWatchState(),
			{ at: at(0), remaining: 500 },
			{ ...below, memoryId: 'a' },
		);
		expect(
			observe(armed.state, { at: at(1), remaining: 80 }, { ...below, memoryId: 'b' }),
		).toMatchObject({ fire: true, memory: 'restored', possibleRepeat: false });
	});

	it('no state at all is a first check: it fires below the threshold, not as a repeat', () => {
		expect(observe(emptyWatchState(), { at: at(0), remaining: 5 }, below)).toMatchObject({
			fire: true,
			memory: 'none',
			possibleRepeat: false,
		});
	});

	it('a restored state above the threshold does not fire, and re-arms on recovery', () => {
		const saved = firedAt90('process-1');
		const observation = observe(
			saved,
			{ at: at(1), remaining: 500 },
			{ ...below, memoryId: 'process-2' },
		);
		expect(observation).toMatchObject({ fire: false, possibleRepeat: false });
		expect(observation.state.armed).toBe(true);
	});

	it('burn rate and runway say how many readings, since when, they rest on', () => {
		const observations = run(below, [1000, 900, 800]);
		expect(observations.map((o) => o.burnRateReadings)).toEqual([1, 2, 3]);
		expect(observations[2]).toMatchObject({
			burnRateSince: at(0),
			burnRatePerDay: 2400,
			runwayDays: 0.33,
		});
	});
});
