import { solidPng } from './files';
import { isRecord, json, type Reply } from './http';
import type { ApiRequest } from './providerApi';
import { stabilityError } from './stabilityErrors';
import { SDXL_V1_SIZES, V1_ENGINES, V1_PIXEL_LIMIT, type V1Engine } from './stabilityV1Engines';

export const TEXT_TO_IMAGE_PATH = /^\/v1\/generation\/([^/]+)\/text-to-image$/;

/** The API's default (APIParameters.md: steps default 30, samples default 1, up to 10). */
const DEFAULT_STEPS = 30;
const MAX_SAMPLES = 10;

interface Parsed {
	width: number;
	height: number;
	steps: number;
	samples: number;
}

/**
 * `POST /v1/generation/{engine_id}/text-to-image`: validates as the reference documents
 * (le-si/platform, packages/sdk/src/OpenAPI/OpenAPI.json, components.responses.400FromGeneration;
 * SDXL 1.0's `invalid_sdxl_v1_dimensions` from later editions of the live reference,
 * https://platform.stability.ai/docs/api-reference, of which no copy was read), charges `samples`
 * × the engine's price and answers `{artifacts: [{base64, seed, finishReason}]}` or, for
 * `Accept: image/png`, one PNG.
 */
export function textToImage(
	engineId: string,
	apiKey: string,
	request: ApiRequest,
	balances: Map<string, number>,
): Reply {
	const { path } = request;
	const engine = V1_ENGINES[engineId];
	if (!engine) {
		return stabilityError(404, `The specified engine (ID ${engineId}) was not found.`, path);
	}
	const body = request.body.kind === 'json' ? request.body.value : undefined;
	if (!isRecord(body)) return stabilityError(400, 'body: must be a JSON object', path);
	const wantsPng = (request.headers.accept ?? '').includes('image/png');
	const parsed = parse(body, engine, engineId, path, wantsPng);
	if ('status' in parsed) return parsed;

	const charge = engine.credits(parsed.width, parsed.height, parsed.steps) * parsed.samples;
	const balance = balances.get(apiKey) ?? 0;
	if (balance < charge) {
		return stabilityError(
			402,
			`You lack sufficient credits to make this request (balance ${balance}, needed ${charge})`,
			path,
		);
	}
	balances.set(apiKey, balance - charge);
	const image = solidPng(64, 64, [16, 185, 129]);
	const seed = (): number => Math.floor(Math.random() * 4_294_967_294);
	if (wantsPng) {
		return {
			status: 200,
			headers: { 'content-type': 'image/png', 'finish-reason': 'SUCCESS', seed: String(seed()) },
			body: image,
		};
	}
	const artifacts = Array.from({ length: parsed.samples }, () => ({
		base64: image.toString('base64'),
		seed: seed(),
		finishReason: 'SUCCESS',
	}));
	return json(200, { artifacts });
}

function parse(
	body: Record<string, unknown>,
	engine: V1Engine,
	engineId: string,
	path: string,
	wantsPng: boolean,
): Parsed | Reply {
	const prompts = body.text_prompts;
	const hasPrompt =
		Array.isArray(prompts) &&
		prompts.some(
			(prompt) => isRecord(prompt) && typeof prompt.text === 'string' && prompt.text.trim(),
		);
	if (!hasPrompt) return stabilityError(400, 'text_prompts: is required', path);

	const width = integer(body.width, engine.defaultSide);
	const height = integer(body.height, engine.defaultSide);
	const steps = integer(body.steps, DEFAULT_STEPS);
	const samples = integer(body.samples, 1);
	if ([width, height, steps, samples].some((value) => value === undefined)) {
		return stabilityError(400, 'width, height, steps and samples must be whole numbers', path);
	}
	const fields = { width, height, steps, samples } as Parsed;
	if (fields.steps < 10 || fields.steps > 150) {
		return stabilityError(400, 'steps: must be between 10 and 150', path);
	}
	if (fields.samples < 1 || fields.samples > MAX_SAMPLES) {
		return stabilityError(400, `samples: must be between 1 and ${MAX_SAMPLES}`, path);
	}
	if (fields.samples > 1 && wantsPng) {
		return stabilityError(
			400,
			'Sample count may only be greater than 1 when the accept header is set to `application/json`',
			path,
			'invalid_samples',
		);
	}
	return checkSize(fields, engine, engineId, path) ?? fields;
}

function checkSize(
	{ width, height }: Parsed,
	engine: V1Engine,
	engineId: string,
	path: string,
): Reply | undefined {
	if (engine.sizes === 'sdxl') {
		if (SDXL_V1_SIZES.some(([w, h]) => w === width && h === height)) return undefined;
		const allowed = SDXL_V1_SIZES.map(([w, h]) => `${w}x${h}`).join(', ');
		return stabilityError(
			400,
			`For the ${engineId} engine, dimensions must be one of: ${allowed} (got ${width}x${height})`,
			path,
			'invalid_sdxl_v1_dimensions',
		);
	}
	if (width % 64 !== 0 || height % 64 !== 0) {
		return stabilityError(
			400,
			'Height and width must be specified in increments of 64',
			path,
			'invalid_height_or_width',
		);
	}
	if (width * height > V1_PIXEL_LIMIT) {
		return stabilityError(
			400,
			`height * width must be at most ${V1_PIXEL_LIMIT} pixels (got ${width * height})`,
			path,
			'invalid_pixel_count',
		);
	}
	return undefined;
}

function integer(value: unknown, fallback: number): number | undefined {
	if (value === undefined) return fallback;
	return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
