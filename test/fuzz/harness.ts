/**
 * Runs fuzzed cases through n8n's engine and judges them. A case is one item: its row carries
 * the fuzzed values, and the node reads each fuzzed parameter through an expression
 * (`={{ $json["p_numCards"] }}`), so one workflow run judges many cases. What is judged:
 *
 * - a clear error: a NodeOperationError / NodeApiError, its message no raw JavaScript message,
 *   carrying the index of an input item;
 * - or a sane output: every output item paired with its input, each input item out exactly once
 *   across the outputs (under continue-on-fail too), no non-finite or negative number in what the
 *   node put into `creditEstimate`, `creditGate` or `creditBalance`, no raw message in any of it;
 * - and never the API key, or an 8-character piece of it, anywhere in the stored run.
 */
import type { IDataObject, INode, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { runWorkflow, type WorkflowResult } from '../engine/runWorkflow';
import type { TestCredentials } from '../engine/credentialsHelper';
import { chain, fixedItems, manualTrigger, sandboxCredentials } from '../engine/workflows';
import type { Sandbox } from '../sandbox/server';
import { SANDBOX_IMAGINE_ART_DEVELOPER_KEY } from '../sandbox/imagineArtDeveloper';

export type Mode = 'stop' | 'continueRegularOutput' | 'continueErrorOutput';
export const MODES: readonly Mode[] = ['stop', 'continueRegularOutput', 'continueErrorOutput'];

/**
 * Random keys (every 8-character piece holds a digit or a capital, as real keys do past their
 * prefix): no piece of them occurs in a run by chance, so any piece found was leaked.
 */
export const FUZZ_KEYS = {
	gamma: 'sk-Gm7Zq8Rw3Tn5Vb2Lp7Xk4HyM6',
	stabilityAi: 'sk-Qm4Wz8Rt2Yp6Ln3Kv9BcJ5dF',
} as const;

/** The fuzz accounts (sandbox.reset() drops them: call in beforeEach). */
export function addFuzzAccounts(sandbox: Sandbox): void {
	sandbox.addAccount('gamma', FUZZ_KEYS.gamma, 1e6);
	sandbox.addAccount('stabilityAi', FUZZ_KEYS.stabilityAi, 1e5, { orgIds: ['org-fuzz-one'] });
}

export function fuzzCredentials(
	sandbox: Sandbox,
	overrides: TestCredentials = {},
): TestCredentials {
	return sandboxCredentials(sandbox, {
		aiCreditsGammaApi: { apiKey: FUZZ_KEYS.gamma },
		aiCreditsStabilityAiApi: { apiKey: FUZZ_KEYS.stabilityAi },
		...overrides,
	});
}

/**
 * Messages that are JavaScript's, not the node's. A NaN in quotes is the input's own text quoted
 * back ("got \"NaN\""), not a computed NaN.
 */
const RAW_MESSAGE =
	/is not a function|is not iterable|Cannot read propert|Cannot set propert|Cannot convert|\[object Object\]|Could not get parameter|is not defined|Maximum call stack|\[native code\]|(?<!")\bNaN\b(?!")|undefined is not/;

/** The keys of an item the package writes. */
const CREDIT_KEYS = ['creditEstimate', 'creditGate', 'creditBalance'] as const;
const PRODUCED_KEYS = [...CREDIT_KEYS, 'gammaGeneration', 'error'] as const;

export interface Finding {
	/** What went wrong, with values and numbers taken out: one line per class. */
	klass: string;
	/** The first case that showed it: the row (one item, shrunk) and what came out. */
	repro: string;
}

interface Sample {
	batch: Batch;
	/** The input item that showed it; undefined for a run-level finding. */
	index?: number;
	detail: string;
	row?: IDataObject;
}

/** The first reproduction of each failing class. */
export class Findings {
	private readonly byClass = new Map<string, Sample>();
	cases = 0;

	add(klass: string, sample: Sample): void {
		if (!this.byClass.has(klass)) this.byClass.set(klass, sample);
	}

	has(klass: string): boolean {
		return this.byClass.has(klass);
	}

	/**
	 * Shrinks each class's item: drops its fields one at a time while the class still shows on
	 * that item alone (a one-item run in the same mode).
	 */
	async shrink(): Promise<void> {
		for (const [klass, sample] of this.byClass) {
			if (sample.index === undefined || sample.batch.shrink === false) continue;
			let row = sample.batch.rows[sample.index];
			const alone = async (candidate: IDataObject) => {
				const findings = new Findings();
				await runBatch({ ...sample.batch, rows: [candidate] }, findings);
				return findings.has(klass);
			};
			if (!(await alone(row))) continue;
			for (const key of Object.keys(row)) {
				const { [key]: _dropped, ...candidate } = row;
				if (await alone(candidate)) row = candidate;
			}
			sample.row = row;
		}
	}

	list(): Finding[] {
		return [...this.byClass].map(([klass, { batch, index, detail, row }]) => {
			const item =
				index === undefined
					? `${batch.rows.length} items, e.g. ${brief(batch.rows[0])}`
					: row
						? `item alone ${brief(row)}`
						: `item ${index} of ${batch.rows.length} ${brief(batch.rows[index])}${index > 0 ? ` (node-level parameters from item 0 ${brief(batch.rows[0])})` : ''}`;
			const parameters = batch.showParameters ? `parameters ${brief(batch.node.parameters)}; ` : '';
			return { klass, repro: `${parameters}${item} → ${detail}` };
		});
	}

	/** For expect(...).toEqual([]): each class with its reproduction. */
	async report(): Promise<string[]> {
		if (process.env.FUZZ_CASES) console.log(`fuzz cases: ${this.cases}`);
		await this.shrink();
		return this.list().map(({ klass, repro }) => `${klass}\n    ${repro}`);
	}
}

/** A message reduced to its shape, so that one bug is one class whatever the values. */
export function shape(message: string): string {
	return message
		.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
		.replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi, 'N')
		.replace(/\s+/g, ' ')
		.slice(0, 160);
}

