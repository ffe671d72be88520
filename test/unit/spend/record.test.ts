import { SpendInputError } from '../../../nodes/shared/spend/errors';
import {
	flattenSpendRecord,
	readSpendRecord,
	type CreditSpend,
} from '../../../nodes/shared/spend/record';

const record: CreditSpend = {
	provider: 'gamma',
	operation: 'generateDeck',
	model: 'flux-1-quick',
	credits: 42,
	estimate: { min: 30, max: 50 },
	at: '2026-03-01T10:00:00.000Z',
	workflowId: 'wf1',
	executionId: '812',
	reference: 'gen_abc',
};

function read(value: unknown, timeZone?: string): CreditSpend {
	const result = readSpendRecord(value, { timeZone });
	if (!result.ok) throw new Error(result.message);
	return result.record;
}

function reasonOf(value: unknown): string {
	const result = readSpendRecord(value);
	if (result.ok) throw new Error('was read');
	return result.reason;
}

describe('readSpendRecord', () => {
	it('reads the record itself, an item json carrying it, and an n8n item', () => {
		expect(read(record)).toEqual(record);
		expect(read({ topic: 'Q3', deck: 'x', creditSpend: record })).toEqual(record);
		expect(read({ json: { creditSpend: record }, pairedItem: { item: 0 } })).toEqual(record);
	});

	it('reads a flat Data Table row: numbers as text, the estimate as two columns, extra columns ignored', () => {
		const row = {
			id: 7,
			createdAt: '2026-03-02T08:00:00.000Z',
			updatedAt: '2026-03-02T08:00:00.000Z',
			provider: 'stabilityAi',
			operation: 'generateImage',
			model: null,
			credits: '6.5',
			estimateMin: '6',
			estimateMax: ' 7 ',
			at: '2026-03-01 10:00:00',
			workflowId: 'wf2',
			executionId: 900,
			reference: '',
		};
		expect(read(row, 'Europe/Berlin')).toEqual({
			provider: 'stabilityAi',
			operation: 'generateImage',
			credits: 6.5,
			estimate: { min: 6, max: 7 },
			at: '2026-03-01T09:00:00.000Z',
			workflowId: 'wf2',
			executionId: '900',
			reference: '',
		});
	});

	it('reads an estimate written as JSON in one sheet cell, and a Date or offset time as at', () => {
		const fromSheet = read({
			...record,
			estimate: '{"min": 1, "max": 3}',
			at: 'Sun Mar 01 2026 11:00:00 GMT+0100 (Central European Standard Time)',
		});
		expect(fromSheet.estimate).toEqual({ min: 1, max: 3 });
		expect(fromSheet.at).toBe('2026-03-01T10:00:00.000Z');
		expect(read({ ...record, at: new Date(Date.UTC(2026, 2, 1, 10)) }).at).toBe(
			'2026-03-01T10:00:00.000Z',
		);
		expect(read({ ...record, at: '2026-03-01T11:00:00+01:00' }).at).toBe(
			'2026-03-01T10:00:00.000Z',
		);
	});

	it('leaves out an estimate it cannot use, and keeps the record', () => {
		for (const estimate of [
			{ min: 5, max: 3 },
			{ min: -1, max: 3 },
			{ min: 1 },
			{ min: 'a', max: 3 },
			{ min: 1, max: Infinity },
			'not json',
			'{broken',
			null,
		]) {
			const read1 = read({ ...record, estimate });
			expect(read1.estimate).toBeUndefined();
			expect(read1.credits).toBe(42);
		}
		expect(read({ ...record, estimate: undefined, estimateMin: 2 }).estimate).toBeUndefined();
		expect(read({ ...record, estimate: { min: 4, max: 4 } }).estimate).toEqual({ min: 4, max: 4 });
	});

	it('trims text, drops an empty model, turns -0 into 0', () => {
		const read1 = read({ ...record, provider: ' gamma ', model: '  ', credits: -0 });
		expect(read1.provider).toBe('gamma');
		expect('model' in read1).toBe(false);
		expect(Object.is(read1.credits, 0)).toBe(true);
		expect(read({ ...record, credits: '0' }).credits).toBe(0);
		expect(read({ ...record, provider: 3 }).provider).toBe('3');
	});

	it.each([
		['a string', 'notAnObject'],
		[null, 'notAnObject'],
		[[record], 'notAnObject'],
		[{ ...record, provider: '' }, 'missingProvider'],
		[{ ...record, provider: undefined }, 'missingProvider'],
		[{ ...record, credits: undefined }, 'invalidCredits'],
		[{ ...record, credits: 'abc' }, 'invalidCredits'],
		[{ ...record, credits: '' }, 'invalidCredits'],
		[{ ...record, credits: NaN }, 'invalidCredits'],
		[{ ...record, credits: Infinity }, 'invalidCredits'],
		[{ ...record, credits: '1,5' }, 'invalidCredits'],
		[{ ...record, credits: -1 }, 'negativeCredits'],
		[{ ...record, credits: '-0.5' }, 'negativeCredits'],
		[{ ...record, at: 'yesterday' }, 'invalidAt'],
		[{ ...record, at: '2026-02-30T10:00:00.000Z' }, 'invalidAt'],
		[{ ...record, at: 1772359200000 }, 'invalidAt'],
		[{ ...record, at: undefined }, 'invalidAt'],
	])('skips %j: %s', (value, reason) => {
		expect(reasonOf(value)).toBe(reason);
	});

	it('says why, in a message', () => {
		const result = readSpendRecord({ ...record, credits: 'abc' });
		expect(result).toEqual({
			ok: false,
			reason: 'invalidCredits',
			message: 'credits is "abc", not a finite number.',
		});
	});

	it('throws for an unknown time zone', () => {
		expect(() => readSpendRecord(record, { timeZone: 'Nowhere/Land' })).toThrow(SpendInputError);
	});
});

describe('flattenSpendRecord', () => {
	it('gives every column, estimate flattened, null where absent', () => {
		expect(flattenSpendRecord(record)).toEqual({
			provider: 'gamma',
			operation: 'generateDeck',
			model: 'flux-1-quick',
			credits: 42,
			estimateMin: 30,
			estimateMax: 50,
			at: '2026-03-01T10:00:00.000Z',
			workflowId: 'wf1',
			executionId: '812',
			reference: 'gen_abc',
		});
		const { model: _model, estimate: _estimate, ...bare } = record;
		expect(flattenSpendRecord(bare)).toMatchObject({
			model: null,
			estimateMin: null,
			estimateMax: null,
		});
	});

	it('reads back as the same record', () => {
		const { model: _model, estimate: _estimate, ...bare } = record;
		for (const one of [record, bare]) {
			expect(read(flattenSpendRecord(one))).toEqual(one);
			// as a sheet gives it back: every cell text
			const asText = Object.fromEntries(
				Object.entries(flattenSpendRecord(one)).map(([key, value]) => [
					key,
					value === null ? '' : String(value),
				]),
			);
			expect(read(asText)).toEqual(one);
		}
	});
});
