import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../../nodes/shared/pricing/gamma/imageModels';
import type { ExportFormat } from './files';
import { GAMMA_FOLDERS, GAMMA_LANGUAGE_CODES, GAMMA_THEMES } from './gammaCatalog';
import { isRecord } from './http';
import type { GammaGeneration, GammaPlan, ResolvedSandboxOptions } from './types';

/** What an accepted generation request will produce and cost. */
export interface GenerationPlan {
	kind: GammaGeneration['kind'];
	cards: number;
	images: number;
	imageModel: string;
	creditsPerCard: number;
	charge: number;
	title: string;
	exportAs?: ExportFormat;
	warnings?: GammaGeneration['warnings'];
	/** The input asked the sandbox to fail this generation. */
	fails: boolean;
}

export type PlanResult = { ok: true; plan: GenerationPlan } | { ok: false; message: string };

export const FAIL_MARKER = '[sandbox:fail]';
const CARD_BREAK = '\n---\n';
export const MAX_INPUT_CHARS = 400_000;
/**
 * 2000 in Gamma's official node (gamma-app/n8n-nodes-gamma,
 * nodes/Gamma/actions/generation/create.operation.ts at 1abd8b1af7f255353f3b7944303424940fdcc92b)
 * and in older docs (gamma-app/gamma-docs, overview/generate-api-parameters-explained.md at
 * a93547d4ccb5bc3498d12880e65f5b4e9905dee3); 5000 in the current docs (the same file at
 * b0c30c8fc83a935ab35f48e49def46f1d29c964b, and api/openapi.yaml). Unsure which the API enforces:
 * the stricter one, so an over-long value surfaces here.
 */
const MAX_ADDITIONAL_INSTRUCTIONS_CHARS = 2000;

/**
 * `numCards` maximum by plan: 60 on Pro, Teams and Business, 75 on Ultra (gamma-app/gamma-docs,
 * overview/generate-api-parameters-explained.md at b0c30c8fc83a935ab35f48e49def46f1d29c964b; the
 * official node's create.operation.ts says the same).
 */
export const GAMMA_MAX_CARDS: Readonly<Record<GammaPlan, number>> = {
	pro: 60,
	teams: 60,
	business: 60,
	ultra: 75,
};

/** Everything the caller's account changes about validation. */
export interface PlanContext {
	plan: GammaPlan;
}

// The documented top-level fields; others are rejected only with `gammaRejectUnknownFields`.
// prettier-ignore
const STANDARD_FIELDS = [
	'inputText', 'textMode', 'format', 'themeId', 'numCards', 'cardSplit', 'additionalInstructions',
	'title', 'folderId', 'folderIds', 'exportAs', 'textOptions', 'imageOptions', 'cardOptions',
	'sharingOptions',
];
// prettier-ignore
const TEMPLATE_FIELDS = [
	'gammaId', 'prompt', 'title', 'themeId', 'folderId', 'folderIds', 'exportAs', 'imageOptions',
	'sharingOptions',
];
const THEME_IDS = new Set(GAMMA_THEMES.map((theme) => theme.id));
const FOLDER_IDS = new Set(GAMMA_FOLDERS.map((folder) => folder.id));

const FORMAT_DIMENSIONS: Record<string, readonly string[]> = {
	presentation: ['fluid', '16x9', '4x3'],
	document: ['fluid', 'pageless', 'letter', 'a4'],
	social: ['4x5', '1x1', '9x16'],
	webpage: ['fluid'],
};
// prettier-ignore
const IMAGE_SOURCES = [
	'aiGenerated', 'pictographic', 'pexels', 'giphy', 'webAllImages', 'webFreeToUse',
	'webFreeToUseCommercially', 'placeholder', 'themeAccent', 'noImages',
];
// Link (external) access has no fullAccess and email access no noAccess (gamma-app/gamma-docs,
// api/openapi.yaml at 983cc50f0c898bd49681680cc987af2112db0bee, SharingOptions and EmailOptions).
// Workspace access without fullAccess has no public source found: that file and the official node
// list it. Unconfirmed; the sandbox keeps the stricter reading.
const ACCESS_LEVELS = ['noAccess', 'view', 'comment', 'edit'];
const EMAIL_ACCESS_LEVELS = ['view', 'comment', 'edit', 'fullAccess'];
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'pptx', 'png'];

/** Collects messages in Gamma's "Input validation errors: 1. … 2. …" style. */
export class Checker {
	readonly errors: string[] = [];

	constructor(private readonly body: Record<string, unknown>) {}

