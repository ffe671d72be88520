/** JSON types, with null and arrays apart from objects. */
export function jsonType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/**
 * Where `actual` differs in shape from `expected`: the same key set at every level and the same
 * JSON type for every value. Every element of an actual array must have the shape of the
 * expected array's first element (an empty expected array says nothing about elements).
 */
export function shapeDifferences(expected: unknown, actual: unknown, at = '$'): string[] {
	const want = jsonType(expected);
	const got = jsonType(actual);
	if (want !== got) return [`${at}: expected ${want}, got ${got}`];
	if (want === 'array') {
		const [first] = expected as unknown[];
		const items = actual as unknown[];
		if (first === undefined) return [];
		if (items.length === 0) return [`${at}: expected at least one element`];
		return items.flatMap((item, index) => shapeDifferences(first, item, `${at}[${index}]`));
	}
	if (want !== 'object') return [];
	const wantObject = expected as Record<string, unknown>;
	const gotObject = actual as Record<string, unknown>;
	const differences: string[] = [];
	for (const key of Object.keys(wantObject)) {
		if (!(key in gotObject)) differences.push(`${at}.${key}: missing`);
		else differences.push(...shapeDifferences(wantObject[key], gotObject[key], `${at}.${key}`));
	}
	for (const key of Object.keys(gotObject)) {
		if (!(key in wantObject)) differences.push(`${at}.${key}: not in the fixture`);
	}
	return differences;
}

/** The value at a dotted path (`error.statusCode`), or undefined. */
export function valueAt(value: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(node, key) =>
				typeof node === 'object' && node !== null
					? (node as Record<string, unknown>)[key]
					: undefined,
			value,
		);
}
