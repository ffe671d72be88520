/** Generate With Gamma 5 through n8n's engine, against the sandbox's agent endpoints over HTTP. */
import type { IDataObject, INode } from 'n8n-workflow';
import { readFileSync } from 'fs';
import path from 'path';
import { runListSearch } from '../engine/listSearch';
import { runWorkflow } from '../engine/runWorkflow';
import { useSandbox } from '../engine/sandboxLifecycle';
import {
	chain,
	fixedItems,
	manualTrigger,
	packageNode,
	sandboxCredentials,
} from '../engine/workflows';

const sandbox = useSandbox();
const FAST = { pollIntervalSeconds: 1 };

function gamma5(parameters: IDataObject = {}, extra: Partial<INode> = {}): INode {
	return {
		...packageNode('Gamma 5', 'aiCredits', {
			resource: 'gamma',
			operation: 'generateWithGamma5',
			prompt: 'A 4-card investor update for Q3',
			numCards: 4,
			runOptions: FAST,
			...parameters,
		}),
		...extra,
	};
}

async function run(rows: IDataObject[], node: INode) {
	return await runWorkflow(chain(manualTrigger(), fixedItems('Rows', rows), node), {
		credentials: sandboxCredentials(sandbox),
	});
}

const agentPosts = () =>
	sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/v1.0/agent/generations');

/** A request body fixture of test/contracts/gamma, to hold what the node sends against it. */
function fixtureBody(name: string): IDataObject {
	const file = path.join(__dirname, '..', 'contracts', 'gamma', `${name}.json`);
	return JSON.parse(readFileSync(file, 'utf8')).request.body;
}