	value(field: string): unknown {
		return field
			.split('.')
			.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), this.body);
	}

	text(field: string, { required = false, min = 0, max = Infinity } = {}): string | undefined {
		const value = this.value(field);
		if (value === undefined) {
			if (required) this.errors.push(`${field} is required`);
			return undefined;
		}
		if (typeof value !== 'string') return this.fail(field, 'must be a string');
		if (value.length < min || value.length > max) {
			return this.fail(field, `must be between ${min} and ${max} characters`);
		}
		return value;
	}

	oneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
		const value = this.value(field);
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || !allowed.includes(value as T)) {
			return this.fail(field, `must be one of: ${allowed.join(', ')}`);
		}
		return value as T;
	}

	/** A plan-dependent maximum, named in the message. */
	numCards(plan: GammaPlan): number | undefined {
		const max = GAMMA_MAX_CARDS[plan];
		const value = this.value('numCards');
		if (value === undefined) return undefined;
		if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max) {
			return this.fail('numCards', `must be an integer between 1 and ${max} on the ${plan} plan`);
		}
		return value as number;
	}

	themeId(): void {
		const id = this.text('themeId', { min: 1 });
		if (id !== undefined && !THEME_IDS.has(id)) {
			this.fail('themeId', `"${id}" is not a theme of this workspace (see GET /v1.0/themes)`);
		}
	}

	/** `folderId`, one string; or the deprecated `folderIds`, an array of exactly one. */
	folder(): void {
		const id = this.text('folderId', { min: 1 });
		if (id !== undefined) this.knownFolder('folderId', id);
		if (!this.stringArray('folderIds')) return;
		const ids = this.value('folderIds') as string[];
		if (ids.length !== 1) {
			this.fail('folderIds', 'must contain exactly one folder id (deprecated: send folderId)');
		} else if (id !== undefined) {
			this.fail('folderIds', 'must not be sent with folderId');
		} else {
			this.knownFolder('folderIds', ids[0]);
		}
	}

	language(field: string): void {
		const code = this.text(field, { min: 1 });
		if (code !== undefined && !GAMMA_LANGUAGE_CODES.includes(code)) {
			this.fail(
				field,
				`"${code}" is not one of the ${GAMMA_LANGUAGE_CODES.length} supported language codes`,
			);
		}
	}

	boolean(field: string): void {
		const value = this.value(field);
		if (value !== undefined && typeof value !== 'boolean') this.fail(field, 'must be a boolean');
	}

	private knownFolder(field: string, id: string): void {
		if (!FOLDER_IDS.has(id)) {
			this.fail(field, `"${id}" is not a folder of this workspace (see GET /v1.0/folders)`);
		}
	}

	/** In the style of a whitelisting validator: one error per undocumented top-level field. */
	noOtherFields(allowed: readonly string[]): void {
		for (const field of Object.keys(this.body)) {
			if (!allowed.includes(field)) this.errors.push(`property ${field} should not exist`);
		}
	}

	object(field: string): void {
		const value = this.value(field);
		if (value !== undefined && !isRecord(value)) this.fail(field, 'must be an object');
	}

	/** True when the field is present and valid. */
	stringArray(field: string): boolean {
		const value = this.value(field);
		if (value === undefined) return false;
		if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return true;
		this.fail(field, 'must be an array of strings');
		return false;
	}

	imageModel(field: string): string | undefined {
		const model = this.text(field, { min: 1 });
		if (model !== undefined && GAMMA_IMAGE_MODEL_CREDITS_2026[model] === undefined) {
			return this.fail(field, `"${model}" is not a supported image model`);
		}
		return model;
	}

	sharingOptions(): void {
		this.object('sharingOptions');
		this.oneOf('sharingOptions.workspaceAccess', ACCESS_LEVELS);
		this.oneOf('sharingOptions.externalAccess', ACCESS_LEVELS);
		this.object('sharingOptions.emailOptions');
		this.stringArray('sharingOptions.emailOptions.recipients');
		this.oneOf('sharingOptions.emailOptions.access', EMAIL_ACCESS_LEVELS);
		this.boolean('sharingOptions.enableSearchEngineIndexing');
	}

	message(): string {
		return `Input validation errors: ${this.errors.map((error, index) => `${index + 1}. ${error}`).join(' ')}`;
	}

	fail(field: string, problem: string): undefined {
		this.errors.push(`${field} ${problem}`);
		return undefined;
	}
}

