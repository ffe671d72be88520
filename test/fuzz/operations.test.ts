/**
 * Fuzz: the operations that call a provider (Check Balance of each, Get Generation) and the
 * spending ones (Generate Deck, Gamma 5, From Template: the sandbox completes at once, few runs),
 * every parameter fed by an expression from the item, in each On Error mode.
 */
import fc from 'fast-check';
import { useSandbox } from '../engine/sandboxLifecycle';
import { packageNode } from '../engine/workflows';
import { SEED } from './arbitraries';
import { operationFields, rowOf } from './fields';
import {
	addFuzzAccounts,
	expressionParameters,
	Findings,
	fuzzCredentials,
	MODES,
	runBatch,
} from './harness';

jest.setTimeout(120_000);

const sandbox = useSandbox({ gammaCompletionDelayMs: 0 });
beforeEach(() => addFuzzAccounts(sandbox));

interface Plan {
	resource: string;
	operation: string;
	items: number;
	runsPerMode: number;
	/** Literal parameters, not fuzzed. */
	fixed?: Record<string, unknown>;
	skip?: string[];
	good?: Record<string, fc.Arbitrary<unknown>>;
	/** Generators that replace the description's, by path. */
	replace?: Record<string, fc.Arbitrary<unknown>>;
}

/**
 * A poll interval the node must refuse or clamp, or a short one: a long valid interval is a long
 * wait by design (the first status check comes one interval after the start).
 */
const pollIntervalSeconds = fc.constantFrom<unknown>(
	1,
	1.5,
	0,
	-1,
	0.001,
	'',
	'abc',
	null,
	{},
	[],
	'constructor',
	'1',
);
const shortRun = {
	'runOptions.pollIntervalSeconds': pollIntervalSeconds,
	'runOptions.timeoutMinutes': fc.constantFrom<unknown>(
		0.05,
		1,
		0,
		-1,
		'abc',
		'',
		null,
		1e308,
		{},
		'toString',
	),
};

const generationId = fc.constantFrom<unknown>('gen-missing-0001', 'abc');
const SPENDING = {
	items: 10,
	runsPerMode: 1,
	// the batch runs at once; each item's own poll interval and timeout are fuzzed
	fixed: { runOptions: { concurrency: 10 } },
	skip: ['runOptions.concurrency'],
	replace: shortRun,
};

const PLANS: Plan[] = [
	{
		resource: 'gamma',
		operation: 'checkBalance',
		items: 15,
		runsPerMode: 2,
		good: { generationId },
	},
	{
		resource: 'stabilityAi',
		operation: 'checkBalance',
		items: 15,
		runsPerMode: 2,
		skip: ['onRateLimit'],
	},
	{ resource: 'imagineArt', operation: 'checkBalance', items: 15, runsPerMode: 2 },
	{
		resource: 'gamma',
		operation: 'getGeneration',
		// each item that waits waits at least a second (the node's floor), one after another
		items: 8,
		runsPerMode: 1,
		good: { generationId },
		replace: {
			...shortRun,
			waitForCompletion: fc.constantFrom<unknown>(false, false, false, 0, null, 'abc', true),
		},
	},
	{ resource: 'gamma', operation: 'generateDeck', ...SPENDING },
	{ resource: 'gamma', operation: 'generateWithGamma5', ...SPENDING },
	{
		resource: 'gamma',
		operation: 'generateFromTemplate',
		...SPENDING,
		good: { gammaId: fc.constantFrom<unknown>('tmpl-onepager') },
	},
];

describe.each(PLANS)('fuzz: $resource $operation', (plan) => {
	it(`${MODES.length * plan.runsPerMode} runs of ${plan.items} fuzzed items`, async () => {
		const fields = operationFields(plan.resource, plan.operation, {
			skip: plan.skip,
			good: plan.good,
		});
		const findings = new Findings();
		for (const mode of MODES) {
			await fc.assert(
				fc.asyncProperty(
					fc.array(rowOf(fields), { minLength: plan.items, maxLength: plan.items }),
					async (rows) => {
						const node = packageNode(
							'Node',
							'aiCredits',
							expressionParameters(
								{ resource: plan.resource, operation: plan.operation, ...plan.fixed },
								Object.keys(fields),
							),
						);
						await runBatch(
							{
								label: `${plan.resource} ${plan.operation}`,
								node,
								rows,
								mode,
								credentials: fuzzCredentials(sandbox),
							},
							findings,
						);
					},
				),
				{ seed: SEED, numRuns: plan.runsPerMode },
			);
		}
		expect(findings.cases).toBeGreaterThanOrEqual(plan.items);
		expect(await findings.report()).toEqual([]);
	});
});
