/** A resource locator's value (`{ mode, value }`) or a plain string typed by expression, trimmed. */
export function locatorValue(parameter: unknown): string | undefined {
	const value =
		parameter && typeof parameter === 'object'
			? (parameter as { value?: unknown }).value
			: parameter;
	const text = typeof value === 'string' ? value.trim() : '';
	return text || undefined;
}
