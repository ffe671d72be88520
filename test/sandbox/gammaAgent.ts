import { GAMMA_TEMPLATE_IDS } from './gammaCatalog';
import {
	Checker,
	EXPORT_FORMATS,
	FAIL_MARKER,
	MAX_INPUT_CHARS,
	plan,
	titleFrom,
	type PlanResult,
} from './gammaRequests';
import { isRecord } from './http';
import type { GammaAgentQuality, GammaAgentWarning, ResolvedSandboxOptions } from './types';

// https://developers.gamma.app/agent-gamma-5/create-agent-generation. themeId is kept "as on
// classic" without a public source we could read (that page's schema was not readable); the
// official node says Gamma 5 rejects it (gamma-app/n8n-nodes-gamma,
// nodes/Gamma/actions/generation/create.operation.ts): unconfirmed.
// prettier-ignore
const AGENT_FIELDS = [
	'prompt', 'format', 'numCards', 'quality', 'sourceUrls', 'templateId', 'disableConnectors',
	'additionalInstructions', 'themeId', 'folderId', 'exportAs', 'sharingOptions',
];
const QUALITIES: readonly GammaAgentQuality[] = ['lite', 'standard', 'max'];
/** Paid plans; gamma-app/n8n-nodes-gamma nodes/Gamma/actions/generation/create.operation.ts. */
const MAX_AGENT_CARDS = 100;
const MAX_SOURCE_URLS = 10;
const MAX_AGENT_INSTRUCTIONS = 5000;
/** Not Gamma's default: the sandbox's, as for classic. */
const DEFAULT_AGENT_CARDS = 10;

/**
 * Gamma 5's DTO rejects unknown keys and nulls (official node test/live.test.js), so unlike
 * classic every undocumented field is a 400. A source URL on a `.invalid` host stands for one the
 * agent cannot read: it is skipped with a warning.
 */
export function planAgentGeneration(
	body: unknown,
	options: ResolvedSandboxOptions,
	rejectsTheme = false,
): PlanResult {
	if (!isRecord(body))
		return { ok: false, message: 'Input validation errors: 1. body must be a JSON object' };
	const check = new Checker(body);
	check.noOtherFields(AGENT_FIELDS);
	for (const [field, value] of Object.entries(body)) {
		if (value === null) check.fail(field, 'must not be null');
	}
	const prompt = check.text('prompt', { required: true, min: 1, max: MAX_INPUT_CHARS });
	check.oneOf('format', ['presentation', 'document', 'social']);
	const numCards = agentNumCards(check);
	const quality = check.oneOf('quality', QUALITIES) ?? 'standard';
	const skipped = sourceUrls(check);
	const templateId = check.text('templateId', { min: 1 });
	if (templateId !== undefined && !GAMMA_TEMPLATE_IDS.has(templateId)) {
		check.fail('templateId', `"${templateId}" is not a template (see GET /v1.0/templates/search)`);
	}
	check.boolean('disableConnectors');
	check.text('additionalInstructions', { max: MAX_AGENT_INSTRUCTIONS });
	if (rejectsTheme && body.themeId !== undefined) check.fail('themeId', 'should not exist');
	else check.themeId();
	check.folder();
	const exportAs = check.oneOf('exportAs', EXPORT_FORMATS);
	check.sharingOptions();
	if (check.errors.length > 0 || prompt === undefined)
		return { ok: false, message: check.message() };

	const warnings: GammaAgentWarning[] = skipped.map((url) => ({
		code: 'sourceUrlSkipped',
		message: `${url} could not be read and was skipped`,
	}));
	const model = options.gammaDefaultImageModel;
	const result = plan(
		'agent',
		numCards,
		numCards,
		model,
		options.gammaAgentCreditsPerCard[quality],
		{
			title: titleFrom(prompt),
			exportAs,
			warnings: warnings.length > 0 ? warnings : undefined,
			fails: prompt.includes(FAIL_MARKER),
		},
	);
	return { ok: true, plan: result };
}

function agentNumCards(check: Checker): number {
	const value = check.value('numCards');
	if (value === undefined) return DEFAULT_AGENT_CARDS;
	if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_AGENT_CARDS) {
		check.fail('numCards', `must be an integer between 1 and ${MAX_AGENT_CARDS}`);
		return DEFAULT_AGENT_CARDS;
	}
	return value as number;
}

/** The URLs the agent will skip. */
function sourceUrls(check: Checker): string[] {
	if (!check.stringArray('sourceUrls')) return [];
	const urls = check.value('sourceUrls') as string[];
	if (urls.length > MAX_SOURCE_URLS) {
		check.fail('sourceUrls', `must contain at most ${MAX_SOURCE_URLS} URLs`);
		return [];
	}
	const skipped: string[] = [];
	for (const url of urls) {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			check.fail('sourceUrls', `"${url}" is not an http(s) URL`);
			continue;
		}
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
			check.fail('sourceUrls', `"${url}" is not an http(s) URL`);
		} else if (parsed.hostname.endsWith('.invalid')) {
			skipped.push(url);
		}
	}
	return skipped;
}
