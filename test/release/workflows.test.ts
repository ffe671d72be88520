import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { parseDocument } from 'yaml';
import { PACKAGE_ROOT } from '../support/packageInfo';

/**
 * The GitHub workflows, read statically: they cannot run here, so this holds them to what can be
 * checked: .ci/run, package.json's scripts, e2e/n8n/versions.json and what npm's trusted
 * publishing and n8n's provenance rule need.
 */

interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, unknown>;
	if?: string;
	shell?: string;
}

interface Job {
	name?: string;
	'runs-on': string;
	container?: string | { image: string; options?: string };
	needs?: string | string[];
	permissions?: Record<string, string>;
	strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown> };
	outputs?: Record<string, string>;
	steps: Step[];
}

interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

/**
 * The commits the workflows pin, each checked against the action's own repository
 * (`git rev-parse <tag>^{commit}` in a clone of github.com/actions/<name>). A new pin goes here
 * with the tag it was read from.
 */
const VERIFIED_PINS: Record<string, { sha: string; version: string }> = {
	'actions/checkout': { sha: 'fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09', version: 'v5.1.0' },
	'actions/setup-node': { sha: '249970729cb0ef3589644e2896645e5dc5ba9c38', version: 'v6.5.0' },
	'actions/cache': { sha: '27d5ce7f107fe9357f9df03efb73ab90386fccae', version: 'v5.0.5' },
};

const WORKFLOWS = ['ci.yml', 'publish.yml'];

function workflowText(file: string): string {
	return readFileSync(path.join(PACKAGE_ROOT, '.github', 'workflows', file), 'utf8');
}

function readWorkflow(file: string): Workflow {
	const document = parseDocument(workflowText(file));
	expect(document.errors.map((error) => error.message)).toEqual([]);
	expect(document.warnings.map((warning) => warning.message)).toEqual([]);
	return document.toJS() as Workflow;
}

const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
	scripts: Record<string, string>;
};
const versions = (
	JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'e2e/n8n/versions.json'), 'utf8')) as {
		versions: Array<{ n8n: string }>;
	}
).versions.map((entry) => entry.n8n);

const ci = readWorkflow('ci.yml');
const publish = readWorkflow('publish.yml');

