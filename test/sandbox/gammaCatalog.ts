import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GammaTheme {
	id: string;
	name: string;
	type: 'standard' | 'custom';
	colorKeywords: string[];
	toneKeywords: string[];
}

export interface GammaFolder {
	id: string;
	name: string;
}

// prettier-ignore
const STANDARD_THEME_NAMES = [
	'Alien', 'Ash', 'Atmosphere', 'Aurora', 'Aurum', 'Bee Happy', 'Blueberry', 'Blues', 'Borealis',
	'Bubble Gum', 'Canaveral', 'Chisel', 'Chocolate', 'Consultant', 'Coral Glow', 'Cornflower',
	'Creme', 'Daydream', 'Dialogue', 'Dune', 'Elysia', 'Finesse', 'Gamma', 'Gamma Dark', 'Gleam',
	'Gold Leaf', 'Icebreaker', 'Indigo', 'Iris', 'Kraft', 'Lavender', 'Marine', 'Mercury',
	'Night Sky', 'Oasis', 'Onyx', 'Pearl', 'Petrol', 'Sage', 'Seafoam', 'Sunset', 'Twilight',
];

// A workspace with many client themes: more than one page even at Gamma's largest page size (50)
const CUSTOM_THEME_NAMES = [
	'Acme Brand',
	'Acme Brand Dark',
	'Quarterly Review',
	...Array.from({ length: 30 }, (_, i) => `Client ${String(i + 1).padStart(2, '0')}`),
];

const FOLDER_NAMES = [
	'Archive',
	'Investor Updates',
	'Marketing',
	'Onboarding',
	'Product Launches',
	'Quarterly Reviews',
	'Sales Decks',
];

function slug(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

const COLOR_KEYWORDS = [
	['light', 'blue'],
	['dark', 'gray'],
	['warm', 'gold'],
	['pastel', 'pink'],
];
const TONE_KEYWORDS = [
	['professional', 'modern'],
	['playful', 'friendly'],
	['elegant', 'calm'],
];

function theme(id: string, name: string, type: GammaTheme['type'], index: number): GammaTheme {
	return {
		id,
		name,
		type,
		colorKeywords: COLOR_KEYWORDS[index % COLOR_KEYWORDS.length],
		toneKeywords: TONE_KEYWORDS[index % TONE_KEYWORDS.length],
	};
}

export const GAMMA_THEMES: readonly GammaTheme[] = [
	...STANDARD_THEME_NAMES.map((name, index) => theme(slug(name), name, 'standard', index)),
	...CUSTOM_THEME_NAMES.map((name, index) => theme(`custom-${slug(name)}`, name, 'custom', index)),
];

export const GAMMA_FOLDERS: readonly GammaFolder[] = FOLDER_NAMES.map((name) => ({
	id: `fld-${slug(name)}`,
	name,
}));

export interface GammaTemplate {
	id: string;
	title: string;
	url: string;
}

function template(title: string, explore: boolean): GammaTemplate {
	const id = `g_${explore ? 'explore' : 'ws'}-${slug(title)}`;
	const url = explore
		? `https://gamma.app/templates/${slug(title)}`
		: `https://gamma.app/docs/${slug(title)}-${id}`;
	return { id, title, url };
}

/** The workspace's templates and Gamma's official ("explore") ones, for GET /v1.0/templates/search. */
export const GAMMA_TEMPLATES = {
	workspaceTemplates: ['Acme Sales Pitch', 'Acme Quarterly Review', 'Onboarding Checklist'].map(
		(title) => template(title, false),
	),
	exploreTemplates: ['Sales Kickoff', 'Pitch Deck', 'Product Launch', 'Weekly Report'].map(
		(title) => template(title, true),
	),
} as const;

export const GAMMA_TEMPLATE_IDS: ReadonlySet<string> = new Set(
	[...GAMMA_TEMPLATES.workspaceTemplates, ...GAMMA_TEMPLATES.exploreTemplates].map((t) => t.id),
);

/**
 * `q` filters by title; at most 25 of each list and no cursor (the official node's
 * nodes/Gamma/methods/listSearch.ts). A `limit` above 50 is refused as on the other lists.
 */
export function searchTemplates(
	query: Record<string, string>,
): { ok: true; body: typeof GAMMA_TEMPLATES } | { ok: false; message: string } {
	const limit = query.limit === undefined ? 25 : Number(query.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
		return {
			ok: false,
			message: 'Input validation errors: 1. limit must be an integer between 1 and 50',
		};
	}
	const needle = (query.q ?? '').toLowerCase();
	const pick = (list: readonly GammaTemplate[]) =>
		list.filter((t) => t.title.toLowerCase().includes(needle)).slice(0, Math.min(limit, 25));
	return {
		ok: true,
		body: {
			workspaceTemplates: pick(GAMMA_TEMPLATES.workspaceTemplates),
			exploreTemplates: pick(GAMMA_TEMPLATES.exploreTemplates),
		},
	};
}

/** The 67 `textOptions.language` codes, as recorded with their source in the contract fixture. */
export const GAMMA_LANGUAGE_CODES: readonly string[] = (
	JSON.parse(
		readFileSync(join(__dirname, '..', 'contracts', 'gamma', 'language-codes.json'), 'utf8'),
	) as { values: Array<{ value: string }> }
).values.map((language) => language.value);

export type Page<T> =
	| { ok: true; page: { data: T[]; hasMore: boolean; nextCursor: string | null } }
	| { ok: false; message: string };

/** `after` is the opaque cursor of a previous page: the base64url of the last id it returned. */
export function listPage<T extends { id: string; name: string }>(
	items: readonly T[],
	query: Record<string, string>,
): Page<T> {
	const limit = query.limit === undefined ? 20 : Number(query.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
		return {
			ok: false,
			message: 'Input validation errors: 1. limit must be an integer between 1 and 50',
		};
	}
	const needle = (query.query ?? '').toLowerCase();
	const matching = items.filter((item) => item.name.toLowerCase().includes(needle));
	let start = 0;
	if (query.after !== undefined) {
		const afterId = Buffer.from(query.after, 'base64url').toString('utf8');
		const index = matching.findIndex((item) => item.id === afterId);
		if (index < 0)
			return { ok: false, message: 'Input validation errors: 1. after is not a valid cursor' };
		start = index + 1;
	}
	const data = matching.slice(start, start + limit);
	const hasMore = start + limit < matching.length;
	return {
		ok: true,
		page: {
			data,
			hasMore,
			nextCursor: hasMore
				? Buffer.from(data[data.length - 1].id, 'utf8').toString('base64url')
				: null,
		},
	};
}