export function isRaw(message: unknown): boolean {
	return typeof message === 'string' && RAW_MESSAGE.test(message);
}

/** JSON.stringify that survives the cycles an error's cause can hold. */
export function stored(value: unknown): string {
	try {
		return JSON.stringify(value, (_key, inner: unknown) =>
			inner instanceof Error
				? { ...inner, name: inner.name, message: inner.message, stack: inner.stack }
				: inner,
		);
	} catch {
		// a cycle (an error's cause): every object once
	}
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner && typeof inner === 'object') {
			if (seen.has(inner)) return '[cycle]';
			seen.add(inner);
		}
		if (inner instanceof Error) {
			return { ...inner, name: inner.name, message: inner.message, stack: inner.stack };
		}
		return inner;
	});
}

/** Every secret of the credentials, each whole; the random-looking ones in 8-character pieces too. */
export function secretsOf(credentials: TestCredentials): Array<{ value: string; pieces: boolean }> {
	const secrets = [
		{ value: FUZZ_KEYS.gamma, pieces: true },
		{ value: FUZZ_KEYS.stabilityAi, pieces: true },
		{ value: SANDBOX_IMAGINE_ART_DEVELOPER_KEY, pieces: false },
	];
	const token = (credentials.aiCreditsImagineArtOAuth2Api?.oauthTokenData ?? {}) as IDataObject;
	for (const key of ['access_token', 'refresh_token']) {
		if (typeof token[key] === 'string')
			secrets.push({ value: token[key] as string, pieces: false });
	}
	for (const data of Object.values(credentials)) {
		for (const key of ['apiKey']) {
			const value = data[key];
			if (typeof value === 'string' && !secrets.some((s) => s.value === value)) {
				secrets.push({ value, pieces: /[A-Z].*\d|\d.*[A-Z]/.test(value) });
			}
		}
	}
	return secrets;
}

