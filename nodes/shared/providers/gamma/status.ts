import type { IDataObject } from 'n8n-workflow';
import type { GammaGenerationState, GammaWarnings } from './generation';

export type GammaEngine = 'classic' | 'gamma5';

export function engineOf(generationId: string): GammaEngine {
	return generationId.startsWith('gen_') ? 'gamma5' : 'classic';
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const count = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function readWarnings(value: unknown): GammaWarnings | undefined {
	if (typeof value === 'string') return value || undefined;
	if (Array.isArray(value)) {
		const list = value.filter(isObject);
		return list.length ? list : undefined;
	}
	return undefined;
}

/**
 * Both engines' status answers in one shape. Classic puts `gammaId` / `gammaUrl` at the top
 * (https://developers.gamma.app/generations/get-generation-status); Gamma 5 nests them in a
 * `gamma` object and adds `result.summary` and `progress`
 * (https://developers.gamma.app/agent-gamma-5/get-agent-generation-status), and its key names
 * inside `gamma` are not all published: both spellings are read, and everything but the status is
 * optional ("credits … when the lookups succeed").
 */
export function readGammaStatus(body: unknown, requestedId: string): GammaGenerationState {
	const answer = isObject(body) ? body : {};
	const gamma = isObject(answer.gamma) ? answer.gamma : {};
	const result = isObject(answer.result) ? answer.result : {};
	const credits = isObject(answer.credits) ? answer.credits : undefined;
	const error = isObject(answer.error) ? answer.error : undefined;
	const generationId = text(answer.generationId) ?? requestedId;
	const state: GammaGenerationState = {
		generationId,
		status: text(answer.status) ?? 'unknown',
		engine: engineOf(generationId),
	};
	const gammaId = text(answer.gammaId) ?? text(gamma.id) ?? text(gamma.gammaId);
	const gammaUrl = text(answer.gammaUrl) ?? text(gamma.url) ?? text(gamma.gammaUrl);
	const title = text(answer.title) ?? text(gamma.title);
	const exportUrl = text(answer.exportUrl) ?? text(result.exportUrl);
	if (gammaId) state.gammaId = gammaId;
	if (gammaUrl) state.gammaUrl = gammaUrl;
	if (title) state.title = title;
	if (exportUrl) state.exportUrl = exportUrl;
	if (credits) {
		state.credits = { deducted: count(credits.deducted), remaining: count(credits.remaining) };
	}
	if (error) {
		state.error = { message: text(error.message), statusCode: count(error.statusCode) };
	}
	const summary = text(result.summary);
	if (summary) state.summary = summary;
	if (isObject(answer.progress)) state.progress = answer.progress;
	const warnings = readWarnings(answer.warnings);
	if (warnings) state.warnings = warnings;
	return state;
}
