import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../../nodes/shared/pricing/data/gammaImageModels';
import type { ExportFormat } from './files';
import { isRecord } from './http';
import type { ResolvedSandboxOptions } from './types';

/** What an accepted generation request will produce and cost. */
export interface GenerationPlan {
	kind: 'standard' | 'template';
	cards: number;
	images: number;
	imageModel: string;
	creditsPerCard: number;
	charge: number;
	title: string;
	exportAs?: ExportFormat;
	warnings?: string;
	/** The input asked the sandbox to fail this generation. */
	fails: boolean;
}

export type PlanResult = { ok: true; plan: GenerationPlan } | { ok: false; message: string };

export const FAIL_MARKER = '[sandbox:fail]';
const CARD_BREAK = '\n---\n';
const MAX_INPUT_CHARS = 400_000;

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
const ACCESS_LEVELS = ['noAccess', 'view', 'comment', 'edit', 'fullAccess'];
const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'pptx', 'png'];

/** Collects messages in Gamma's "Input validation errors: 1. … 2. …" style. */
class Checker {
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

	integer(field: string, min: number, max: number): number | undefined {
		const value = this.value(field);
		if (value === undefined) return undefined;
		if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
			return this.fail(field, `must be an integer between ${min} and ${max}`);
		}
		return value as number;
	}

	object(field: string): void {
		const value = this.value(field);
		if (value !== undefined && !isRecord(value)) this.fail(field, 'must be an object');
	}

	stringArray(field: string): void {
		const value = this.value(field);
		if (
			value !== undefined &&
			!(Array.isArray(value) && value.every((item) => typeof item === 'string'))
		) {
			this.fail(field, 'must be an array of strings');
		}
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
		this.oneOf('sharingOptions.emailOptions.access', ACCESS_LEVELS);
	}

	message(): string {
		return `Input validation errors: ${this.errors.map((error, index) => `${index + 1}. ${error}`).join(' ')}`;
	}

	private fail(field: string, problem: string): undefined {
		this.errors.push(`${field} ${problem}`);
		return undefined;
	}
}

export function planStandardGeneration(body: unknown, options: ResolvedSandboxOptions): PlanResult {
	if (!isRecord(body))
		return { ok: false, message: 'Input validation errors: 1. body must be a JSON object' };
	const check = new Checker(body);
	const inputText = check.text('inputText', { required: true, min: 1, max: MAX_INPUT_CHARS });
	check.oneOf('textMode', ['generate', 'condense', 'preserve']);
	const format = check.oneOf('format', Object.keys(FORMAT_DIMENSIONS)) ?? 'presentation';
	check.text('themeId', { min: 1 });
	const numCards = check.integer('numCards', 1, 75) ?? 10;
	const cardSplit = check.oneOf('cardSplit', ['auto', 'inputTextBreaks']) ?? 'auto';
	check.text('additionalInstructions', { max: 5000 });
	const title = check.text('title', { max: 500 });
	check.stringArray('folderIds');
	const exportAs = check.oneOf('exportAs', EXPORT_FORMATS);
	check.object('textOptions');
	check.oneOf('textOptions.amount', ['brief', 'medium', 'detailed', 'extensive']);
	check.text('textOptions.tone');
	check.text('textOptions.audience');
	check.text('textOptions.language');
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
	check.text('gammaId', { required: true, min: 1 });
	const prompt = check.text('prompt', { required: true, min: 1, max: MAX_INPUT_CHARS });
	check.text('themeId', { min: 1 });
	check.stringArray('folderIds');
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
			title: titleFrom(prompt),
			exportAs,
			fails: prompt.includes(FAIL_MARKER),
		}),
	};
}

function plan(
	kind: GenerationPlan['kind'],
	cards: number,
	images: number,
	imageModel: string,
	creditsPerCard: number,
	rest: Pick<GenerationPlan, 'title' | 'exportAs' | 'warnings' | 'fails'>,
): GenerationPlan {
	const imagePrice = GAMMA_IMAGE_MODEL_CREDITS_2026[imageModel];
	if (imagePrice === undefined)
		throw new Error(`gammaDefaultImageModel "${imageModel}" has no price`);
	const charge = cards * creditsPerCard + images * imagePrice;
	return { kind, cards, images, imageModel, creditsPerCard, charge, ...rest };
}

function titleFrom(text: string): string {
	const firstLine = text
		.replace(FAIL_MARKER, '')
		.trim()
		.split('\n')[0]
		.replace(/^#+\s*/, '')
		.trim();
	return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine || 'Untitled';
}
