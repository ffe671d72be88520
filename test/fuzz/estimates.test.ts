/**
 * Fuzz: Estimate Credits of every provider, every parameter fed by an expression from the item,
 * in each On Error mode. Many items a run: each item is one case.
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

const sandbox = useSandbox();
beforeEach(() => addFuzzAccounts(sandbox));

const ITEMS = 40;
const RUNS_PER_MODE = 3;

describe.each(['gamma', 'stabilityAi', 'imagineArt'])('fuzz: %s Estimate Credits', (resource) => {
	it(`${MODES.length * RUNS_PER_MODE} runs of ${ITEMS} fuzzed items: a clear error or a sane estimate`, async () => {
		const fields = operationFields(resource, 'estimateCredits');
		const findings = new Findings();
		for (const mode of MODES) {
			await fc.assert(
				fc.asyncProperty(
					fc.array(rowOf(fields), { minLength: ITEMS, maxLength: ITEMS }),
					async (rows) => {
						const node = packageNode(
							'Estimate',
							'aiCredits',
							expressionParameters({ resource, operation: 'estimateCredits' }, Object.keys(fields)),
						);
						await runBatch(
							{
								label: `${resource} estimateCredits`,
								node,
								rows,
								mode,
								credentials: fuzzCredentials(sandbox),
							},
							findings,
						);
					},
				),
				{ seed: SEED, numRuns: RUNS_PER_MODE },
			);
		}
		expect(findings.cases).toBeGreaterThanOrEqual(2 * RUNS_PER_MODE * ITEMS);
		expect(await findings.report()).toEqual([]);
	});
});
