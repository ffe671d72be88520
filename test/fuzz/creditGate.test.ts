/**
 * Fuzz: the Credit Gate, its parameters fed from the items and the items' own creditEstimate and
 * creditBalance fuzzed (missing, wrong types, negative, 1e308, prototype-named providers), with
 * the balance from the item or read live from the sandbox.
 */
import fc from 'fast-check';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { CreditGate } from '../../nodes/CreditGate/CreditGate.node';
import { useSandbox } from '../engine/sandboxLifecycle';
import { packageNode } from '../engine/workflows';
import { badNumber, field, PROTOTYPE_NAMES, SEED } from './arbitraries';
import { operationFields, rowOf } from './fields';
import {
	addFuzzAccounts,
	expressionParameters,
	Findings,
	fuzzCredentials,
	MODES,
	runBatch,
} from './harness';

const sandbox = useSandbox();
beforeEach(() => addFuzzAccounts(sandbox));

const ITEMS = 40;
const RUNS_PER_MODE = 4;

const provider = fc.constantFrom<unknown>(
	'gamma',
	'gamma',
	'stabilityAi',
	'imagineArt',
	'Gamma',
	'',
	...PROTOTYPE_NAMES,
	1,
	null,
);
const amount = fc.oneof(fc.integer({ min: 0, max: 500 }), badNumber);

const creditEstimate = field(
	fc
		.integer({ min: 0, max: 300 })
		.map((max) => ({ provider: 'gamma', min: max / 2, expected: max, max, unit: 'credits' })),
	fc.oneof(
		fc.record(
			{
				provider,
				min: amount,
				expected: amount,
				max: amount,
				requiresSubscription: fc.constantFrom<unknown>(true, false, 'true', 1),
			},
			{ requiredKeys: [] },
		),
		fc.constantFrom<unknown>(
			'abc',
			[],
			[1],
			0,
			null,
			true,
			{ max: { a: 1 } },
			{ unit: 'usd', max: 5, provider: 'gamma' },
		),
	),
);
const creditBalance = field(
	fc.integer({ min: 0, max: 5000 }).map((remaining) => ({ provider: 'gamma', remaining })),
	fc.oneof(
		fc.record(
			{
				provider,
				remaining: amount,
				breakdown: fc.constantFrom<unknown>(undefined, 'x', { free: -1 }, [], {
					subscription: 'abc',
					free: 1e308,
				}),
			},
			{ requiredKeys: [] },
		),
		fc.constantFrom<unknown>('abc', [], 0, null, { remaining: { a: 1 } }),
	),
);

/** An item passed only if the balance it was judged on covers what it needs. */
function passedWithinBalance(item: INodeExecutionData): string | undefined {
	const gate = item.json.creditGate as IDataObject | undefined;
	if (!gate || gate.passed !== true) return undefined;
	const { required, available } = gate as { required: unknown; available: unknown };
	if (typeof required !== 'number' || typeof available !== 'number' || !(required <= available)) {
		return `passed with required ${String(required)} and available ${String(available)}`;
	}
	return undefined;
}

describe('fuzz: Credit Gate', () => {
	it(`${MODES.length * RUNS_PER_MODE} runs of ${ITEMS} fuzzed items: a clear error or a sane decision`, async () => {
		const fields = operationFields('', '', {
			properties: new CreditGate().description.properties,
			skip: ['organizationId'],
			good: { balanceFrom: fc.constantFrom<unknown>('item', 'item', 'item', 'gamma') },
		});
		const row = fc
			.tuple(rowOf(fields), creditEstimate, creditBalance)
			.map(([params, estimate, balance]) => {
				const item: IDataObject = { ...params };
				if (estimate !== undefined) item.creditEstimate = estimate as IDataObject;
				if (balance !== undefined) item.creditBalance = balance as IDataObject;
				return item;
			});
		const findings = new Findings();
		for (const mode of MODES) {
			await fc.assert(
				fc.asyncProperty(fc.array(row, { minLength: ITEMS, maxLength: ITEMS }), async (rows) => {
					const node = packageNode(
						'Gate',
						'creditGate',
						expressionParameters({}, Object.keys(fields)),
					);
					await runBatch(
						{
							label: 'creditGate',
							node,
							rows,
							mode,
							credentials: fuzzCredentials(sandbox),
							check: passedWithinBalance,
						},
						findings,
					);
				}),
				{ seed: SEED, numRuns: RUNS_PER_MODE },
			);
		}
		expect(findings.cases).toBeGreaterThanOrEqual(2 * RUNS_PER_MODE * ITEMS);
		expect(await findings.report()).toEqual([]);
	});
});
