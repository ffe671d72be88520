import type { IDataObject } from 'n8n-workflow';

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
	const estimate = json.creditEstimate as IDataObject | undefined;
	if (isObject(estimate)) {
		answer.creditEstimate = pick(estimate, [
			'provider',
			'min',
			'expected',
			'max',
			'unit',
			'pricingVersion',
			'assumptions',
		]);
		lines.push(
			`Estimate: ${String(estimate.min)} to ${String(estimate.max)} ${unitOf(estimate)} (expected ${String(estimate.expected)}).`,
		);
	}
	const balance = json.creditBalance as IDataObject | undefined;
	if (isObject(balance)) {
		answer.creditBalance = pick(balance, ['provider', 'remaining', 'checkedAt', 'source']);
		lines.push(
			`Balance: ${String(balance.remaining)} credits left on ${String(balance.provider)}.`,
		);
	}
	const gate = json.creditGate as IDataObject | undefined;
	if (isObject(gate)) {
		answer.creditGate = pick(gate, [
			'passed',
			'required',
			'available',
			'remainingAfter',
			'limitedBy',
			'reason',
		]);
		lines.push(String(gate.reason));
	}
	const generation = json.gammaGeneration as IDataObject | undefined;
	if (isObject(generation)) {
		answer.gammaGeneration = pick(generation, [
			'generationId',
			'status',
			'gammaUrl',
			'exportUrl',
			'credits',
			'reason',
		]);
		lines.push(generationLine(generation));
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

function unitOf(estimate: IDataObject): string {
	return estimate.unit === 'apiTokens' ? 'API tokens' : 'credits';
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(source: IDataObject, keys: string[]): IDataObject {
	const picked: IDataObject = {};
	for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
	return picked;
}
