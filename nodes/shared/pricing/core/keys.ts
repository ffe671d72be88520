/** The key of `keys` spelled exactly as `wanted`, else the one equal to it ignoring case. */
export function matchKey(keys: readonly string[], wanted: string): string | undefined {
	if (keys.includes(wanted)) return wanted;
	const lower = wanted.toLowerCase();
	return keys.find((key) => key.toLowerCase() === lower);
}
