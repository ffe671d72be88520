import type { GammaGeneration } from './types';

export function slug(title: string): string {
	return (
		title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'gamma'
	);
}

export function gammaUrl(generation: GammaGeneration): string {
	return `https://gamma.app/docs/${slug(generation.title)}-${generation.gammaId}`;
}

/** `{ [key]: value }`, or nothing when the value is undefined. */
export function optional(key: string, value: unknown): Record<string, unknown> {
	return value === undefined ? {} : { [key]: value };
}
