/**
 * A ready n8n for the package: the sandbox on 127.0.0.1, the package loaded one of the two ways
 * users load it, one credential per provider pointing at the sandbox (and an SMTP credential on
 * 127.0.0.1 for the examples that send email), and the examples imported.
 * Used by the end-to-end tests, `npm run screenshots` and `npm run editor`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../test/sandbox/server';
import {
	exampleWorkflowId,
	loadExamples,
	prepareExample,
	sandboxCredentials,
	smtpCredential,
	sandboxModelCredential,
	type CredentialJson,
	type NodeTypePrefix,
	type WorkflowJson,
} from './examples';
import { N8n } from './n8n';
import { installCommunityPackage, packPackage, unpackPackage } from './packageInstall';
import { assertBuilt, PACKAGE_NAME } from './paths';

export interface LoadMode {
	/** e.g. "custom extensions". */
	label: string;
	prefix: NodeTypePrefix;
	/**
	 * Makes the packed package available to n8n before its first command; returns the value of
	 * N8N_CUSTOM_EXTENSIONS for this way of loading, if it needs one.
	 */
	install(n8n: N8n, folder: string): Promise<string | undefined>;
}

/**
 * What a self-hosted admin does with a release: the tarball unpacked into a folder of its own
 * (no node_modules: n8n's own n8n-workflow is used, as for every user) and N8N_CUSTOM_EXTENSIONS
 * pointing at it. Node types are then CUSTOM.<name>.
 */
export const CUSTOM_EXTENSIONS: LoadMode = {
	label: 'custom extensions (N8N_CUSTOM_EXTENSIONS, unpacked tarball)',
	prefix: 'CUSTOM',
	async install(_n8n, folder) {
		return await unpackPackage(await packPackage(folder), path.join(folder, 'extension'));
	},
};

/**
 * What n8n users get: `npm pack`, then `npm install --legacy-peer-deps <tgz>` inside
 * <user folder>/.n8n/nodes, as the Community Nodes panel installs packages.
 */
export const COMMUNITY_PACKAGE: LoadMode = {
	label: 'a community package (npm pack + npm install in .n8n/nodes)',
	prefix: PACKAGE_NAME as NodeTypePrefix,
	async install(n8n, folder) {
		const tarball = await packPackage(folder);
		await installCommunityPackage(n8n.nodesFolder, tarball);
		return undefined;
	},
};

export interface Instance {
	folder: string;
	mode: LoadMode;
	sandbox: Sandbox;
	n8n: N8n;
	/** The package's credentials, one per credential type (the SMTP and OpenAI ones are not among them). */
	credentials: CredentialJson[];
	/** The OpenAI credential of the examples with an AI Agent, on the sandbox's scripted model. */
	modelCredential: CredentialJson;
	/** The examples as imported, by file name (without .json). */
	workflows: Map<string, WorkflowJson>;
	/** Closes the sandbox; removes the folder unless told to keep it. */
	close(options?: { keepFolder?: boolean }): Promise<void>;
}

/** Sandbox, package, credentials and examples in the n8n of `folder` (created when missing). */
export async function prepareInstance(
	folder: string,
	mode: LoadMode,
	options: {
		sandbox?: SandboxOptions;
		/** Where the examples' SMTP credential sends: the e2e's sink; 1025 (Mailpit's) if not given. */
		smtpPort?: number;
	} = {},
): Promise<Instance> {
	assertBuilt();
	const sandbox = await startSandbox(options.sandbox);
	try {
		const n8n = new N8n(folder, { label: mode.label });
		rmSync(path.join(n8n.nodesFolder, 'node_modules', PACKAGE_NAME), {
			recursive: true,
			force: true,
		});
		n8n.customExtensions = await mode.install(n8n, folder);
		const credentials = sandboxCredentials(sandbox);
		const modelCredential = sandboxModelCredential(sandbox);
		const imported = [...credentials, smtpCredential(options.smtpPort ?? 1025), modelCredential];
		await n8n.importCredentials(imported);
		const workflows = new Map(
			loadExamples().map((example) => [
				example.name,
				prepareExample(example, { prefix: mode.prefix, credentials: imported, sandbox }),
			]),
		);
		await n8n.importWorkflows([...workflows.values()]);
		return {
			folder,
			mode,
			sandbox,
			n8n,
			credentials,
			modelCredential,
			workflows,
			async close({ keepFolder = false } = {}) {
				await sandbox.close();
				if (!keepFolder) rmSync(folder, { recursive: true, force: true });
			},
		};
	} catch (error) {
		await sandbox.close();
		throw error;
	}
}

export { exampleWorkflowId };
