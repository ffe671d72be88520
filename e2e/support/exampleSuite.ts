/**
 * The end-to-end suite, run once per way of loading the package: a real n8n imports the sandbox's
 * credentials and the example workflows with its CLI, executes each example with `n8n execute`
 * (the polling trigger's example through `n8n start` and a manual run, as the editor runs it),
 * and the tests check what came out against the sandbox's ledger and the pure pricing functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	estimateGamma,
	estimateImagineArt,
	estimateStabilityAi,
	type GammaEstimateInput,
	type ImagineArtEstimateInput,
	type StabilityAiEstimateInput,
} from '../../nodes/shared/pricing';
import { GAMMA_BALANCE_PROBE_ID } from '../../nodes/shared/providers/gamma/balance';
import { DEFAULT_IMAGINE_ART_ORG_ID, type Sandbox } from '../../test/sandbox/server';
import { SPEND_EXAMPLES } from './dataTables';
import {
	credentialTypes,
	exampleWorkflowId,
	loadExamples,
	type Example,
	type WorkflowJson,
} from './examples';
import { prepareInstance, type Instance, type LoadMode } from './instance';
import type { N8nServer } from './n8n';
import { N8N, N8N_VERSION, n8nHome, PACKAGE_NAME, tempFolder } from './paths';
import { outputOf, ran, runError, type Json, type N8nRun } from './runData';
import { startSmtpSink, type SmtpSink } from './smtpSink';
import { describeSpendExamples } from './spendExamples';

const SETUP_TIMEOUT_MS = 300_000;
const TEST_TIMEOUT_MS = 120_000;

function example(name: string): Example {
	const found = loadExamples().find((candidate) => candidate.name === name);
	if (!found) throw new Error(`examples/${name}.json is missing`);
	return found;
}

function nodeParameters(workflow: WorkflowJson, nodeName: string): Record<string, unknown> {
	const node = workflow.nodes.find((candidate) => candidate.name === nodeName);
	if (!node) throw new Error(`"${workflow.name}" has no node "${nodeName}"`);
	return node.parameters;
}

function succeeded(run: N8nRun): N8nRun {
	const error = runError(run);
	if (error) throw new Error(`The workflow failed: ${error}`);
	return run;
}

type Estimate = { provider: string; min: number; expected: number; max: number; base?: number };
type Gate = {
	passed: boolean;
	required: number;
	available: number;
	remainingAfter: number;
	reason: string;
	drawPlan?: Record<string, number>;
};

export function describeExamples(mode: LoadMode): void {
	describe(`the examples in n8n ${N8N_VERSION}, package loaded as ${mode.label}`, () => {
		let instance: Instance | undefined;
		let sandbox: Sandbox;
		let server: N8nServer | undefined;
		let sink: SmtpSink | undefined;

		beforeAll(async () => {
			sink = await startSmtpSink();
			instance = await prepareInstance(
				tempFolder(mode.prefix === 'CUSTOM' ? 'custom' : 'community'),
				mode,
				{ smtpPort: sink.port },
			);
			sandbox = instance.sandbox;
		}, SETUP_TIMEOUT_MS);

		afterAll(async () => {
			await server?.stop();
			await instance?.close({ keepFolder: process.env.AI_CREDITS_E2E_KEEP === '1' });
			await sink?.close();
		}, 60_000);

		beforeEach(() => sandbox.reset());

		async function execute(name: string): Promise<N8nRun> {
			return succeeded(await instance!.n8n.execute(exampleWorkflowId(name)));
		}

		test(`n8n ${N8N_VERSION} runs the package on its own n8n-workflow ${N8N.n8nWorkflow}`, () => {
			const shipped = JSON.parse(
				readFileSync(path.join(n8nHome(), 'node_modules', 'n8n-workflow', 'package.json'), 'utf8'),
			) as { version: string };
			expect(shipped.version).toBe(N8N.n8nWorkflow);
			// Loaded from the tarball: no copy of n8n-workflow next to the package could shadow n8n's.
			const loadedFrom = instance!.n8n.customExtensions ?? instance!.n8n.nodesFolder;
			expect(existsSync(path.join(loadedFrom, 'node_modules', 'n8n-workflow'))).toBe(false);
			expect(existsSync(path.join(loadedFrom, 'node_modules', PACKAGE_NAME, 'node_modules'))).toBe(
				false,
			);
		});

		test(
			'batch-estimate-gate: per-row estimates, one balance read, the gate reserves across rows',
			async () => {
				const { workflow } = example('batch-estimate-gate');
				const run = await execute('batch-estimate-gate');
				const rows = outputOf(run, 'Deck Topics') as Array<{ topic: string; cards: number }>;
				expect(rows.length).toBeGreaterThan(2);

				// Each row is priced from its own `cards` (an expression), like the pure estimator.
				const estimateParameters = nodeParameters(workflow, 'Estimate Deck Credits');
				const estimated = outputOf(run, 'Estimate Deck Credits');
				expect(estimated.map((item) => item.topic)).toEqual(rows.map((row) => row.topic));
				const maxima = rows.map(
					(row) =>
						estimateGamma({
							generationType: estimateParameters.generationType,
							imageSource: estimateParameters.imageSource,
							imageModel: estimateParameters.imageModel,
							numCards: row.cards,
						} as GammaEstimateInput).max,
				);
				expect(estimated.map((item) => (item.creditEstimate as Estimate).max)).toEqual(maxima);
				expect(new Set(maxima).size).toBe(rows.length);

				// One balance request for the whole batch, and the sandbox's balance on every row.
				const balance = sandbox.getCredits('gamma', sandbox.keys.gamma);
				expect(sandbox.countRequests({ provider: 'gamma' })).toBe(1);
				for (const item of outputOf(run, 'Check Gamma Balance')) {
					expect(item.creditBalance).toMatchObject({ provider: 'gamma', remaining: balance });
				}

				// Reserving across rows in order: a row that does not fit is skipped, a later
				// smaller one can still pass.
				let reserved = 0;
				const expectedPass: string[] = [];
				const expectedFail: string[] = [];
				rows.forEach((row, index) => {
					if (reserved + maxima[index] <= balance) {
						reserved += maxima[index];
						expectedPass.push(row.topic);
					} else expectedFail.push(row.topic);
				});
				expect(expectedFail.length).toBeGreaterThan(0);
				const firstFail = rows.findIndex((row) => row.topic === expectedFail[0]);
				expect(rows.slice(firstFail + 1).some((row) => expectedPass.includes(row.topic))).toBe(
					true,
				);

				const enough = outputOf(run, 'Credit Gate', 0);
				const notEnough = outputOf(run, 'Credit Gate', 1);
				expect(enough.map((item) => item.topic)).toEqual(expectedPass);
				expect(notEnough.map((item) => item.topic)).toEqual(expectedFail);
				expect((enough.at(-1)?.creditGate as Gate).remainingAfter).toBe(balance - reserved);
				for (const item of notEnough) {
					expect((item.creditGate as Gate).passed).toBe(false);
					expect((item.creditGate as Gate).reason).toMatch(/^Not enough credits/);
				}

				const ready = outputOf(run, 'Ready to Generate');
				expect(ready.map((item) => item.topic)).toEqual(expectedPass);
				expect(ready.map((item) => item.creditsReserved)).toEqual(
					expectedPass.map((topic) => maxima[rows.findIndex((row) => row.topic === topic)]),
				);
				const skipped = outputOf(run, 'Skipped: Not Enough Credits');
				expect(skipped.map((item) => item.topic)).toEqual(expectedFail);
				expect(String(skipped[0].reason)).toMatch(/^Not enough credits/);
			},
			TEST_TIMEOUT_MS,
		);

		test(
			'imagineart-monthly-plan on the OAuth2 credential: 62040 base, a shortfall on the balance as ImagineArt sends it, the draw order where the kinds are told, a token refreshed after a 401 and kept',
			async () => {
				const { workflow } = example('imagineart-monthly-plan');
				const input = nodeParameters(workflow, 'Estimate Monthly Plan');
				const expected = estimateImagineArt(input as unknown as ImagineArtEstimateInput);
				const key = sandbox.keys.imagineArt;

				const short = await execute('imagineart-monthly-plan');
				const [estimated] = outputOf(short, 'Estimate Monthly Plan');
				expect(estimated.creditEstimate).toMatchObject({
					provider: 'imagineArt',
					base: 62040,
					min: expected.min,
					max: expected.max,
				});
				const balance = sandbox.getCredits('imagineArt', key);
				const total = balance.free + balance.subscription + balance.topUp;
				// The balance as ImagineArt sends it: entries that do not say their kind.
				const [checked] = outputOf(short, 'Check ImagineArt Balance');
				expect(checked.creditBalance).toMatchObject({
					provider: 'imagineArt',
					remaining: total,
					source: 'balanceEndpoint',
					organizationId: DEFAULT_IMAGINE_ART_ORG_ID,
				});
				expect(checked.creditBalance).not.toHaveProperty('breakdown');
				expect((checked.creditBalance as { tokens: unknown[] }).tokens.length).toBeGreaterThan(0);
				expect(outputOf(short, 'Credit Gate', 0)).toEqual([]);
				const [shortfall] = outputOf(short, 'Plan Shortfall');
				expect(shortfall).toMatchObject({
					monthlyBase: 62040,
					creditsNeeded: expected.max,
					creditsAvailable: total,
					shortfall: expected.max - total,
				});
				expect(ran(short, 'Plan Covered')).toBe(false);

				// Enough credits, in entries that say their kind: the plan is paid free first, then
				// subscription, then top-up. The access token has expired (401): n8n refreshes it once.
				const topUp = { free: 100, subscription: 80_000, topUp: 5_000 };
				sandbox.setCredits('imagineArt', key, topUp);
				sandbox.setImagineArtCreditShape('typed');
				sandbox.expireImagineArtAccessTokens(401);
				const covered = await execute('imagineart-monthly-plan');
				const refreshes = () => sandbox.requests.filter((request) => request.host === 'auth');
				expect(refreshes()).toHaveLength(1);
				expect(refreshes()[0].body).toMatchObject({ grant_type: 'refresh_token' });
				expect(outputOf(covered, 'Credit Gate', 1)).toEqual([]);
				const [plan] = outputOf(covered, 'Plan Covered');
				const drawPlan = {
					free: topUp.free,
					subscription: topUp.subscription,
					topUp: expected.max - topUp.free - topUp.subscription,
				};
				expect(plan).toMatchObject({ monthlyBase: 62040, creditsNeeded: expected.max, drawPlan });
				expect(plan.message).toBe(
					`The month fits: ${drawPlan.free} free credits are spent first, then ${drawPlan.subscription} subscription credits, then ${drawPlan.topUp} top-up credits; ${topUp.free + topUp.subscription + topUp.topUp - expected.max} credits stay.`,
				);
				expect(ran(covered, 'Plan Shortfall')).toBe(false);

				// n8n saved the refreshed token: the next run uses it without refreshing again.
				sandbox.clearRequests();
				succeeded(await instance!.n8n.execute(exampleWorkflowId('imagineart-monthly-plan')));
				expect(refreshes()).toHaveLength(0);
			},
			TEST_TIMEOUT_MS,
		);

		test(
			'stability-estimate-gate-http: the HTTP Request node generates with the credential only when the gate lets it',
			async () => {
				const { workflow } = example('stability-estimate-gate-http');
				const key = sandbox.keys.stabilityAi;
				const prompt = String(
					(
						nodeParameters(workflow, 'Image Prompt').assignments as {
							assignments: Array<{ value: string }>;
						}
					).assignments[0].value,
				);
				const estimate = estimateStabilityAi(
					nodeParameters(workflow, 'Estimate Image Credits') as StabilityAiEstimateInput,
				);
				const before = sandbox.getCredits('stabilityAi', key);
				expect(before).toBeGreaterThan(estimate.max);

				const run = await execute('stability-estimate-gate-http');
				expect((outputOf(run, 'Estimate Image Credits')[0].creditEstimate as Estimate).max).toBe(
					estimate.max,
				);
				expect(outputOf(run, 'Check Stability Balance')[0].creditBalance).toMatchObject({
					provider: 'stabilityAi',
					remaining: before,
				});
				const [passed] = outputOf(run, 'Credit Gate', 0);
				expect(passed.creditGate).toMatchObject({ passed: true, required: estimate.max });
				// SDXL 1.0 at 1024×1024 and 30 steps: 1.6 credits, by Stability's steps-only price.
				expect(estimate.max).toBe(1.6);
				const [generated] = outputOf(run, 'Generate Image');
				const [artifact] = generated.artifacts as Array<{ base64: string; finishReason: string }>;
				expect(artifact.finishReason).toBe('SUCCESS');
				const png = Buffer.from(artifact.base64, 'base64');
				expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));

				// The HTTP Request node signed the call with the package's credential type.
				const calls = sandbox.requests.filter(
					(request) =>
						request.path === '/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image',
				);
				expect(calls).toHaveLength(1);
				expect(calls[0].headers.authorization).toBe(`Bearer ${key}`);
				expect(calls[0].body).toMatchObject({ text_prompts: [{ text: prompt }], steps: 30 });
				expect(sandbox.getCredits('stabilityAi', key)).toBeCloseTo(before - estimate.max, 6);

				// Too few credits: the item goes to the other branch and nothing is generated.
				sandbox.setCredits('stabilityAi', key, estimate.max - 1);
				sandbox.clearRequests();
				const blocked = await execute('stability-estimate-gate-http');
				const [stopped] = outputOf(blocked, 'Not Enough Stability Credits');
				expect(stopped.prompt).toBe(prompt);
				expect(String(stopped.reason)).toMatch(/^Not enough credits/);
				expect(ran(blocked, 'Generate Image')).toBe(false);
				expect(sandbox.countRequests({ provider: 'stabilityAi', method: 'POST' })).toBe(0);
				expect(sandbox.getCredits('stabilityAi', key)).toBe(estimate.max - 1);
			},
			TEST_TIMEOUT_MS,
		);

		test(
			'batch-deck-generation: a balance read retried after a 503 and a 429 with Retry-After, then Generate Deck waits for each deck',
			async () => {
				const key = sandbox.keys.gamma;
				const before = sandbox.getCredits('gamma', key);
				// Decks stay pending for longer than one poll interval (5 s), so each is waited for.
				sandbox.setGammaCompletionDelay(6_000);
				const probe = `/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}`;
				sandbox.injectFault({
					provider: 'gamma',
					method: 'GET',
					path: probe,
					kind: 'status',
					status: 503,
				});
				sandbox.injectFault({
					provider: 'gamma',
					method: 'GET',
					path: probe,
					kind: 'rateLimit',
					retryAfterSeconds: 1,
				});

				const run = await execute('batch-deck-generation');

				// The one balance read of the batch: 503, then 429 (Retry-After: 1), then the answer.
				const probes = sandbox.requests.filter(
					(request) => request.provider === 'gamma' && request.path === probe,
				);
				expect(probes.length).toBeGreaterThanOrEqual(3);
				expect(probes[2].at - probes[1].at).toBeGreaterThanOrEqual(950);
				const [balance] = outputOf(run, 'Check Gamma Balance');
				expect(balance.creditBalance).toMatchObject({ provider: 'gamma', remaining: before });

				const passed = outputOf(run, 'Credit Gate', 0);
				const generated = outputOf(run, 'Generate Deck');
				expect(generated.length).toBeGreaterThan(0);
				expect(generated.map((item) => item.topic)).toEqual(passed.map((item) => item.topic));
				const generations = sandbox.gammaGenerations();
				expect(generations).toHaveLength(generated.length);
				let spent = 0;
				for (const item of generated) {
					const generation = item.gammaGeneration as {
						generationId: string;
						status: string;
						gammaUrl: string;
						credits: { deducted: number };
					};
					expect(generation.status).toBe('completed');
					expect(generation.gammaUrl).toMatch(/^https?:\/\//);
					spent += generation.credits.deducted;
					// Started once, then polled while pending: at least two polls a deck.
					const polls = sandbox.requests.filter(
						(request) =>
							request.method === 'GET' &&
							request.path === `/v1.0/generations/${generation.generationId}`,
					);
					expect(polls.length).toBeGreaterThanOrEqual(2);
				}
				expect(sandbox.countRequests({ provider: 'gamma', method: 'POST' })).toBe(generated.length);
				expect(spent).toBeGreaterThan(0);
				expect(sandbox.getCredits('gamma', key)).toBe(before - spent);
			},
			TEST_TIMEOUT_MS,
		);

		test(
			'gamma5-report-and-one-pager: Gamma 5 posts once to /agent, the template gets its title, both charges add up',
			async () => {
				const key = sandbox.keys.gamma;
				const before = sandbox.getCredits('gamma', key);
				const { workflow } = example('gamma5-report-and-one-pager');
				const brief = nodeParameters(workflow, 'Estimate Gamma 5 Credits');
				const run = await execute('gamma5-report-and-one-pager');

				const [estimated] = outputOf(run, 'Estimate Gamma 5 Credits');
				expect(estimated.creditEstimate).toMatchObject(
					estimateGamma({
						generationType: 'gamma5',
						numCards: 12,
						imageSource: brief.imageSource,
						imageModel: brief.imageModel,
					} as GammaEstimateInput),
				);

				const agentPosts = sandbox.requests.filter(
					(request) => request.method === 'POST' && request.path === '/v1.0/agent/generations',
				);
				expect(agentPosts).toHaveLength(1);
				expect(agentPosts[0].body).toMatchObject({ numCards: 12, quality: 'standard' });
				const [report] = outputOf(run, 'Generate With Gamma 5');
				const reportGeneration = report.gammaGeneration as {
					generationId: string;
					engine: string;
					status: string;
					gammaUrl: string;
					credits: { deducted: number };
				};
				expect(reportGeneration).toMatchObject({ engine: 'gamma5', status: 'completed' });
				expect(reportGeneration.generationId).toMatch(/^gen_/);

				const templatePosts = sandbox.requests.filter(
					(request) =>
						request.method === 'POST' && request.path === '/v1.0/generations/from-template',
				);
				expect(templatePosts).toHaveLength(1);
				expect(templatePosts[0].body).toMatchObject({
					title: 'Q3 at a glance',
					prompt: expect.stringContaining(reportGeneration.gammaUrl),
				});
				const [onePager] = outputOf(run, 'One-Pager From Template');
				expect(onePager.gammaGeneration).toMatchObject({
					engine: 'classic',
					status: 'completed',
					title: 'Q3 at a glance',
				});

				const [spent] = outputOf(run, 'Credits Spent');
				const total = before - sandbox.getCredits('gamma', key);
				expect(total).toBeGreaterThan(0);
				expect(spent).toMatchObject({
					totalCredits: total,
					creditsLeft: before - total,
					reportCredits: reportGeneration.credits.deducted,
				});
			},
			TEST_TIMEOUT_MS,
		);

		test(
			"imagineart-pro-images-gate: the gate's Pro rule on the OAuth2 account, on each shape of ImagineArt's balance",
			async () => {
				const key = sandbox.keys.imagineArt;
				const gateOf = (run: N8nRun) => {
					const [item] = [...outputOf(run, 'Credit Gate', 0), ...outputOf(run, 'Credit Gate', 1)];
					return item.creditGate as Gate;
				};

				// As ImagineArt really answers (no kinds): the whole total counts, and the reason says
				// the subscription was assumed active.
				const real = await execute('imagineart-pro-images-gate');
				const [estimated] = outputOf(real, 'Estimate Pro Images');
				expect(estimated.creditEstimate).toMatchObject({ max: 300, requiresSubscription: true });
				expect(gateOf(real)).toMatchObject({ passed: true, required: 300 });
				expect(gateOf(real).reason).toMatch(/assumes the subscription is active/);
				expect(ran(real, 'Ready to Generate')).toBe(true);

				// Where the kinds are told apart: free credits do not pay for a Pro model...
				sandbox.setImagineArtCreditShape('typed');
				sandbox.setCredits('imagineArt', key, { free: 100, subscription: 250, topUp: 0 });
				const short = await execute('imagineart-pro-images-gate');
				expect(gateOf(short)).toMatchObject({ passed: false, available: 250 });
				expect(ran(short, 'Not Enough Credits')).toBe(true);

				// ...and nothing does once the subscription has lapsed.
				sandbox.setCredits('imagineArt', key, {
					free: 100,
					subscription: 0,
					topUp: 900,
					subscriptionActive: false,
				});
				const lapsed = await execute('imagineart-pro-images-gate');
				expect(gateOf(lapsed)).toMatchObject({ passed: false, available: 0 });

				sandbox.setCredits('imagineArt', key, { free: 100, subscription: 300, topUp: 0 });
				const paid = await execute('imagineart-pro-images-gate');
				expect(gateOf(paid)).toMatchObject({
					passed: true,
					drawPlan: { free: 0, subscription: 300, topUp: 0 },
				});
			},
			TEST_TIMEOUT_MS,
		);

		const covered = new Set([
			'imagineart-pro-images-gate',
			'gamma5-report-and-one-pager',
			'batch-estimate-gate',
			'imagineart-monthly-plan',
			'stability-estimate-gate-http',
			'scheduled-balance-alert',
			'batch-deck-generation',
			// In "with n8n start" below: they need a Data Table, made through the REST API.
			...SPEND_EXAMPLES,
			// An AI Agent on the sandbox's scripted model: e2e/agent runs it, on the versions
			// versions.json marks "agent": true.
			'agent-credit-assistant',
		]);
		const others = loadExamples().filter((found) => !covered.has(found.name));
		if (others.length > 0) {
			test.each(others.map((found) => [found.name, found]))(
				'%s (an example without a test of its own) runs, and its package nodes put out items',
				async (name, found) => {
					const run = await execute(name as string);
					const packageNodes = (found as Example).workflow.nodes.filter((node) =>
						node.type.startsWith('n8n-nodes-ai-credits.'),
					);
					const ranNodes = packageNodes.filter((node) => ran(run, node.name));
					expect(ranNodes.length).toBeGreaterThan(0);
					for (const node of ranNodes) {
						const outputs = run.data.resultData.runData[node.name][0].data?.main ?? [];
						const items = outputs.reduce((sum, output) => sum + (output?.length ?? 0), 0);
						expect({ node: node.name, hasItems: items > 0 }).toEqual({
							node: node.name,
							hasItems: true,
						});
					}
				},
				TEST_TIMEOUT_MS,
			);
		}

		describe('with n8n start', () => {
			beforeAll(async () => {
				if (!instance) throw new Error('Skipped: the setup of the examples failed (see above)');
				server = await instance.n8n.start();
				await server.setupOwner();
			}, SETUP_TIMEOUT_MS);

			test(
				"the server lists the package's nodes and credentials, and serves their icons",
				async () => {
					const nodes = await fetchJson<Array<{ name: string; icon?: unknown; iconUrl?: unknown }>>(
						server!,
						'/types/nodes.json',
					);
					const ours = nodes.filter((node) => node.name.startsWith(`${mode.prefix}.`));
					const names = ours.map((node) => node.name.slice(mode.prefix.length + 1));
					// Nodes marked usableAsTool also appear as "<name>Tool" for AI agents.
					const [tools, nodesProper] = partition(names, (name) => name.endsWith('Tool'));
					expect(nodesProper.sort()).toEqual(['aiCredits', 'aiCreditsTrigger', 'creditGate']);
					for (const tool of tools) expect(nodesProper).toContain(tool.replace(/Tool$/, ''));
					const credentialTypes = await fetchJson<Array<{ name: string; iconUrl?: unknown }>>(
						server!,
						'/types/credentials.json',
					);
					const ourCredentials = credentialTypes.filter((type) =>
						type.name.startsWith('aiCredits'),
					);
					expect(ourCredentials.map((type) => type.name).sort()).toEqual(
						instance!.credentials.map((credential) => credential.type).sort(),
					);
					const iconUrls = [...ours, ...ourCredentials].flatMap((type) => iconUrlsOf(type.iconUrl));
					expect(iconUrls.length).toBe(2 * (ours.length + ourCredentials.length));
					for (const url of iconUrls) {
						const response = await fetch(`${server!.url}/${url}`);
						expect({ url, status: response.status }).toEqual({ url, status: 200 });
						expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
						expect(await response.text()).toMatch(/<svg[\s>]/);
					}
				},
				TEST_TIMEOUT_MS,
			);

			test(
				"each credential's Test button passes against the sandbox, and fails with a wrong key",
				async () => {
					const testable = new Set(
						credentialTypes()
							.filter((type) => type.testable)
							.map((type) => type.type),
					);
					expect(testable.size).toBeGreaterThanOrEqual(3);
					for (const credential of instance!.credentials.filter((c) => testable.has(c.type))) {
						const passed = await server!.rest<{ status: string; message: string }>(
							'POST',
							'/credentials/test',
							{ credentials: credential },
						);
						expect({ type: credential.type, ...passed }).toMatchObject({
							type: credential.type,
							status: 'OK',
						});
						const wrongKey = {
							...credential,
							data: { ...credential.data, apiKey: 'sk-wrong-0000' },
						};
						const failed = await server!.rest<{ status: string; message: string }>(
							'POST',
							'/credentials/test',
							{ credentials: wrongKey },
						);
						expect({ type: credential.type, status: failed.status }).toEqual({
							type: credential.type,
							status: 'Error',
						});
						expect(failed.message).not.toContain('sk-wrong-0000');
					}
				},
				TEST_TIMEOUT_MS,
			);

			test(
				'scheduled-balance-alert: a manual run of the trigger reads the current balance; the alert says when it is low',
				async () => {
					const workflowId = exampleWorkflowId('scheduled-balance-alert');
					const trigger = 'Gamma Balance Below 500';
					const threshold = nodeParameters(example('scheduled-balance-alert').workflow, trigger)
						.threshold as number;

					const high = await server!.runManually(workflowId, trigger);
					expect({ status: high.status, mode: high.mode }).toEqual({
						status: 'success',
						mode: 'manual',
					});
					const balance = sandbox.getCredits('gamma', sandbox.keys.gamma);
					expect(balance).toBeGreaterThan(threshold);
					const [reading] = outputOf(succeeded(high.run), trigger);
					expect(reading).toMatchObject({
						provider: 'gamma',
						remaining: balance,
						threshold,
						event: 'balanceBelowThreshold',
					});
					const [calm] = outputOf(high.run, 'Compose Alert');
					expect(calm).toMatchObject({ provider: 'gamma', remaining: balance, threshold });
					expect(calm.message).toMatch(
						new RegExp(`^Gamma has ${balance} credits left \\(alert threshold ${threshold}\\)\\.`),
					);

					const low = threshold - 80;
					sandbox.setCredits('gamma', sandbox.keys.gamma, low);
					const lowRun = await server!.runManually(workflowId, trigger);
					const [alert] = outputOf(succeeded(lowRun.run), 'Compose Alert');
					expect(alert.remaining).toBe(low);
					expect(alert.message).toMatch(
						new RegExp(
							`^Low credits: Gamma has ${low} credits left \\(alert threshold ${threshold}\\)\\.`,
						),
					);
				},
				TEST_TIMEOUT_MS,
			);

			describeSpendExamples(() => ({ server: server!, sandbox, sink: sink! }));
		});
	});
}

async function fetchJson<T>(server: N8nServer, route: string): Promise<T> {
	const response = await server.authorizedFetch(route);
	expect({ route, status: response.status }).toEqual({ route, status: 200 });
	return (await response.json()) as T;
}

function partition<T>(values: T[], test: (value: T) => boolean): [T[], T[]] {
	return [values.filter(test), values.filter((value) => !test(value))];
}

/** A type's iconUrl is a string or `{ light, dark }`. */
function iconUrlsOf(iconUrl: unknown): string[] {
	if (typeof iconUrl === 'string') return [iconUrl];
	if (iconUrl && typeof iconUrl === 'object') return Object.values(iconUrl as Json).map(String);
	return [];
}
