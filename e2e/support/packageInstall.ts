/** The package as users install it: `npm pack`, then what n8n's Community Nodes panel runs. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_NAME, PACKAGE_ROOT } from './paths';
import { runChecked } from './processes';

const NPM_TIMEOUT_MS = 180_000;

function npmEnvironment(): NodeJS.ProcessEnv {
	return {
		...process.env,
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	};
}

/**
 * `npm pack` of the built package into `destination`; returns the .tgz path. The tarball is what
 * a release ships: dist/ and package.json, never the checkout's node_modules.
 */
export async function packPackage(destination: string): Promise<string> {
	const result = await runChecked(
		'npm',
		['pack', '--ignore-scripts', '--json', `--pack-destination=${destination}`],
		{ env: npmEnvironment(), cwd: PACKAGE_ROOT, label: 'npm pack', timeoutMs: NPM_TIMEOUT_MS },
	);
	const start = result.stdout.indexOf('[');
	const [packed] = JSON.parse(result.stdout.slice(start)) as Array<{ filename: string }>;
	return path.join(destination, packed.filename);
}

/**
 * Installs the tarball into `<user folder>/.n8n/nodes` with `npm install --legacy-peer-deps`, as
 * the Community Nodes panel does, and returns the installed package's folder.
 */
export async function installCommunityPackage(
	nodesFolder: string,
	tarball: string,
): Promise<string> {
	mkdirSync(nodesFolder, { recursive: true });
	writeFileSync(
		path.join(nodesFolder, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true }, null, 2),
	);
	await runChecked(
		'npm',
		['install', '--legacy-peer-deps', '--no-package-lock', '--ignore-scripts', tarball],
		{
			env: npmEnvironment(),
			cwd: nodesFolder,
			label: 'npm install of the packed package',
			timeoutMs: NPM_TIMEOUT_MS,
		},
	);
	const installed = path.join(nodesFolder, 'node_modules', PACKAGE_NAME);
	const files = readdirSync(installed);
	if (!files.includes('package.json') || !files.includes('dist')) {
		throw new Error(
			`${installed} has no package.json and dist/ after npm install (has ${files.join(', ')})`,
		);
	}
	return installed;
}

/** Unpacks a tarball made by packPackage into `destination` (emptied first); returns it. */
export async function unpackPackage(tarball: string, destination: string): Promise<string> {
	rmSync(destination, { recursive: true, force: true });
	mkdirSync(destination, { recursive: true });
	await runChecked('tar', ['-xzf', tarball, '-C', destination, '--strip-components=1'], {
		env: process.env,
		label: 'tar -x of the packed package',
		timeoutMs: NPM_TIMEOUT_MS,
	});
	if (!existsSync(path.join(destination, 'package.json'))) {
		throw new Error(`${tarball} has no package/package.json`);
	}
	if (existsSync(path.join(destination, 'node_modules'))) {
		throw new Error(`${tarball} ships a node_modules folder`);
	}
	return destination;
}
