import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PACKAGE_NAME, PACKAGE_ROOT } from '../../test/support/packageInfo';
import {
	cacheRoot,
	DEFAULT_N8N_VERSION,
	n8nVersion,
	type N8nVersion,
} from '../../test/support/n8nVersions';

export { PACKAGE_NAME, PACKAGE_ROOT };

/**
 * The n8n under test: AI_CREDITS_N8N_VERSION (e2e/run.sh sets it for each leg of the matrix), or
 * the default of e2e/n8n/versions.json.
 */
export const N8N: N8nVersion = n8nVersion(
	process.env.AI_CREDITS_N8N_VERSION ?? DEFAULT_N8N_VERSION,
);
export const N8N_VERSION = N8N.n8n;

/** Where e2e/install-n8n.sh put this n8n. */
export function n8nHome(): string {
	return path.join(cacheRoot(), `n8n-${N8N_VERSION}`);
}

export function n8nBinary(): string {
	const binary = path.join(n8nHome(), 'node_modules', 'n8n', 'bin', 'n8n');
	if (!existsSync(binary)) {
		throw new Error(
			`n8n ${N8N_VERSION} is not installed at ${binary}: run bash e2e/install-n8n.sh ${N8N_VERSION}`,
		);
	}
	return binary;
}

/** The Node this n8n runs on: the machine's (a major version in versions.json) or the cached one. */
export function nodeBinary(): string {
	if (!N8N.node.includes('.')) {
		const major = process.versions.node.split('.')[0];
		if (major !== N8N.node) {
			throw new Error(`n8n ${N8N_VERSION} is tested on Node ${N8N.node}; this is Node ${major}`);
		}
		return process.execPath;
	}
	const binary = path.join(cacheRoot(), 'tools', `node-${N8N.node}`, 'package', 'bin', 'node');
	if (!existsSync(binary)) {
		throw new Error(
			`Node ${N8N.node} is not at ${binary}: run bash e2e/install-n8n.sh ${N8N_VERSION}`,
		);
	}
	return binary;
}

/** The built package must exist: the tests pack dist/, as a release does. */
export function assertBuilt(): void {
	const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
	const files: string[] = [...manifest.n8n.nodes, ...manifest.n8n.credentials];
	const missing = files.filter((file) => !existsSync(path.join(PACKAGE_ROOT, file)));
	if (missing.length > 0) {
		throw new Error(`The package is not built (missing ${missing.join(', ')}): run npm run build`);
	}
}

/** A fresh folder under the system temp dir. */
export function tempFolder(prefix: string): string {
	return mkdtempSync(path.join(tmpdir(), `ai-credits-${prefix}-`));
}
