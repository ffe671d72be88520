import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseInstant } from '../../../nodes/shared/spend/instant';

const texts = [
	'2026-03-01 10:00',
	'2026-03-29 02:30',
	'2026-03-01',
	'Sun, 01 Mar 2026 09:00:00 GMT',
];

const BERLIN = 'Europe/Berlin';
const at = (text: string) => Date.parse(text);

describe('parseInstant', () => {
	it.each([
		['2026-03-01T10:00:00.000Z', 'UTC', '2026-03-01T10:00:00.000Z'],
		['2026-03-01T10:00:00.000Z', BERLIN, '2026-03-01T10:00:00.000Z'],
		['2026-03-01T10:00:00Z', BERLIN, '2026-03-01T10:00:00.000Z'],
		['2026-03-01t10:00:00z', 'UTC', '2026-03-01T10:00:00.000Z'],
		['2026-03-01T10:00:00+01:00', 'UTC', '2026-03-01T09:00:00.000Z'],
		['2026-03-01T10:00:00+0100', 'UTC', '2026-03-01T09:00:00.000Z'],
		['2026-03-01T10:00:00-05', 'UTC', '2026-03-01T15:00:00.000Z'],
		['2026-03-01 10:00:00 +05:45', 'UTC', '2026-03-01T04:15:00.000Z'],
		['2026-03-01T10:00:00.123456789Z', 'UTC', '2026-03-01T10:00:00.123Z'],
		['2026-03-01T10:00:00,5Z', 'UTC', '2026-03-01T10:00:00.500Z'],
		['  2026-03-01T10:00Z ', 'UTC', '2026-03-01T10:00:00.000Z'],
		// without an offset: the zone passed in
		['2026-03-01 10:00:00', 'UTC', '2026-03-01T10:00:00.000Z'],
		['2026-03-01 10:00:00', BERLIN, '2026-03-01T09:00:00.000Z'],
		['2026-07-01T10:00', BERLIN, '2026-07-01T08:00:00.000Z'],
		['2026-03-01', BERLIN, '2026-02-28T23:00:00.000Z'],
		['2026-03-01', 'America/New_York', '2026-03-01T05:00:00.000Z'],
		// skipped on the spring change: moved forward by the gap (03:30 CEST)
		['2026-03-29 02:30', BERLIN, '2026-03-29T01:30:00.000Z'],
		// twice on the autumn change: the earlier (02:30 CEST)
		['2026-10-25 02:30', BERLIN, '2026-10-25T00:30:00.000Z'],
		['2024-02-29T00:00:00.000Z', 'UTC', '2024-02-29T00:00:00.000Z'],
		// date strings that name their zone
		[
			'Sun Mar 01 2026 10:00:00 GMT+0100 (Central European Standard Time)',
			'UTC',
			'2026-03-01T09:00:00.000Z',
		],
		['Sun, 01 Mar 2026 09:00:00 GMT', BERLIN, '2026-03-01T09:00:00.000Z'],
		['Sun, 01 Mar 2026 09:00:00 +0200', 'UTC', '2026-03-01T07:00:00.000Z'],
	])('%j in %s is %s', (text, zone, expected) => {
		expect(parseInstant(text, zone)).toBe(at(expected));
	});

	it('reads a Date', () => {
		expect(parseInstant(new Date(at('2026-03-01T10:00:00Z')), 'UTC')).toBe(
			at('2026-03-01T10:00:00Z'),
		);
		expect(parseInstant(new Date(NaN), 'UTC')).toBeUndefined();
	});

	it.each([
		'2026-02-30T00:00:00.000Z',
		'2026-02-29',
		'2026-04-31T10:00:00Z',
		'2026-13-01T00:00:00Z',
		'2026-00-10T00:00:00Z',
		'2026-03-01T24:00:00Z',
		'2026-03-01T10:60:00Z',
		'2026-03-01T10:00:60Z',
		'2026-03-01T10:00:00+24:00',
		'0999-12-31T00:00:00.000Z',
		'+010000-01-01T00:00:00.000Z',
		'March 1, 2026',
		'2026/03/01 10:00',
		'yesterday',
		'',
		'   ',
	])('%j is not an instant', (text) => {
		expect(parseInstant(text, 'UTC')).toBeUndefined();
	});

	it.each([[1772359200000], [46082], [null], [undefined], [true], [{}], [[]]])(
		'%j is not read (a number could be a serial day, seconds or milliseconds)',
		(value) => {
			expect(parseInstant(value, 'UTC')).toBeUndefined();
		},
	);

	it("never depends on the machine's time zone (a child Node per TZ)", () => {
		const script = [
			"require('ts-node').register({ transpileOnly: true });",
			"const { parseInstant } = require('./nodes/shared/spend/instant');",
			"const { summarizeSpend } = require('./nodes/shared/spend/summarize');",
			"const texts = ['2026-03-01 10:00', '2026-03-29 02:30', '2026-03-01', 'Sun, 01 Mar 2026 09:00:00 GMT'];",
			"const records = texts.map((at) => ({ provider: 'gamma', credits: 1, at }));",
			"const summary = summarizeSpend(records, { groupBy: 'day', timeZone: 'Europe/Berlin' });",
			'process.stdout.write(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(),',
			"  read: texts.map((t) => parseInstant(t, 'Europe/Berlin')), summary }));",
		].join('\n');
		const run = (tz: string) =>
			JSON.parse(
				execFileSync(process.execPath, ['-e', script], {
					cwd: join(__dirname, '../../..'),
					env: { ...process.env, TZ: tz },
					encoding: 'utf8',
				}),
			);
		const inUtc = run('UTC');
		const inLosAngeles = run('America/Los_Angeles');
		const inTokyo = run('Asia/Tokyo');
		expect([inUtc.offset, inLosAngeles.offset, inTokyo.offset]).toEqual([0, 480, -540]);
		expect(inUtc.read).toEqual(texts.map((text) => parseInstant(text, BERLIN)));
		expect(inLosAngeles.read).toEqual(inUtc.read);
		expect(inTokyo.read).toEqual(inUtc.read);
		expect(inLosAngeles.summary).toEqual(inUtc.summary);
		expect(inTokyo.summary).toEqual(inUtc.summary);
	});
});
