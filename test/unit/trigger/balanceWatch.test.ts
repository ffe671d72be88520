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
