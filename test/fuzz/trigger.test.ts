/**
 * Fuzz: the AI Credits Trigger's poll, as an active workflow polls it. Its parameters are
 * node-level (no items), so each case is one poller with literal values (objects through
 * expressions such as `={{ {"a":1} }}`), polled over the balances 1e9 → 0 → 1e9 → 0. A case
 * passes with a clear error, or with readings whose numbers are finite and, for a threshold and
 * hysteresis the node accepted, alerts on both drops: an accepted threshold that never fires
 * (or never re-arms) is a silently wrong one.
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import { createPoller } from '../engine/pollTrigger';
import { useSandbox } from '../engine/sandboxLifecycle';
import { packageNode } from '../engine/workflows';
import { badNumber, badOption, field, SEED } from './arbitraries';
import {
	addFuzzAccounts,
	asExpression,
	FUZZ_KEYS,
	fuzzCredentials,
	isRaw,
	leakIn,
	secretsOf,
	shape,
	stored,
} from './harness';

const sandbox = useSandbox();
beforeEach(() => addFuzzAccounts(sandbox));

const CASES = 60;
const HIGH = 1e9;

const parameter = (value: unknown) =>
	value === undefined ? undefined : typeof value === 'string' ? value : asExpression(value);
const caseArbitrary = fc.record({
	provider: field(
		fc.constantFrom<unknown>('gamma', 'stabilityAi'),
		badOption(['gamma', 'stabilityAi', 'imagineArt']),
	),
	event: field(
		fc.constant<unknown>('balanceBelowThreshold'),
		badOption(['balanceBelowThreshold', 'balanceChanged', 'everyPoll']),
	),
	threshold: field(fc.integer({ min: 1, max: 1000 }), badNumber),
	hysteresisPercent: field(fc.integer({ min: 0, max: 50 }), badNumber),
});

/** A number the user meant: a finite number or a numeric string. */
function numeric(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
		return Number(value);
	return undefined;
}

describe('fuzz: AI Credits Trigger poll', () => {
	it(`${CASES} pollers over four balances: a clear error, or finite readings and alerts on both drops`, async () => {
		const findings = new Map<string, string>();
		const add = (klass: string, repro: string) => findings.has(klass) || findings.set(klass, repro);
		let cases = 0;
		await fc.assert(
			fc.asyncProperty(caseArbitrary, async (values) => {
				sandbox.reset();
				addFuzzAccounts(sandbox);
				cases++;
				const parameters: IDataObject = {};
				for (const [key, value] of Object.entries(values)) {
					const literal = parameter(value);
					if (literal !== undefined) parameters[key] = literal;
				}
				const repro = `parameters ${JSON.stringify(parameters)}`;
				const credentials = fuzzCredentials(sandbox);
				const poller = await createPoller(
					packageNode('Watch', 'aiCreditsTrigger', parameters as never),
					credentials,
				);
				const fired: boolean[] = [];
				let failure: Error | undefined;
				let emitted: unknown[] = [];
				for (const balance of [HIGH, 0, HIGH, 0]) {
					// both accounts: a provider value the node takes for one of them reads that one
					sandbox.setCredits('gamma', FUZZ_KEYS.gamma, balance);
					sandbox.setCredits('stabilityAi', FUZZ_KEYS.stabilityAi, balance);
					try {
						const result = await poller.poll();
						fired.push(result !== null);
						if (result) emitted = emitted.concat(result[0].map((item) => item.json));
					} catch (error) {
						failure = error as Error;
						break;
					}
				}
				const leak = leakIn(
					stored({ emitted, failure, staticData: poller.staticData() }),
					secretsOf(credentials),
				);
				if (leak) add('trigger: key in what the poll stores', `${repro} ${leak}`);
				if (failure) {
					if (failure.name !== 'NodeOperationError' && failure.name !== 'NodeApiError') {
						add(
							`trigger: not a node error (${failure.name}): ${shape(failure.message)}`,
							`${repro} → ${failure.message}`,
						);
					}
					if (isRaw(failure.message))
						add(`trigger: raw message: ${shape(failure.message)}`, `${repro} → ${failure.message}`);
					return;
				}
				for (const json of emitted as IDataObject[]) {
					for (const key of [
						'remaining',
						'previous',
						'change',
						'threshold',
						'burnRatePerDay',
						'runwayDays',
					]) {
						const n = json[key];
						if (n !== null && n !== undefined && (typeof n !== 'number' || !Number.isFinite(n))) {
							add(
								`trigger: non-finite or non-number ${key} in a reading`,
								`${repro} → ${stored(json)}`,
							);
						}
					}
				}
				if (values.event !== 'balanceBelowThreshold' && values.event !== undefined) return;
				// The node accepted the threshold and hysteresis: they must mean something.
				const threshold = values.threshold === undefined ? 100 : numeric(values.threshold);
				const hysteresis =
					values.hysteresisPercent === undefined ? 10 : numeric(values.hysteresisPercent);
				if (threshold === undefined || threshold < 0) {
					add(
						'trigger: a bad threshold accepted without an error',
						`${repro} → fired ${JSON.stringify(fired)}`,
					);
				} else if (hysteresis === undefined || hysteresis < 0) {
					add(
						'trigger: a bad hysteresis accepted without an error',
						`${repro} → fired ${JSON.stringify(fired)}`,
					);
				} else if (threshold > 0 && threshold * (1 + hysteresis / 100) < HIGH) {
					if (!fired[1] || !fired[3]) {
						add(
							'trigger: an accepted threshold that does not alert on each drop below it',
							`${repro} → fired ${JSON.stringify(fired)}`,
						);
					}
				}
			}),
			{ seed: SEED, numRuns: CASES },
		);
		expect(cases).toBe(CASES);
		expect([...findings].map(([klass, repro]) => `${klass}\n    ${repro}`)).toEqual([]);
	});
});