/** Where a secret (or a piece of it) occurs in the stored text: '' when nowhere. */
export function leakIn(text: string, secrets: Array<{ value: string; pieces: boolean }>): string {
	for (const { value, pieces } of secrets) {
		const at = text.indexOf(value);
		if (at >= 0) return `the key: …${text.slice(Math.max(0, at - 80), at + value.length + 20)}…`;
		if (!pieces) continue;
		for (let start = 0; start + 8 <= value.length; start++) {
			const piece = value.slice(start, start + 8);
			const found = text.indexOf(piece);
			if (found >= 0) {
				return `a piece "${piece}" of the key: …${text.slice(Math.max(0, found - 80), found + 28)}…`;
			}
		}
	}
	return '';
}

function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let at = target;
	for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as IDataObject;
	at[keys[keys.length - 1]] = value as IDataObject[string];
}

/** The row field of a fuzzed parameter path: `additionalOptions.title` → `p_additionalOptions_title`. */
export const rowKey = (path: string) => `p_${path.replace(/\./g, '_')}`;

/** Node parameters that read each fuzzed path from the item: `={{ $json["p_…"] }}`. */
export function expressionParameters(base: IDataObject, paths: readonly string[]): INodeParameters {
	const parameters = structuredClone(base);
	for (const path of paths) setPath(parameters, path, `={{ $json["${rowKey(path)}"] }}`);
	return parameters as INodeParameters;
}

/** A value as a literal expression: `={{ {"a":1} }}`, for node-level (non-item) parameters. */
export const asExpression = (value: unknown): string =>
	value === undefined ? '={{ undefined }}' : `={{ ${JSON.stringify(value)} }}`;

function pairedIndex(item: INodeExecutionData): number | undefined {
	const paired = item.pairedItem;
	if (typeof paired === 'number') return paired;
	if (Array.isArray(paired)) return paired.length === 1 ? paired[0].item : undefined;
	return paired?.item;
}

function walkNumbers(value: unknown, path: string, visit: (n: number, path: string) => void) {
	if (typeof value === 'number') visit(value, path);
	else if (Array.isArray(value)) value.forEach((v, i) => walkNumbers(v, `${path}[${i}]`, visit));
	else if (value && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) walkNumbers(inner, `${path}.${key}`, visit);
	}
}

function walkStrings(value: unknown, visit: (s: string) => void) {
	if (typeof value === 'string') visit(value);
	else if (Array.isArray(value)) value.forEach((v) => walkStrings(v, visit));
	else if (value && typeof value === 'object')
		Object.values(value).forEach((v) => walkStrings(v, visit));
}

export interface Batch {
	/** What the findings are filed under: "gamma estimateCredits". */
	label: string;
	node: INode;
	rows: IDataObject[];
	mode: Mode;
	credentials: TestCredentials;
	/** Show the node's parameters in a reproduction (when they hold the fuzzed values). */
	showParameters?: boolean;
	/** A node-specific rule on each output item: what is wrong with it, or undefined. */
	check?: (item: INodeExecutionData, input: IDataObject) => string | undefined;
	/** false: the class needs the whole batch (reservations across items), do not shrink. */
	shrink?: false;
}