function steps(workflow: Workflow): Step[] {
	return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** Each `npm …` command of a run script, as `npm ci`, `npm test` or `npm run <script>`. */
function npmCommands(script: string): string[] {
	return [...script.matchAll(/\bnpm\s+(ci|test|publish|run(?:\s+--?[\w-]+)*\s+[\w:.-]+)/g)].map(
		(match) => `npm ${match[1].replace(/^run(?:\s+--?[\w-]+)*\s+/, 'run ')}`,
	);
}

function jobCommands(job: Job): string[] {
	return job.steps.flatMap((step) => npmCommands(step.run ?? ''));
}

/** The index of the first step whose run script holds `command`, or -1. */
function stepIndex(job: Job, command: string | RegExp): number {
	return job.steps.findIndex((step) =>
		typeof command === 'string' ? (step.run ?? '').includes(command) : command.test(step.run ?? ''),
	);
}

function containerImage(job: Job): string | undefined {
	return typeof job.container === 'string' ? job.container : job.container?.image;
}

describe('the GitHub workflows', () => {
	it.each(WORKFLOWS)('%s is YAML that parses, with a name, triggers and jobs', (file) => {
		const workflow = readWorkflow(file);
		expect(typeof workflow.name).toBe('string');
		expect(Object.keys(workflow.on).length).toBeGreaterThan(0);
		for (const [id, job] of Object.entries(workflow.jobs)) {
			expect(`${id}: ${typeof job['runs-on']}`).toBe(`${id}: string`);
			expect(job.steps.length).toBeGreaterThan(0);
		}
	});

	it.each(WORKFLOWS)(
		'%s pins every action by a full commit, with its version beside it',
		(file) => {
			const text = workflowText(file);
			const uses = steps(readWorkflow(file)).flatMap((step) => (step.uses ? [step.uses] : []));
			expect(uses.length).toBeGreaterThan(0);
			for (const use of uses) {
				const [action, ref] = use.split('@');
				expect(`${use}: ${VERIFIED_PINS[action] ? 'known' : 'not in VERIFIED_PINS'}`).toBe(
					`${use}: known`,
				);
				expect(ref).toBe(VERIFIED_PINS[action].sha);
				// The comment is the only record of which release the commit is: it must say the right one.
				const lines = text.split('\n').filter((line) => line.includes(`uses: ${use}`));
				for (const line of lines) {
					expect(line).toMatch(new RegExp(`uses: ${use} # ${VERIFIED_PINS[action].version}$`));
				}
			}
		},
	);

	it.each(WORKFLOWS)('%s calls only npm scripts that package.json has', (file) => {
		const called = steps(readWorkflow(file))
			.flatMap((step) => npmCommands(step.run ?? ''))
			.filter((command) => command.startsWith('npm run '))
			.map((command) => command.slice('npm run '.length));
		expect(called.length).toBeGreaterThan(0);
		for (const script of called) expect(Object.keys(pkg.scripts)).toContain(script);
	});

	it.each(WORKFLOWS)('%s asks for no more than reading the repository by default', (file) => {
		expect(readWorkflow(file).permissions).toEqual({ contents: 'read' });
	});
});

describe('ci.yml', () => {
	const checks = ci.jobs.checks;
	const e2e = ci.jobs.e2e;

	it('runs on every push and pull request', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
		expect(ci.on.push ?? null).toBeNull();
		expect(ci.on.pull_request ?? null).toBeNull();
	});

	it("runs .ci/run's npm steps, in .ci/run's order", () => {
		const ciRun = readFileSync(path.join(PACKAGE_ROOT, '.ci/run'), 'utf8');
		// The lines that are npm commands (not comments, nor the `stamp "npm test"` headings).
		const wanted = ciRun
			.split('\n')
			.filter((line) => /^\s*npm\s/.test(line))
			.flatMap((line) => npmCommands(line));
		expect(wanted).toEqual(
			expect.arrayContaining([
				'npm ci',
				'npm run build',
				'npm run lint',
				'npm run scan',
				'npm run typecheck',
				'npm run typecheck:e2e',
				'npm test',
				'npm run test:e2e',
			]),
		);
		const inChecks = jobCommands(checks);
		const inE2e = jobCommands(e2e);
		const checksPart = wanted.filter((command) => command !== 'npm run test:e2e');
		expect(inChecks.filter((command) => checksPart.includes(command))).toEqual(checksPart);
		expect(inE2e).toEqual(['npm ci', 'npm run test:e2e']);
	});

	it('checks that package.json and CHANGELOG.md agree, before npm test', () => {
		const check = stepIndex(checks, /npm run release:check\s*$/);
		expect(check).toBeGreaterThan(-1);
		expect(check).toBeLessThan(stepIndex(checks, 'npm test'));
	});

	it('runs e2e as one job per n8n of e2e/n8n/versions.json, each leg alone', () => {
		expect(e2e.strategy?.matrix).toEqual({ n8n: versions });
		expect(e2e.strategy?.['fail-fast']).toBe(false);
		const step = e2e.steps[stepIndex(e2e, 'npm run test:e2e')];
		expect(step.env).toEqual({ AI_CREDITS_N8N_VERSION: '${{ matrix.n8n }}' });
	});

	it('runs every job on Node 20 in Debian, as .ci/run expects of its machine', () => {
		for (const job of [checks, e2e]) {
			expect(containerImage(job)).toMatch(/^node:20(\.\d+){0,2}-(bookworm|trixie)$/);
		}
		expect(containerImage(e2e)).toBe(containerImage(checks));
	});

	it('installs the Debian packages .ci/run installs before the e2e tests', () => {
		const ciRun = readFileSync(path.join(PACKAGE_ROOT, '.ci/run'), 'utf8');
		const packages = [...ciRun.matchAll(/missing\+=\(([\w-]+)\)/g)].map((match) => match[1]);
		expect(packages).toEqual(['chromium', 'postgresql', 'redis-server']);
		const install = e2e.steps.findIndex((step) => /apt-get install/.test(step.run ?? ''));
		expect(install).toBeGreaterThan(-1);
		expect(install).toBeLessThan(stepIndex(e2e, 'npm run test:e2e'));
		for (const name of packages) expect(e2e.steps[install].run).toContain(`missing+=(${name})`);
		// The script uses bash arrays; a container's default shell is sh.
		expect(e2e.steps[install].shell).toBe('bash');
	});

	it("caches each n8n install, keyed on that version's recipe and lockfile and the image's Node", () => {
		const cache = e2e.steps.find(
			(step) =>
				step.uses?.startsWith('actions/cache@') &&
				String(step.with?.path).includes('~/.cache/n8n-nodes-ai-credits/n8n-${{ matrix.n8n }}'),
		);
		expect(cache).toBeDefined();
		const key = String(cache?.with?.key);
		expect(key).toContain("format('e2e/n8n/{0}/pnpm-lock.yaml', matrix.n8n)");
		expect(key).toContain("format('e2e/n8n/{0}/package.json', matrix.n8n)");
		expect(key).toContain('${{ matrix.n8n }}');
		const node = /^node:(20[\d.]*)-/.exec(containerImage(e2e) ?? '')?.[1];
		expect(key).toContain(`node-${node}`);
		// hashFiles of a missing file is empty: every version must have its lockfile.
		for (const version of versions) {
			expect(existsSync(path.join(PACKAGE_ROOT, 'e2e/n8n', version, 'pnpm-lock.yaml'))).toBe(true);
		}
	});
});

