/**
 * A throwaway Redis (Debian's `redis-server`) for n8n's job queue: 127.0.0.1 and a free port,
 * nothing persisted.
 */
import { existsSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { tempFolder } from '../support/paths';
import { BackgroundProcess, freePort, waitFor } from '../support/processes';

export interface Redis {
	host: string;
	port: number;
	logFile: string;
	/** Stops the server and removes its folder. */
	stop(): Promise<void>;
}

const REDIS_SERVER = '/usr/bin/redis-server';

/** Resolves with Redis's answer to PING (`+PONG`), or rejects when it does not answer. */
function ping(port: number): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = createConnection({ host: '127.0.0.1', port });
		socket.setTimeout(2_000, () => socket.destroy(new Error('no answer')));
		socket.once('error', reject);
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.end();
			resolve(data.toString('utf8').trim());
		});
	});
}

export async function startRedis(logFolder: string): Promise<Redis> {
	if (!existsSync(REDIS_SERVER)) {
		throw new Error(`Redis is not installed (no ${REDIS_SERVER}): apt-get install redis-server`);
	}
	const folder = tempFolder('redis');
	const port = await freePort();
	const logFile = path.join(logFolder, `redis-${port}.log`);
	const server = BackgroundProcess.start(
		REDIS_SERVER,
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ env: process.env, cwd: folder, label: 'redis-server', logFile },
	);
	const stop = async () => {
		await server.stop();
		rmSync(folder, { recursive: true, force: true });
	};
	try {
		await waitFor(
			`Redis on 127.0.0.1:${port}`,
			async () => ((await ping(port)) === '+PONG' ? true : undefined),
			{ timeoutMs: 30_000, abort: () => server.exitStatus && `redis-server ${server.exitStatus}` },
		);
	} catch (error) {
		await stop();
		throw error;
	}
	return { host: '127.0.0.1', port, logFile, stop };
}