export function planStandardGeneration(
	body: unknown,
	options: ResolvedSandboxOptions,
	context: PlanContext,
): PlanResult {
	if (!isRecord(body))
		return { ok: false, message: 'Input validation errors: 1. body must be a JSON object' };
	const check = new Checker(body);
	if (options.gammaRejectUnknownFields) check.noOtherFields(STANDARD_FIELDS);
	const inputText = check.text('inputText', { required: true, min: 1, max: MAX_INPUT_CHARS });
	check.oneOf('textMode', ['generate', 'condense', 'preserve']);
	const format = check.oneOf('format', Object.keys(FORMAT_DIMENSIONS)) ?? 'presentation';
	check.themeId();
	const numCards = check.numCards(context.plan) ?? 10;
	const cardSplit = check.oneOf('cardSplit', ['auto', 'inputTextBreaks']) ?? 'auto';
	check.text('additionalInstructions', { max: MAX_ADDITIONAL_INSTRUCTIONS_CHARS });
	const title = check.text('title', { max: 500 });
	check.folder();
	const exportAs = check.oneOf('exportAs', EXPORT_FORMATS);
	check.object('textOptions');
	check.oneOf('textOptions.amount', ['brief', 'medium', 'detailed', 'extensive']);
	check.text('textOptions.tone');
	check.text('textOptions.audience');
	check.language('textOptions.language');
	check.object('imageOptions');
	const source = check.oneOf('imageOptions.source', IMAGE_SOURCES) ?? 'aiGenerated';
	const model = check.imageModel('imageOptions.model') ?? options.gammaDefaultImageModel;
	check.text('imageOptions.style');
	check.object('cardOptions');
	const dimensions = check.text('cardOptions.dimensions');
	check.sharingOptions();
	if (check.errors.length > 0 || inputText === undefined)
		return { ok: false, message: check.message() };

	const allowed = FORMAT_DIMENSIONS[format];
	const warnings =
		dimensions !== undefined && !allowed.includes(dimensions)
			? `cardOptions.dimensions "${dimensions}" is not available for format "${format}"; used "${allowed[0]}"`
			: undefined;
	const cards = cardSplit === 'auto' ? numCards : inputText.split(CARD_BREAK).length;
	const images = source === 'aiGenerated' ? cards : 0;
	return {
		ok: true,
		plan: plan('standard', cards, images, model, options.gammaCreditsPerCard, {
			title: title ?? titleFrom(inputText),
			exportAs,
			warnings,
			fails: inputText.includes(FAIL_MARKER),
		}),
	};
}

/** A template is one page, so one card per `\n---\n` part of the prompt; each card gets an AI image. */
export function planTemplateGeneration(body: unknown, options: ResolvedSandboxOptions): PlanResult {
	if (!isRecord(body))
		return { ok: false, message: 'Input validation errors: 1. body must be a JSON object' };
	const check = new Checker(body);
	if (options.gammaRejectUnknownFields) check.noOtherFields(TEMPLATE_FIELDS);
	check.text('gammaId', { required: true, min: 1 });
	const prompt = check.text('prompt', { required: true, min: 1, max: MAX_INPUT_CHARS });
	const title = check.text('title', { max: 500 });
	check.themeId();
	check.folder();
	const exportAs = check.oneOf('exportAs', EXPORT_FORMATS);
	check.object('imageOptions');
	const model = check.imageModel('imageOptions.model') ?? options.gammaDefaultImageModel;
	check.text('imageOptions.style');
	check.sharingOptions();
	if (check.errors.length > 0 || prompt === undefined)
		return { ok: false, message: check.message() };

	const cards = prompt.split(CARD_BREAK).length;
	return {
		ok: true,
		plan: plan('template', cards, cards, model, options.gammaTemplateCreditsPerCard, {
			title: title ?? titleFrom(prompt),
			exportAs,
			fails: prompt.includes(FAIL_MARKER),
		}),
	};
}

export function plan(
	kind: GenerationPlan['kind'],
	cards: number,
	images: number,
	imageModel: string,
	creditsPerCard: number,
	rest: Pick<GenerationPlan, 'title' | 'exportAs' | 'warnings' | 'fails'>,
): GenerationPlan {
	// The model is validated, or the default that startSandbox checked.
	const charge = cards * creditsPerCard + images * GAMMA_IMAGE_MODEL_CREDITS_2026[imageModel];
	return { kind, cards, images, imageModel, creditsPerCard, charge, ...rest };
}

export function titleFrom(text: string): string {
	const firstLine = text
		.replace(FAIL_MARKER, '')
		.trim()
		.split('\n')[0]
		.replace(/^#+\s*/, '')
		.trim();
	return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine || 'Untitled';
}
