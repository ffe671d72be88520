import { scheduleIntervalMs } from '../../../nodes/AiCreditsTrigger/pollSchedule';

const minute = 60 * 1000;

describe("the interval n8n's Poll Times imply", () => {
	it('reads the fixed modes and Every X', () => {
		expect(scheduleIntervalMs({ item: [{ mode: 'everyMinute' }] })).toBe(minute);
		expect(scheduleIntervalMs({ item: [{ mode: 'everyHour', minute: 5 }] })).toBe(60 * minute);
		expect(scheduleIntervalMs({ item: [{ mode: 'everyX', value: 15, unit: 'minutes' }] })).toBe(
			15 * minute,
		);
		expect(scheduleIntervalMs({ item: [{ mode: 'everyX', value: 2, unit: 'hours' }] })).toBe(
			120 * minute,
		);
	});

	it('takes the shortest of several poll times', () => {
		expect(
			scheduleIntervalMs({ item: [{ mode: 'everyDay', hour: 9 }, { mode: 'everyHour' }] }),
		).toBe(60 * minute);
	});

	it('cannot tell a custom cron (or a cron among others), nor a malformed value', () => {
		expect(
			scheduleIntervalMs({
				item: [{ mode: 'everyHour' }, { mode: 'custom', cronExpression: '* * * * *' }],
			}),
		).toBeUndefined();
		expect(
			scheduleIntervalMs({ item: [{ mode: 'everyX', value: 0, unit: 'minutes' }] }),
		).toBeUndefined();
		expect(scheduleIntervalMs({ item: [] })).toBeUndefined();
		expect(scheduleIntervalMs(undefined)).toBeUndefined();
		expect(scheduleIntervalMs({ item: [{ mode: 'constructor' }] })).toBeUndefined();
	});
});
