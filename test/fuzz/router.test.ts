/**
 * Fuzz: Resource and Operation themselves (read once per run, so literal values, one run each):
 * unknown, prototype-named and other-letter-case values, and objects through expressions.
 * Every input item must come out (under continue-on-fail) or the run stop with a clear error.
 */
import fc from 'fast-check';
import { useSandbox } from '../engine/sandboxLifecycle';
import { packageNode } from '../engine/workflows';
import { PROTOTYPE_NAMES, SEED } from './arbitraries';
import {
	addFuzzAccounts,
	asExpression,
	Findings,
	fuzzCredentials,
	MODES,
	runBatch,
} from './harness';

const sandbox = useSandbox();
beforeEach(() => addFuzzAccounts(sandbox));

const RESOURCES = ['gamma', 'stabilityAi', 'imagineArt'];
const OPERATIONS = ['checkBalance', 'estimateCredits', 'getGeneration'];
const name = (values: string[]) =>
	fc.oneof(
		fc.constantFrom<unknown>(...values),
		fc.constantFrom(...values).map((v) => v.toUpperCase()),
		fc.constantFrom<unknown>('', 'bogus', ...PROTOTYPE_NAMES),
	);
const literal = (value: unknown) => (typeof value === 'string' ? value : asExpression(value));
const value = (values: string[]) =>
	fc.oneof(
		{ weight: 3, arbitrary: name(values).map(literal) },
		{
			weight: 1,
			arbitrary: fc.constantFrom<unknown>({ a: 1 }, [values[0]], 1, null).map(asExpression),
		},
	);

describe('fuzz: Resource × Operation', () => {
	it('30 runs of 5 items: every item out under continue-on-fail, or a clear error', async () => {
		const findings = new Findings();
		const rows = Array.from({ length: 5 }, (_, row) => ({ row }));
		for (const mode of MODES) {
			await fc.assert(
				fc.asyncProperty(value(RESOURCES), value(OPERATIONS), async (resource, operation) => {
					const node = packageNode('Node', 'aiCredits', { resource, operation } as never);
					await runBatch(
						{
							label: 'aiCredits resource/operation',
							node,
							rows,
							mode,
							credentials: fuzzCredentials(sandbox),
							showParameters: true,
							shrink: false,
						},
						findings,
					);
				}),
				{ seed: SEED, numRuns: 10 },
			);
		}
		expect(await findings.report()).toEqual([]);
	});
});