const brief = (value: unknown) => {
	const text = stored(value) ?? String(value);
	return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** Runs Start → Fixed Items (the rows) → the node and files what it finds. */
export async function runBatch(
	batch: Batch,
	findings: Findings,
): Promise<WorkflowResult | undefined> {
	const node: INode = { ...batch.node };
	if (batch.mode === 'stop') delete node.onError;
	else node.onError = batch.mode;
	let result: WorkflowResult;
	try {
		result = await runWorkflow(chain(manualTrigger(), fixedItems('Rows', batch.rows), node), {
			credentials: batch.credentials,
		});
	} catch (error) {
		// n8n itself refuses a workflow whose parameters have issues (as the editor does): no case
		if ((error as Error).name === 'WorkflowHasIssuesError') return undefined;
		throw error;
	}
	// Stopped at an item: the items after it were not judged.
	const stoppedAt = result.error?.context?.itemIndex;
	findings.cases +=
		typeof stoppedAt === 'number' ? Math.min(stoppedAt + 1, batch.rows.length) : batch.rows.length;
	judge(batch, node.name, result, findings);
	return result;
}

export function judge(
	batch: Batch,
	nodeName: string,
	result: WorkflowResult,
	findings: Findings,
): void {
	const { label, rows, mode } = batch;
	const at = `${label} [${mode}]`;
	const repro = (index: number | undefined, what: unknown): Sample => ({
		batch,
		index,
		detail: typeof what === 'string' ? what : brief(what),
	});

	const leak = leakIn(stored(result.run), secretsOf(batch.credentials));
	if (leak) findings.add(`${at}: key in the stored run`, repro(undefined, leak));

	const error = result.error as
		| (Error & { context?: IDataObject; description?: string; node?: unknown })
		| undefined;
	if (error) {
		if (mode !== 'stop') {
			findings.add(
				`${at}: the run failed under continue-on-fail (items lost): ${shape(error.message)}`,
				repro(undefined, error.message),
			);
		}
		if (error.name !== 'NodeOperationError' && error.name !== 'NodeApiError') {
			findings.add(
				`${at}: not a node error (${error.name}): ${shape(error.message)}`,
				repro(0, error.message),
			);
		}
		const itemIndex = error.context?.itemIndex;
		if (isRaw(error.message) || isRaw(error.description)) {
			findings.add(
				`${at}: raw message: ${shape(error.message)}`,
				repro(
					typeof itemIndex === 'number' ? itemIndex : undefined,
					`${error.message} / ${error.description ?? ''}`,
				),
			);
		}
		if (
			typeof itemIndex !== 'number' ||
			!Number.isInteger(itemIndex) ||
			itemIndex < 0 ||
			itemIndex >= rows.length
		) {
			findings.add(
				`${at}: error without an item index: ${shape(error.message)}`,
				repro(undefined, error.message),
			);
		}
		return;
	}

	const outputs = result.outputs[nodeName] ?? [];
	const seen = new Array<number>(rows.length).fill(0);
	outputs.forEach((items, output) => {
		const isErrorOutput = mode === 'continueErrorOutput' && output === outputs.length - 1;
		for (const item of items) {
			const index = pairedIndex(item);
			if (index === undefined || index < 0 || index >= rows.length) {
				findings.add(`${at}: an output item without its input's pairing`, repro(undefined, item));
				continue;
			}
			seen[index]++;
			const input = rows[index];
			if (
				mode === 'continueErrorOutput' &&
				!isErrorOutput &&
				item.json.error !== undefined &&
				input.error === undefined
			) {
				findings.add(`${at}: a failed item on a success output`, repro(index, item.json));
			}
			const wrong = batch.check?.(item, input);
			if (wrong) findings.add(`${at}: ${shape(wrong)}`, repro(index, item.json));
			for (const key of PRODUCED_KEYS) {
				const value = item.json[key];
				if (value === undefined || stored(value) === stored(input[key])) continue;
				walkStrings(value, (text) => {
					if (isRaw(text))
						findings.add(`${at}: raw message in ${key}: ${shape(text)}`, repro(index, value));
				});
				if (!(CREDIT_KEYS as readonly string[]).includes(key)) continue;
				walkNumbers(value, key, (n, path) => {
					if (!Number.isFinite(n) || n < 0) {
						findings.add(
							`${at}: ${Number.isFinite(n) ? 'negative' : 'non-finite'} credit number in ${key}`,
							repro(index, `${path} = ${n} in ${brief(value)}`),
						);
					}
				});
			}
		}
	});
	seen.forEach((count, index) => {
		if (count === 0)
			findings.add(
				`${at}: an input item lost (no output item)`,
				repro(
					index,
					outputs.map((o) => o.length),
				),
			);
		if (count > 1)
			findings.add(
				`${at}: an input item output ${count > 1 ? 'more than once' : ''}`,
				repro(index, count),
			);
	});
}
