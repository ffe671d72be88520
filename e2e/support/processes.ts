/**
 * Child processes for the end-to-end tests: every one runs in its own process group (n8n starts a
 * task runner of its own), output is read to the end (never cut short: n8n can hang on a closed
 * pipe), waits are bounded, and whatever is still running when this process exits is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';

export interface CommandResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	ms: number;
}

export interface SpawnOptions {
	env: NodeJS.ProcessEnv;
	cwd?: string;
	/** Named in errors and logs. */
	label: string;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone.
	}
}

// A safety net for a test that throws before its cleanup: no n8n outlives the test process.
process.once('exit', () => {
	for (const child of running) killGroup(child, 'SIGKILL');
});

/** Spawns in its own process group, output piped, and killed at exit if still running. */
function spawnInGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
	const child = spawn(command, args, {
		env: options.env,
		cwd: options.cwd,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	running.add(child);
	child.once('exit', () => running.delete(child));
	return child;
}

function tail(text: string, lines = 40): string {
	return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs a command to its end (or kills its group at the timeout) and returns all its output. */
export function runCommand(
	command: string,
	args: string[],
	options: SpawnOptions & { timeoutMs: number },
): Promise<CommandResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawnInGroup(command, args, options);
		let stdout = '';
		let stderr = '';
		child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const timer = setTimeout(() => {
			killGroup(child, 'SIGKILL');
			reject(
				new Error(
					`${options.label} did not finish within ${options.timeoutMs / 1000} s and was killed\n` +
						`stdout:\n${tail(stdout)}\nstderr:\n${tail(stderr)}`,
				),
			);
		}, options.timeoutMs);
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(new Error(`${options.label} could not start: ${error.message}`));
		});
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			// The task runner may outlive its parent for a moment: end the whole group.
			killGroup(child, 'SIGKILL');
			resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/** Like runCommand, but a non-zero exit is an error that shows the command's last output. */
export async function runChecked(
	command: string,
	args: string[],
	options: SpawnOptions & { timeoutMs: number },
): Promise<CommandResult> {
	const result = await runCommand(command, args, options);
	if (result.code !== 0) {
		throw new Error(
			`${options.label} exited with ${result.code ?? result.signal}\n` +
				`stdout:\n${tail(result.stdout)}\nstderr:\n${tail(result.stderr)}`,
		);
	}
	return result;
}

/** A long-running process (n8n start) whose output goes to a log file. */
export class BackgroundProcess {
	private exited: Promise<void>;
	private exitInfo: string | undefined;

	private constructor(
		private readonly child: ChildProcess,
		private readonly log: WriteStream,
		readonly label: string,
		readonly logFile: string,
	) {
		this.exited = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				this.exitInfo = `exited with ${code ?? signal}`;
				resolve();
			});
		});
	}

	static start(
		command: string,
		args: string[],
		options: SpawnOptions & { logFile: string },
	): BackgroundProcess {
		const log = createWriteStream(options.logFile, { flags: 'a' });
		const child = spawnInGroup(command, args, options);
		child.stdout?.pipe(log, { end: false });
		child.stderr?.pipe(log, { end: false });
		return new BackgroundProcess(child, log, options.label, options.logFile);
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	/** Resolves when the process has exited, with how it ended. */
	async whenExited(): Promise<string> {
		await this.exited;
		return this.exitInfo ?? 'exited';
	}

	/** Undefined while it runs; else how it ended. */
	get exitStatus(): string | undefined {
		return this.exitInfo;
	}

	/** SIGTERM to the group, SIGKILL if it has not exited after `graceMs`. */
	async stop(graceMs = 10_000): Promise<void> {
		if (this.exitInfo === undefined) {
			killGroup(this.child, 'SIGTERM');
			const timer = setTimeout(() => killGroup(this.child, 'SIGKILL'), graceMs);
			await this.exited;
			clearTimeout(timer);
		}
		killGroup(this.child, 'SIGKILL');
		await new Promise<void>((resolve) => this.log.end(resolve));
	}
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
	what: string,
	check: () => Promise<T | undefined>,
	options: { timeoutMs: number; intervalMs?: number; abort?: () => string | undefined },
): Promise<T> {
	const deadline = Date.now() + options.timeoutMs;
	let lastError: unknown;
	for (;;) {
		const abortReason = options.abort?.();
		if (abortReason) throw new Error(`Gave up waiting for ${what}: ${abortReason}`);
		try {
			const value = await check();
			if (value !== undefined) return value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() > deadline) {
			const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
			throw new Error(`Timed out after ${options.timeoutMs / 1000} s waiting for ${what}${detail}`);
		}
		await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
	}
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
		});
	});
}
