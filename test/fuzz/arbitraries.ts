/**
 * The bad (and some good) values the fuzz suite feeds the nodes. Every value is JSON, because
 * it reaches the node through an item (Fixed Items serialises its rows) and an expression such
 * as `={{ $json.p_numCards }}`: a value an expression can yield from a user's data.
 */
import fc from 'fast-check';

/** The seed of every property in test/fuzz: the same cases on every run and machine. */
export const SEED = 20260514;

/** Names that find things on Object.prototype when a lookup is not by own key. */
export const PROTOTYPE_NAMES = [
	'constructor',
	'__proto__',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype',
] as const;

const objects = fc.constantFrom<unknown>({ a: 1 }, [], [1, 2], {}, { value: 5 }, [{ a: 1 }]);

/** Numbers a number field should refuse or clamp, and strings that look like numbers. */
export const badNumber: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom<unknown>(
		'',
		' ',
		-1,
		0,
		-0.5,
		0.5,
		1.5,
		1e308,
		-1e308,
		1e21,
		Number.MAX_SAFE_INTEGER + 2,
		'abc',
		'5',
		'1e308',
		'NaN',
		'Infinity',
		'-3',
		null,
		true,
		false,
		...PROTOTYPE_NAMES,
	),
	objects,
	fc.integer({ min: -1000, max: 100000 }),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A number within [min, max], the kind of value users mean. */
export const goodNumber = (min: number, max: number): fc.Arbitrary<unknown> =>
	fc.integer({ min: Math.ceil(min), max: Math.floor(max) });

/** The declared option values, in other letter cases, prototype names, unknown values. */
export const badOption = (values: readonly string[]): fc.Arbitrary<unknown> =>
	fc.oneof(
		fc.constantFrom<unknown>(...values),
		fc.constantFrom<unknown>(...values.filter(Boolean)).map((value) => String(value).toUpperCase()),
		fc
			.constantFrom<unknown>(...values.filter(Boolean))
			.map((value) => String(value).charAt(0).toUpperCase() + String(value).slice(1)),
		fc.constantFrom<unknown>('', 'bogus', ' ', 1, 0, null, true, ...PROTOTYPE_NAMES),
		objects,
		fc.constantFrom<unknown>(...values).map((value) => [value]),
	);

export const goodOption = (values: readonly string[]): fc.Arbitrary<unknown> =>
	fc.constantFrom<unknown>(...values);

/** Strings fields get: empty, blank, prototype names, objects, numbers, long text. */
export const badString: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom<unknown>(
		'',
		' ',
		'abc',
		'[sandbox:fail]',
		null,
		0,
		-1,
		1e308,
		true,
		...PROTOTYPE_NAMES,
	),
	objects,
	fc.string({ maxLength: 20 }),
	fc.constant('x'.repeat(5000)),
);

export const badBoolean: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
	true,
	false,
	'true',
	'false',
	'abc',
	'',
	0,
	1,
	null,
	{ a: 1 },
	[],
	'constructor',
);

/** Malformed and hostile JSON for the price-override fields (strings and parsed values). */
export const badJson = (keys: readonly string[]): fc.Arbitrary<unknown> =>
	fc.oneof(
		fc.constantFrom<unknown>(
			'',
			'{',
			'{"a":',
			'[]',
			'[1,2]',
			'"x"',
			'1e308',
			'null',
			'abc',
			'{}',
			'{"__proto__":{"x":1}}',
			'{"constructor":{"prototype":1}}',
			'{"toString":1}',
			{ a: 1 },
			[],
			42,
			null,
		),
		fc
			.record({
				key: fc.constantFrom(...keys, ...PROTOTYPE_NAMES),
				inner: fc.constantFrom(...PROTOTYPE_NAMES, 'default', 'flux-1-quick', 'core', 'x'),
				value: fc.constantFrom<unknown>(-1, 0, 1e308, 'abc', null, {}, [], { min: 5, max: 1 }),
				asString: fc.boolean(),
			})
			.map(({ key, inner, value, asString }) => {
				const parsed = {
					[key]:
						typeof value === 'number' && key.startsWith('credits') ? value : { [inner]: value },
				};
				return asString ? JSON.stringify(parsed) : parsed;
			}),
	);

/** A field of a fuzzed row: absent (the item lacks it), a good value or a bad one. */
export function field(good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) {
	return fc.oneof(
		{ weight: 1, arbitrary: fc.constant(undefined) },
		{ weight: 2, arbitrary: good },
		{ weight: 4, arbitrary: bad },
	);
}
