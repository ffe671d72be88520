/**
 * A throwaway PostgreSQL (Debian's `postgresql` package) for n8n's queue mode: a data directory of
 * its own, trust authentication, 127.0.0.1 only, a free port and a socket directory of its own.
 * initdb and postgres refuse to run as root: as root they run as the `postgres` user.
 */
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { tempFolder } from '../support/paths';
import { BackgroundProcess, freePort, runChecked, runCommand, waitFor } from '../support/processes';

export interface Postgres {
	host: string;
	port: number;
	database: string;
	user: string;
	logFile: string;
	/** Stops the server and removes its data directory. */
	stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const DATABASE = 'n8n';

/** The newest /usr/lib/postgresql/<major>/bin (Debian keeps the server binaries off PATH). */
function binaries(): string {
	const root = '/usr/lib/postgresql';
	const majors = existsSync(root)
		? readdirSync(root)
				.filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (majors.length === 0) {
		throw new Error(
			'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql',
		);
	}
	return path.join(root, majors[0], 'bin');
}

/** The command as the `postgres` user when this process is root, as this user otherwise. */
function asServerUser(command: string, args: string[]): [string, string[]] {
	return process.getuid?.() === 0
		? ['runuser', ['-u', SUPERUSER, '--', command, ...args]]
		: [command, args];
}

export async function startPostgres(logFolder: string): Promise<Postgres> {
	const bin = binaries();
	// Its own temp folder: the server user must own it and reach it (the test's folder is 0700).
	const folder = tempFolder('postgres');
	const dataDir = path.join(folder, 'data');
	const socketDir = path.join(folder, 'socket');
	mkdirSync(dataDir);
	mkdirSync(socketDir);
	if (process.getuid?.() === 0) {
		const { uid, gid } = statSync('/var/lib/postgresql');
		for (const entry of [folder, dataDir, socketDir]) chownSync(entry, uid, gid);
	}
	const env = { ...process.env, LC_ALL: 'C.UTF-8' };
	const timeoutMs = 60_000;
	let server: BackgroundProcess | undefined;
	try {
		const [initdb, initArgs] = asServerUser(path.join(bin, 'initdb'), [
			'-D',
			dataDir,
			'-A',
			'trust',
			'-U',
			SUPERUSER,
			'-E',
			'UTF8',
			'--no-sync',
		]);
		await runChecked(initdb, initArgs, { env, label: 'initdb', timeoutMs });

		const port = await freePort();
		const logFile = path.join(logFolder, `postgres-${port}.log`);
		const [postgres, serverArgs] = asServerUser(path.join(bin, 'postgres'), [
			'-D',
			dataDir,
			'-p',
			String(port),
			'-k',
			socketDir,
			'-c',
			'listen_addresses=127.0.0.1',
			// A test database: nothing needs to survive a crash.
			'-c',
			'fsync=off',
			'-c',
			'max_connections=200',
		]);
		server = BackgroundProcess.start(postgres, serverArgs, {
			env,
			label: 'postgres',
			logFile,
		});
		const connection = ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER];
		await waitFor(
			`PostgreSQL on 127.0.0.1:${port}`,
			async () => {
				const ready = await runCommand(path.join(bin, 'pg_isready'), connection, {
					env,
					label: 'pg_isready',
					timeoutMs: 10_000,
				});
				return ready.code === 0 ? true : undefined;
			},
			{ timeoutMs, abort: () => server?.exitStatus && `postgres ${server.exitStatus}` },
		);
		await runChecked(path.join(bin, 'createdb'), [...connection, DATABASE], {
			env,
			label: 'createdb',
			timeoutMs,
		});
		return {
			host: '127.0.0.1',
			port,
			database: DATABASE,
			user: SUPERUSER,
			logFile,
			async stop() {
				// SIGTERM is a "smart" shutdown: n8n's processes are stopped before this.
				await server?.stop();
				rmSync(folder, { recursive: true, force: true });
			},
		};
	} catch (error) {
		await server?.stop();
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
}