describe('publish.yml', () => {
	const job = publish.jobs.publish;
	const release = publish.jobs.release;
	const publishStep = stepIndex(job, 'npm publish');

	it('runs on version tags v*.*.* only', () => {
		expect(publish.on).toEqual({ push: { tags: ['v*.*.*'] } });
	});

	it('publishes with provenance, publicly, once, on a GitHub-hosted runner', () => {
		const commands = jobCommands(job).filter((command) => command === 'npm publish');
		expect(commands).toEqual(['npm publish']);
		expect(job.steps[publishStep].run?.trim()).toBe('npm publish --provenance --access public');
		expect(job['runs-on']).toMatch(/^ubuntu-/);
		expect(job.container).toBeUndefined();
	});

	it("asks for the OIDC token (id-token: write) in the publish job, contents: write only in the release's", () => {
		expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
		expect(release.permissions).toEqual({ contents: 'write' });
	});

	it('uses no npm token: trusted publishing', () => {
		const data = JSON.stringify(publish);
		expect(data).not.toMatch(/NODE_AUTH_TOKEN|NPM_TOKEN|_authToken/);
		expect(data).not.toMatch(/secrets\./);
	});

	it('checks the tag against package.json and CHANGELOG.md before building, then builds, lints, scans and tests', () => {
		const check = stepIndex(job, /npm run release:check -- --tag "\$GITHUB_REF_NAME"\s*$/);
		expect(check).toBeGreaterThan(-1);
		const order = [
			'npm run build',
			'npm run lint',
			'npm run scan',
			'npm run typecheck',
			'npm test',
		].map((command) => stepIndex(job, command));
		expect(order.every((index) => index > check)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(order.every((index) => index < publishStep)).toBe(true);
	});

	it('publishes on a Node whose npm can do trusted publishing (npm 11.5.1+, Node 22.14+), and checks it', () => {
		const setups = job.steps
			.map((step, index) => ({ step, index }))
			.filter(({ step }) => step.uses?.startsWith('actions/setup-node@'));
		expect(setups.length).toBe(2);
		// The checks on the machine's Node 20, like CI; the publish on Node 24.
		expect(String(setups[0].step.with?.['node-version'])).toMatch(/^20(\.|$)/);
		const last = setups[setups.length - 1];
		expect(Number(String(last.step.with?.['node-version']).split('.')[0])).toBeGreaterThanOrEqual(
			24,
		);
		expect(last.step.with?.['registry-url']).toBe('https://registry.npmjs.org');
		expect(last.index).toBeLessThan(publishStep);
		const toolCheck = stepIndex(job, /npm run release:check -- .*--publishing/);
		expect(toolCheck).toBeGreaterThan(last.index);
		expect(toolCheck).toBeLessThan(publishStep);
		// A cache restored into a job that can publish could carry someone else's files.
		for (const { step } of setups) expect(step.with?.['package-manager-cache']).toBe(false);
	});

	it("makes the GitHub Release after the publish, with the tag's CHANGELOG section as notes", () => {
		const notes = job.steps.find((step) => /--notes "\$GITHUB_REF_NAME"/.test(step.run ?? ''));
		expect(notes?.run).toContain('npm run release:check -- --notes "$GITHUB_REF_NAME" --out');
		expect(notes?.id).toBe('notes');
		expect(job.outputs).toEqual({ notes: '${{ steps.notes.outputs.notes }}' });

		expect(release.needs).toBe('publish');
		const create = release.steps.find((step) => (step.run ?? '').includes('gh release create'));
		expect(create?.run).toMatch(/gh release create "\$GITHUB_REF_NAME"/);
		expect(create?.run).toContain('--verify-tag');
		expect(create?.run).toContain('--notes-file');
		// The notes reach the script through the environment, never pasted into it.
		expect(create?.env).toEqual({
			GH_TOKEN: '${{ github.token }}',
			NOTES: '${{ needs.publish.outputs.notes }}',
		});
		expect(create?.run).not.toContain('${{');
	});
});
