/**
 * A real n8n (installed by e2e/install-n8n.sh) with its own user folder: CLI imports and
 * executions, and `n8n start` for the REST API and the editor. Offline and quiet: a fixed
 * encryption key, no telemetry, templates, banners or version checks; every port on 127.0.0.1.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { N8N, n8nBinary, n8nHome, nodeBinary } from './paths';
import {
	BackgroundProcess,
	freePort,
	runChecked,
	runCommand,
	waitFor,
	type CommandResult,
} from './processes';
import type { CredentialJson, WorkflowJson } from './examples';
import { parseRun, type N8nRun } from './runData';

export const ENCRYPTION_KEY = 'ai-credits-e2e-not-a-secret-0123456789';

export const OWNER = {
	email: 'owner@ai-credits.test',
	firstName: 'Ada',
	lastName: 'Credits',
	password: 'Sandbox-Owner-2026',
} as const;

export interface N8nOptions {
	/** Names this n8n in errors. */
	label: string;
	/** Settings of every command of this n8n (e.g. a shared database and queue mode). */
	env?: Record<string, string>;
}

const CLI_TIMEOUT_MS = 180_000;

/**
 * The caller's environment without n8n's own settings (they would make the run depend on the
 * machine) and without jest's NODE_ENV=test (n8n then refuses to load nodes: "Not available in
 * tests").
 */
function baseEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (
			!/^(N8N_|DB_|EXECUTIONS_|QUEUE_|GENERIC_TIMEZONE$|NODES_|NODE_OPTIONS$|NODE_ENV$|JEST_)/.test(
				key,
			)
		) {
			env[key] = value;
		}
	}
	return env;
}

export class N8n {
	/** N8N_USER_FOLDER: n8n keeps its database and settings in its `.n8n`. */
	readonly userFolder: string;
	readonly logFolder: string;
	/** N8N_CUSTOM_EXTENSIONS: a folder with a package.json whose "n8n" section lists the nodes. */
	customExtensions: string | undefined;

	constructor(
		folder: string,
		private readonly options: N8nOptions,
	) {
		this.userFolder = path.join(folder, 'user');
		this.logFolder = path.join(folder, 'logs');
		mkdirSync(path.join(this.userFolder, '.n8n'), { recursive: true });
		mkdirSync(this.logFolder, { recursive: true });
	}

	/** Where the Community Nodes panel installs packages: `<user folder>/.n8n/nodes`. */
	get nodesFolder(): string {
		return path.join(this.userFolder, '.n8n', 'nodes');
	}

	environment(extra: Record<string, string>): NodeJS.ProcessEnv {
		const env: NodeJS.ProcessEnv = {
			...baseEnvironment(),
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_DYNAMIC_BANNERS_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_AI_ENABLED: 'false',
			N8N_LOG_LEVEL: 'info',
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			DB_TYPE: 'sqlite',
			// n8n and the task runners it spawns run on this version's Node.
			PATH: `${path.dirname(nodeBinary())}${path.delimiter}${process.env.PATH ?? ''}`,
			...N8N.env,
			...this.options.env,
			...extra,
		};
		if (this.customExtensions) env.N8N_CUSTOM_EXTENSIONS = this.customExtensions;
		return env;
	}

