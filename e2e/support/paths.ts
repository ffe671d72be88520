import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

import { PACKAGE_NAME, PACKAGE_ROOT } from '../../test/support/packageInfo';

export { PACKAGE_NAME, PACKAGE_ROOT };

/** The version e2e/install-n8n.sh installs (from e2e/n8n/package.json). */
export const N8N_VERSION: string = JSON.parse(
	readFileSync(path.join(PACKAGE_ROOT, 'e2e', 'n8n', 'package.json'), 'utf8'),
).dependencies.n8n;

/** Where e2e/install-n8n.sh put n8n (same default and override). */
export function n8nHome(): string {
	return (
		process.env.AI_CREDITS_N8N_HOME ??
		path.join(homedir(), '.cache', 'n8n-nodes-ai-credits', `n8n-${N8N_VERSION}`)
	);
}

export function n8nBinary(): string {
	const binary = path.join(n8nHome(), 'node_modules', 'n8n', 'bin', 'n8n');
	if (!existsSync(binary)) {
		throw new Error(`n8n is not installed at ${binary}: run bash e2e/install-n8n.sh first`);
	}
	return binary;
}

/** The built package must exist: the tests load dist/, as n8n does. */
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
