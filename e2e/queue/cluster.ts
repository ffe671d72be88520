/**
 * n8n in queue mode, as users scale it past one machine (https://docs.n8n.io/hosting/scaling/queue-mode/):
 * PostgreSQL and Redis on 127.0.0.1, one `n8n start` (main: editor, REST, webhooks, triggers and
 * pollers) and `n8n worker`s that take the production executions from the queue. Every process
 * has its own user folder and task-broker port and shares the database, the queue, the encryption
 * key and the package folder (N8N_CUSTOM_EXTENSIONS).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CredentialJson, WorkflowJson } from '../support/examples';
import { N8n, type N8nServer, type N8nWorker } from '../support/n8n';
import { startPostgres, type Postgres } from './postgres';
import { startRedis, type Redis } from './redis';

export interface ClusterOptions {
	/** Everything of the cluster lives under it; removed by close() unless told to keep it. */
	folder: string;
	/** N8N_CUSTOM_EXTENSIONS of every process. */
	customExtensions: string;
	credentials: CredentialJson[];
	workflows: WorkflowJson[];
	workers: number;
	/** Jobs each worker runs at once (`n8n worker --concurrency`). */
	concurrency: number;
}

/** Which n8n process ran an execution, by the process's log. */
export type Runner = `worker ${number}` | 'main' | 'unknown';

export interface Timings {
	postgresAndRedisMs: number;
	importMs: number;
	mainMs: number;
	workersMs: number;
}

export class Cluster {
	private mainServer: N8nServer | undefined;
	private mainPort: number | undefined;
	/** Main writes to the same log across restarts (one file per port). */
	private mainLogFile: string | undefined;
	readonly workers: N8nWorker[] = [];
	readonly timings: Timings = { postgresAndRedisMs: 0, importMs: 0, mainMs: 0, workersMs: 0 };

	private constructor(
		private readonly options: ClusterOptions,
		readonly postgres: Postgres,
		readonly redis: Redis,
		readonly mainN8n: N8n,
	) {}

	static async start(options: ClusterOptions): Promise<Cluster> {
		const logFolder = path.join(options.folder, 'logs');
		mkdirSync(logFolder, { recursive: true });
		let started = Date.now();
		const [postgres, redis] = await Promise.allSettled([
			startPostgres(logFolder),
			startRedis(logFolder),
		]);
		if (postgres.status === 'rejected' || redis.status === 'rejected') {
			if (postgres.status === 'fulfilled') await postgres.value.stop();
			if (redis.status === 'fulfilled') await redis.value.stop();
			throw postgres.status === 'rejected'
				? postgres.reason
				: (redis as PromiseRejectedResult).reason;
		}
		const env: Record<string, string> = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: redis.value.host,
			QUEUE_BULL_REDIS_PORT: String(redis.value.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: postgres.value.host,
			DB_POSTGRESDB_PORT: String(postgres.value.port),
			DB_POSTGRESDB_DATABASE: postgres.value.database,
			DB_POSTGRESDB_USER: postgres.value.user,
			DB_POSTGRESDB_PASSWORD: '',
		};
		const n8n = (name: string) => {
			const instance = new N8n(path.join(options.folder, name), { label: `queue ${name}`, env });
			instance.customExtensions = options.customExtensions;
			return instance;
		};
		const workerN8ns = Array.from({ length: options.workers }, (_, index) =>
			n8n(`worker${index + 1}`),
		);
		const cluster = new Cluster(options, postgres.value, redis.value, n8n('main'));
		cluster.timings.postgresAndRedisMs = Date.now() - started;
		try {
			started = Date.now();
			// The CLI migrates the shared database before it imports.
			await cluster.mainN8n.importCredentials(options.credentials);
			await cluster.mainN8n.importWorkflows(options.workflows);
			cluster.timings.importMs = Date.now() - started;
			started = Date.now();
			await cluster.startMain();
			cluster.timings.mainMs = Date.now() - started;
			started = Date.now();
			const workers = await Promise.allSettled(
				workerN8ns.map((worker) => worker.startWorker({ concurrency: options.concurrency })),
			);
			for (const worker of workers) {
				if (worker.status === 'fulfilled') cluster.workers.push(worker.value);
			}
			const failed = workers.find((worker) => worker.status === 'rejected');
			if (failed) throw (failed as PromiseRejectedResult).reason;
			cluster.timings.workersMs = Date.now() - started;
			return cluster;
		} catch (error) {
			await cluster.close();
			throw error;
		}
	}

	get main(): N8nServer {
		if (!this.mainServer) throw new Error('n8n main is not running');
		return this.mainServer;
	}

	/** Starts main (again on the same port after stopMain) and signs in as the owner. */
	async startMain(): Promise<void> {
		if (this.mainServer) throw new Error('n8n main is already running');
		const server = await this.mainN8n.start({ port: this.mainPort });
		this.mainServer = server;
		this.mainPort = Number(new URL(server.url).port);
		this.mainLogFile = server.logFile;
		await server.ensureOwner();
	}

	async stopMain(): Promise<void> {
		const server = this.mainServer;
		this.mainServer = undefined;
		await server?.stop();
	}

	/**
	 * Which process ran each execution: a worker logs "Worker started execution <id> (job <job>)"
	 * when it takes the job (packages/cli/src/scaling/job-processor.ts); main logs "Enqueued
	 * execution <id>" when it queues it (scaling.service.ts). n8n's execution records do not say.
	 */
	runners(executionIds: string[]): Map<string, Runner> {
		const logs = this.workers.map((worker) => readFileSync(worker.logFile, 'utf8'));
		const mainLog = this.mainLog();
		return new Map(
			executionIds.map((id) => {
				const started = new RegExp(`Worker started execution ${id} \\(job `);
				const index = logs.findIndex((log) => started.test(log));
				if (index >= 0) return [id, `worker ${index + 1}` as Runner];
				return [id, started.test(mainLog) ? 'main' : 'unknown'];
			}),
		);
	}

	/** Whether main queued the execution rather than running it itself. */
	enqueued(executionId: string): boolean {
		return new RegExp(`Enqueued execution ${executionId} \\(job `).test(this.mainLog());
	}

	private mainLog(): string {
		return this.mainLogFile ? readFileSync(this.mainLogFile, 'utf8') : '';
	}

	/** Every log file of the cluster, for a failure message. */
	logFiles(): string[] {
		return [
			this.mainLogFile,
			...this.workers.map((worker) => worker.logFile),
			this.postgres.logFile,
			this.redis.logFile,
		].filter((file): file is string => file !== undefined);
	}

	/** Stops every process (workers, main, then Redis and PostgreSQL) and removes the folder. */
	async close({ keepFolder = false } = {}): Promise<void> {
		const results = await Promise.allSettled([
			...this.workers.map((worker) => worker.stop()),
			this.stopMain(),
		]);
		results.push(...(await Promise.allSettled([this.redis.stop(), this.postgres.stop()])));
		if (!keepFolder) rmSync(this.options.folder, { recursive: true, force: true });
		const failed = results.find((result) => result.status === 'rejected');
		if (failed) throw (failed as PromiseRejectedResult).reason;
	}
}