	/** One n8n CLI command; each boots n8n (a few seconds) and gets its own task-broker port. */
	async cli(args: string[]): Promise<CommandResult> {
		const env = this.environment({ N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
		return await runChecked(nodeBinary(), [n8nBinary(), ...args], {
			env,
			cwd: this.userFolder,
			label: `n8n ${args[0]} (${this.options.label})`,
			timeoutMs: CLI_TIMEOUT_MS,
		});
	}

	/** `n8n import:credentials`: plain `data` is encrypted with N8N_ENCRYPTION_KEY on import. */
	async importCredentials(credentials: CredentialJson[]): Promise<void> {
		const file = path.join(this.userFolder, 'credentials.json');
		writeFileSync(file, JSON.stringify(credentials, null, 2));
		const result = await this.cli(['import:credentials', `--input=${file}`]);
		expectOutput(result, `Successfully imported ${credentials.length} credential`);
	}

	/** `n8n import:workflow`, one call for all of them (`--separate` reads a folder). */
	async importWorkflows(workflows: WorkflowJson[]): Promise<void> {
		const folder = path.join(this.userFolder, 'workflows');
		rmSync(folder, { recursive: true, force: true });
		mkdirSync(folder, { recursive: true });
		for (const workflow of workflows) {
			writeFileSync(path.join(folder, `${workflow.id}.json`), JSON.stringify(workflow, null, 2));
		}
		const result = await this.cli(['import:workflow', '--separate', `--input=${folder}`]);
		expectOutput(result, `Successfully imported ${workflows.length} workflow`);
	}

	/**
	 * `n8n execute --id=… --rawOutput`: the run data, the JSON object on stdout from the first
	 * line that opens with `{` (log lines come before it). A run that failed (n8n exits with 1 and
	 * still prints it, `status: "error"`) throws, or is returned with `acceptFailedRun`.
	 */
	async execute(workflowId: string, options: { acceptFailedRun?: boolean } = {}): Promise<N8nRun> {
		const label = `n8n execute --id=${workflowId}`;
		const env = this.environment({ N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
		const result = await runCommand(
			nodeBinary(),
			[n8nBinary(), 'execute', `--id=${workflowId}`, '--rawOutput'],
			{
				env,
				cwd: this.userFolder,
				label: `n8n execute (${this.options.label})`,
				timeoutMs: CLI_TIMEOUT_MS,
			},
		);
		// n8n 2.41.1's CLI on Node 24 now and then dies of SIGSEGV while shutting down, after it has
		// printed the finished run (seen once in this suite). The run's own result is what counts.
		if (result.code === null && result.signal === 'SIGSEGV') {
			const run = parseRun(result.stdout, label);
			if (run.stoppedAt) {
				console.warn(
					`${label}: n8n crashed (SIGSEGV) after the run finished; its printed result is used`,
				);
				return run;
			}
		}
		if (result.code === 1 && options.acceptFailedRun) {
			const run = parseRun(result.stdout, label);
			if (run.status === 'error') return run;
		}
		if (result.code !== 0) {
			throw new Error(
				`${label} exited with ${result.code ?? result.signal}\nstdout:\n${result.stdout.slice(-4000)}\nstderr:\n${result.stderr.slice(-4000)}`,
			);
		}
		return parseRun(result.stdout, label);
	}

	/** `n8n start` on a free port; resolves once the REST API answers. */
	async start(options: { port?: number } = {}): Promise<N8nServer> {
		const port = options.port ?? (await freePort());
		const env = this.environment({
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_SECURE_COOKIE: 'false',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		});
		const logFile = path.join(this.logFolder, `n8n-start-${port}.log`);
		const child = BackgroundProcess.start(nodeBinary(), [n8nBinary(), 'start'], {
			env,
			cwd: this.userFolder,
			label: `n8n start (${this.options.label})`,
			logFile,
		});
		const server = new N8nServer(`http://127.0.0.1:${port}`, child);
		try {
			await server.waitUntilReady();
		} catch (error) {
			await server.stop();
			throw new Error(`${(error as Error).message}\nn8n's log: ${logFile}`);
		}
		return server;
	}

	/**
	 * `n8n worker` (queue mode), its health server on a free port of 127.0.0.1; resolves once it
	 * is ready, which it reports after it has started taking jobs from the queue.
	 */
	async startWorker(options: { concurrency: number }): Promise<N8nWorker> {
		const port = await freePort();
		const env = this.environment({
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(port),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		});
		const logFile = path.join(this.logFolder, `n8n-worker-${port}.log`);
		const child = BackgroundProcess.start(
			nodeBinary(),
			[n8nBinary(), 'worker', `--concurrency=${options.concurrency}`],
			{ env, cwd: this.userFolder, label: `n8n worker (${this.options.label})`, logFile },
		);
		const worker = new N8nWorker(`http://127.0.0.1:${port}`, child);
		try {
			await worker.waitUntilReady();
		} catch (error) {
			await worker.stop();
			throw new Error(`${(error as Error).message}\nn8n's log: ${logFile}`);
		}
		return worker;
	}
}

/** A running `n8n worker`: its health server and its log. */
export class N8nWorker {
	constructor(
		readonly healthUrl: string,
		private readonly process: BackgroundProcess,
	) {}

	get logFile(): string {
		return this.process.logFile;
	}

	get exitStatus(): string | undefined {
		return this.process.exitStatus;
	}

	async waitUntilReady(timeoutMs = 120_000): Promise<void> {
		const abort = () => (this.process.exitStatus ? `n8n ${this.process.exitStatus}` : undefined);
		// 200 once the database is migrated and Redis is connected (n8n's scaling/worker-server.ts).
		await waitFor(
			`${this.healthUrl}/healthz/readiness`,
			async () => ((await fetch(`${this.healthUrl}/healthz/readiness`)).ok ? true : undefined),
			{ timeoutMs, abort },
		);
	}

	async stop(): Promise<void> {
		await this.process.stop();
	}
}

function expectOutput(result: CommandResult, text: string): void {
	const output = `${result.stdout}\n${result.stderr}`;
	if (!output.includes(text)) {
		throw new Error(
			`Expected "${text}" from n8n, got:\n${output.trim().split('\n').slice(-20).join('\n')}`,
		);
	}
}

export interface Execution {
	id: string;
	status: string;
	mode: string;
	run: N8nRun;
}

/** A running `n8n start`: health, owner setup, and the REST API with the owner's session. */
export class N8nServer {
	private cookie: string | undefined;
	/** The auth cookie is bound to the browser id it was issued with. */
	private readonly browserId = 'ai-credits-e2e-browser';

	constructor(
		readonly url: string,
		private readonly process: BackgroundProcess,
	) {}

	get logFile(): string {
		return this.process.logFile;
	}

	async waitUntilReady(timeoutMs = 120_000): Promise<void> {
		const abort = () => (this.process.exitStatus ? `n8n ${this.process.exitStatus}` : undefined);
		await waitFor(
			`${this.url}/healthz`,
			async () => ((await fetch(`${this.url}/healthz`)).ok ? true : undefined),
			{ timeoutMs, abort },
		);
		// /healthz answers as soon as the port is open; while the database migrates every other
		// route answers 200 "n8n is starting up", and the REST routes are mounted after that.
		await waitFor(
			`${this.url}/healthz/readiness`,
			async () => ((await fetch(`${this.url}/healthz/readiness`)).ok ? true : undefined),
			{ timeoutMs, abort },
		);
		await waitFor(
			`${this.url}/rest/settings`,
			async () => {
				const response = await fetch(`${this.url}/rest/settings`);
				const json = response.ok && response.headers.get('content-type')?.includes('json');
				return json ? true : undefined;
			},
			{ timeoutMs, abort },
		);
	}

	/** POST /rest/owner/setup on a fresh instance; keeps the owner's session cookie. */
	async setupOwner(): Promise<void> {
		const response = await fetch(`${this.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': this.browserId },
			body: JSON.stringify(OWNER),
		});
		if (!response.ok) {
			throw new Error(`Owner setup answered ${response.status}: ${await response.text()}`);
		}
		this.cookie = sessionCookie(response);
	}

	/** Sets up the owner on a fresh instance, or signs in as the owner set up before. */
	async ensureOwner(): Promise<'created' | 'existing'> {
		const response = await fetch(`${this.url}/rest/settings`);
		const settings = (await response.json()) as {
			data: { userManagement: { showSetupOnFirstLoad: boolean } };
		};
		if (settings.data.userManagement.showSetupOnFirstLoad) {
			await this.setupOwner();
			return 'created';
		}
		await this.login();
		return 'existing';
	}

	/** Resolves when n8n has exited, with how it ended. */
	async whenExited(): Promise<string> {
		return await this.process.whenExited();
	}

	/** POST /rest/login as the owner (for an instance whose owner already exists). */
	async login(): Promise<void> {
		const response = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': this.browserId },
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		if (!response.ok)
			throw new Error(`Login answered ${response.status}: ${await response.text()}`);
		this.cookie = sessionCookie(response);
	}

	/** A request with the owner's session, e.g. GET /types/nodes.json. */
	async authorizedFetch(
		route: string,
		init: { method?: string; body?: unknown } = {},
	): Promise<Response> {
		if (!this.cookie) throw new Error('No session: call setupOwner() or login() first');
		return await fetch(`${this.url}${route}`, {
			method: init.method ?? 'GET',
			headers: {
				cookie: this.cookie,
				'browser-id': this.browserId,
				...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: init.body === undefined ? undefined : JSON.stringify(init.body),
		});
	}

	/** A REST call with the owner's session; returns the `data` of n8n's `{ data }` envelope. */
	async rest<T>(method: string, route: string, body?: unknown): Promise<T> {
		const response = await this.authorizedFetch(`/rest${route}`, { method, body });
		const text = await response.text();
		if (!response.ok)
			throw new Error(`${method} /rest${route} answered ${response.status}: ${text}`);
		return (JSON.parse(text) as { data: T }).data;
	}

	/**
	 * What the editor's "Execute workflow" does: a manual run from the given trigger (a polling
	 * trigger then polls once in 'manual' mode), waited for and read back from the executions API.
	 */
	async runManually(
		workflowId: string,
		triggerName: string,
		timeoutMs = 60_000,
	): Promise<Execution> {
		const workflowData = await this.rest<Record<string, unknown>>(
			'GET',
			`/workflows/${workflowId}`,
		);
		const started = await this.rest<{ executionId?: string; waitingForWebhook?: boolean }>(
			'POST',
			`/workflows/${workflowId}/run`,
			{ workflowData, triggerToStartFrom: { name: triggerName } },
		);
		if (!started.executionId) {
			throw new Error(`The manual run did not start: ${JSON.stringify(started)}`);
		}
		const id = started.executionId;
		return await waitFor(`execution ${id} to finish`, async () => await this.execution(id), {
			timeoutMs,
		});
	}

	/** GET /rest/executions/:id: the finished execution with its run data, else undefined. */
	async execution(id: string): Promise<Execution | undefined> {
		const found = await this.rest<{ status: string; mode: string; data: string }>(
			'GET',
			`/executions/${id}`,
		);
		if (['new', 'running', 'waiting'].includes(found.status)) return undefined;
		// n8n can report the status a moment before the run data is stored (seen in 1.x).
		if (typeof found.data !== 'string' || !found.data.includes('resultData')) return undefined;
		return {
			id,
			status: found.status,
			mode: found.mode,
			run: { data: unflatten(found.data) } as N8nRun,
		};
	}

	/** GET /rest/executions of one workflow: id and status of each, newest first (up to 100). */
	async executions(workflowId: string): Promise<Array<{ id: string; status: string }>> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const found = await this.rest<{ results: Array<{ id: string; status: string }> }>(
			'GET',
			`/executions?filter=${filter}&limit=100`,
		);
		return found.results.map(({ id, status }) => ({ id: String(id), status }));
	}

	/**
	 * Activates the workflow's current version (n8n 2.x: POST /rest/workflows/:id/activate with
	 * its `versionId`, packages/cli/src/workflows/workflows.controller.ts).
	 */
	async activate(workflowId: string): Promise<void> {
		const { versionId } = await this.rest<{ versionId: string }>('GET', `/workflows/${workflowId}`);
		const activated = await this.rest<{ activeVersionId?: string | null }>(
			'POST',
			`/workflows/${workflowId}/activate`,
			{ versionId },
		);
		if (!activated.activeVersionId) {
			throw new Error(`Workflow ${workflowId} is not active after activation`);
		}
	}

	async stop(): Promise<void> {
		await this.process.stop();
	}
}

function sessionCookie(response: Response): string {
	const cookies = response.headers.getSetCookie();
	const auth = cookies.find((cookie) => cookie.startsWith('n8n-auth='));
	if (!auth) throw new Error(`No n8n-auth cookie in the answer (got ${cookies.length} cookies)`);
	return auth.split(';')[0];
}

/** Executions are stored "flatted" (a JSON form for shared references); n8n ships the parser. */
function unflatten(data: string): N8nRun['data'] {
	const requireFromN8n = createRequire(path.join(n8nHome(), 'node_modules', 'n8n', 'package.json'));
	const flatted = requireFromN8n('flatted') as { parse(text: string): unknown };
	return flatted.parse(data) as N8nRun['data'];
}