describe('Generate With Gamma 5', () => {
	it('posts once to /agent, polls /agent, and returns the gamma with its credits, summary and export', async () => {
		sandbox.setCredits('gamma', sandbox.keys.gamma, 1000);
		const { outputs, error } = await run(
			[{ row: 1 }],
			gamma5({
				quality: 'lite',
				additionalOptions: { exportAs: 'pdf' },
				runOptions: { ...FAST, downloadExport: true },
			}),
		);
		expect(error).toBeUndefined();
		expect(agentPosts()).toHaveLength(1);
		const item = outputs['Gamma 5'][0][0];
		const generation = item.json.gammaGeneration as IDataObject;
		expect(generation).toMatchObject({
			status: 'completed',
			engine: 'gamma5',
			generationId: expect.stringMatching(/^gen_/),
			gammaId: expect.any(String),
			gammaUrl: expect.stringMatching(/^https:\/\/gamma\.app\//),
			summary: expect.any(String),
		});
		const charged = (generation.credits as IDataObject).deducted as number;
		expect(charged).toBeGreaterThan(0);
		expect(sandbox.getCredits('gamma', sandbox.keys.gamma)).toBe(1000 - charged);
		expect(item.json.creditBalance).toMatchObject({
			remaining: 1000 - charged,
			source: 'generation',
		});
		const polls = sandbox.requests.filter(
			(r) => r.method === 'GET' && r.path.startsWith('/v1.0/agent/generations/gen_'),
		);
		expect(polls.length).toBeGreaterThan(0);
		expect(sandbox.countRequests({ provider: 'gamma', path: '/v1.0/generations/*' })).toBe(0);
		expect(item.binary?.data).toMatchObject({ mimeType: 'application/pdf', fileExtension: 'pdf' });
		expect(item.json.row).toBe(1);
	});

	it('sends the documented body: one folderId, source URLs as a list, no classic fields', async () => {
		await run(
			[{}],
			gamma5({
				format: 'document',
				numCards: 12,
				quality: 'standard',
				additionalOptions: {
					sourceUrls: 'https://example.com/q3-report, https://example.com/roadmap',
					templateId: { __rl: true, mode: 'list', value: 'g_explore-sales-kickoff' },
					additionalInstructions: 'Formal tone.',
					disableConnectors: true,
					folderId: { __rl: true, mode: 'id', value: 'fld-investor-updates' },
					workspaceAccess: 'view',
					emailRecipients: 'board@example.com',
				},
			}),
		);
		const [post] = agentPosts();
		expect(post.body).toEqual({
			prompt: 'A 4-card investor update for Q3',
			format: 'document',
			numCards: 12,
			quality: 'standard',
			sourceUrls: ['https://example.com/q3-report', 'https://example.com/roadmap'],
			templateId: 'g_explore-sales-kickoff',
			additionalInstructions: 'Formal tone.',
			disableConnectors: true,
			folderId: 'fld-investor-updates',
			sharingOptions: {
				workspaceAccess: 'view',
				emailOptions: { recipients: ['board@example.com'] },
			},
		});
		// Every field the node sent is one the documented Gamma 5 body has.
		const documented = fixtureBody('agent-create');
		for (const key of Object.keys(post.body as IDataObject)) {
			expect(documented).toHaveProperty(key);
		}
	});

	it("keeps Gamma 5's warnings as the list Gamma gave", async () => {
		const { outputs } = await run(
			[{}],
			gamma5({ additionalOptions: { sourceUrls: 'https://unreadable.invalid/tides' } }),
		);
		expect((outputs['Gamma 5'][0][0].json.gammaGeneration as IDataObject).warnings).toEqual([
			expect.objectContaining({ code: 'sourceUrlSkipped' }),
		]);
	});

	it('a 400 to a theme says Gamma 5 may not take one; nothing was generated', async () => {
		sandbox.setGammaAgentRejectsTheme(true);
		const { error } = await run(
			[{}],
			gamma5({ additionalOptions: { themeId: { __rl: true, mode: 'id', value: 'aurora' } } }),
		);
		expect(error?.message).toMatch(/Gamma answered 400: .*themeId/);
		expect(error?.description).toMatch(/Gamma 5 may not accept a theme/);
		expect(agentPosts()).toHaveLength(1);
	});

	it('never posts twice: a 502 on the POST is reported as possibly started, not retried', async () => {
		sandbox.injectFault({
			provider: 'gamma',
			method: 'POST',
			path: '/v1.0/agent/generations',
			kind: 'status',
			status: 502,
		});
		const { error } = await run([{}], gamma5());
		expect(error?.message).toMatch(/may have started/);
		expect(agentPosts()).toHaveLength(1);
	});

	it('Get Generation reads a gen_ id under /agent, and waits for it when asked', async () => {
		sandbox.setGammaCompletionDelay(1500);
		const started = await run([{}], gamma5({ waitForCompletion: false }));
		const generationId = (started.outputs['Gamma 5'][0][0].json.gammaGeneration as IDataObject)
			.generationId as string;
		expect(generationId).toMatch(/^gen_/);
		const { outputs, error } = await run(
			[{ id: generationId }],
			packageNode('Get', 'aiCredits', {
				resource: 'gamma',
				operation: 'getGeneration',
				generationId: '={{ $json.id }}',
				waitForCompletion: true,
				runOptions: FAST,
			}),
		);
		expect(error).toBeUndefined();
		expect(outputs.Get[0][0].json.gammaGeneration).toMatchObject({
			generationId,
			engine: 'gamma5',
			status: 'completed',
		});
		const reads = sandbox.requests.filter(
			(r) => r.method === 'GET' && r.path.includes(generationId),
		);
		expect(reads.every((r) => r.path === `/v1.0/agent/generations/${generationId}`)).toBe(true);
	});

	it('lists templates, the workspace ones first', async () => {
		const { results } = await runListSearch(
			gamma5(),
			'searchTemplates',
			sandboxCredentials(sandbox),
			'sales',
		);
		expect(results.map((r) => r.name)).toEqual([
			'Acme Sales Pitch (workspace)',
			'Sales Kickoff (Gamma)',
		]);
		const [search] = sandbox.requests.filter((r) => r.path === '/v1.0/templates/search');
		expect(search.query).toMatchObject({ q: 'sales' });
	});
});
