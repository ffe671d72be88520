import { jsonType, shapeDifferences, valueAt } from './shape';

describe('shapeDifferences', () => {
	const fixture = {
		generationId: 'gen_x',
		status: 'completed',
		credits: { deducted: 1, remaining: 2 },
		warnings: [{ code: 'a', message: 'b' }],
		nextCursor: null,
	};

	it('accepts the same shape with other values', () => {
		const answer = {
			nextCursor: null,
			warnings: [
				{ code: 'c', message: 'd' },
				{ message: 'f', code: 'e' },
			],
			credits: { remaining: 0, deducted: 9 },
			status: 'pending',
			generationId: 'gen_y',
		};
		expect(shapeDifferences(fixture, answer)).toEqual([]);
	});

	it('fails on a missing key, at any depth', () => {
		expect(shapeDifferences(fixture, { ...fixture, credits: { deducted: 1 } })).toEqual([
			'$.credits.remaining: missing',
		]);
	});

	it('fails on an extra key, at any depth', () => {
		expect(shapeDifferences(fixture, { ...fixture, title: 'x' })).toEqual([
			'$.title: not in the fixture',
		]);
		expect(
			shapeDifferences(fixture, { ...fixture, warnings: [{ code: 'a', message: 'b', x: 1 }] }),
		).toEqual(['$.warnings[0].x: not in the fixture']);
	});

	it('fails on a type change, null and arrays included', () => {
		expect(shapeDifferences(fixture, { ...fixture, warnings: 'one string' })).toEqual([
			'$.warnings: expected array, got string',
		]);
		expect(shapeDifferences(fixture, { ...fixture, nextCursor: 'abc' })).toEqual([
			'$.nextCursor: expected null, got string',
		]);
		expect(
			shapeDifferences(fixture, { ...fixture, credits: { deducted: '1', remaining: 2 } }),
		).toEqual(['$.credits.deducted: expected number, got string']);
		expect(shapeDifferences(fixture, { ...fixture, warnings: [] })).toEqual([
			'$.warnings: expected at least one element',
		]);
	});

	it('reads types and dotted paths', () => {
		expect([jsonType(null), jsonType([]), jsonType({}), jsonType(1)]).toEqual([
			'null',
			'array',
			'object',
			'number',
		]);
		expect(valueAt(fixture, 'credits.remaining')).toBe(2);
		expect(valueAt(fixture, 'credits.nope.deeper')).toBeUndefined();
	});
});
