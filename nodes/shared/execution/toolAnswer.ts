import type { IDataObject } from 'n8n-workflow';

/** One result object an item may carry: what of it a model needs, and its summary sentence. */
interface AnswerPart {
	key: string;
	fields: string[];
	line(part: IDataObject): string;
}

const PARTS: AnswerPart[] = [
	{
		key: 'creditEstimate',
		fields: ['provider', 'min', 'expected', 'max', 'unit', 'pricingVersion', 'assumptions'],
		line: (estimate) =>
			`Estimate: ${String(estimate.min)} to ${String(estimate.max)} ${estimate.unit === 'apiTokens' ? 'API tokens' : 'credits'} (expected ${String(estimate.expected)}).`,
	},
	{
		key: 'creditBalance',
		fields: ['provider', 'remaining', 'checkedAt', 'source'],
		line: (balance) =>
			`Balance: ${String(balance.remaining)} credits left on ${String(balance.provider)}.`,
	},
	{
		key: 'creditGate',
		fields: ['passed', 'required', 'available', 'remainingAfter', 'limitedBy', 'reason'],
		line: (gate) => String(gate.reason),
	},
	{
		key: 'gammaGeneration',
		fields: ['generationId', 'status', 'gammaUrl', 'exportUrl', 'credits', 'reason'],
		line: generationLine,
	},
];

/**
 * What an AI agent is handed for one output item: the package's results, trimmed to what a model
 * needs (the estimate's range, not its breakdown), and a one-line `summary`. The input's own
 * fields (the agent's arguments) are left out: the model sent them.
 */
export function toolAnswer(json: IDataObject): IDataObject {
	const answer: IDataObject = {};
	const lines: string[] = [];
	if (typeof json.error === 'string') {
		answer.error = json.error;
		lines.push(`Error: ${json.error}`);
	}
	for (const { key, fields, line } of PARTS) {
		const part = json[key];
		if (typeof part !== 'object' || part === null || Array.isArray(part)) continue;
		const picked: IDataObject = {};
		for (const field of fields) {
			if ((part as IDataObject)[field] !== undefined) picked[field] = (part as IDataObject)[field];
		}
		answer[key] = picked;
		lines.push(line(part as IDataObject));
	}
	answer.summary = lines.join(' ');
	return answer;
}

function generationLine(generation: IDataObject): string {
	const credits = generation.credits as IDataObject | null | undefined;
	const charged =
		typeof credits?.deducted === 'number' ? `, ${credits.deducted} credits charged` : '';
	const left = typeof credits?.remaining === 'number' ? `, ${credits.remaining} left` : '';
	const url = typeof generation.gammaUrl === 'string' ? `: ${generation.gammaUrl}` : '';
	const why = typeof generation.reason === 'string' ? ` (${generation.reason})` : '';
	return `Gamma generation ${String(generation.generationId)} ${String(generation.status)}${url}${charged}${left}${why}.`;
}
