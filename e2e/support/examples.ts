/**
 * The example workflows of examples/*.json, made ready for a given n8n: node types renamed for
 * the way the package is loaded, credential references pointed at imported credentials, the
 * providers' public hosts pointed at the sandbox, and a fixed workflow id to execute.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Sandbox } from '../../test/sandbox/server';
import { sandboxCredentialData, type CredentialData } from '../../test/support/sandboxCredentials';
import { PROVIDERS, PROVIDER_NAMES, type Provider } from '../../nodes/shared/providers/registry';
import { PACKAGE_NAME, PACKAGE_ROOT } from './paths';

export interface CredentialJson {
	id: string;
	name: string;
	type: string;
	data: CredentialData | Record<string, string | number | boolean>;
}

export interface NodeJson {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
	/** On Error; absent is n8n's default, Stop Workflow. */
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
}

export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: NodeJson[];
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

export const EXAMPLES_FOLDER = path.join(PACKAGE_ROOT, 'examples');

/** How n8n names the package's node types: by package name, or CUSTOM for custom extensions. */
export type NodeTypePrefix = typeof PACKAGE_NAME | 'CUSTOM';

interface CredentialTypeInfo {
	type: string;
	provider: Provider;
	/** The Base URL field's default: the provider's public API. */
	publicBaseUrl: string;
	/** It has a Test request (an OAuth2 credential is tested by its Connect step instead). */
	testable: boolean;
}

/** The built credential types, read from dist/ as n8n reads them. */
export function credentialTypes(): CredentialTypeInfo[] {
	const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
	return (manifest.n8n.credentials as string[]).map((file) => {
		const exported = require(path.join(PACKAGE_ROOT, file)) as Record<string, new () => unknown>;
		const instance = new (Object.values(exported)[0])() as {
			name: string;
			properties: Array<{ name: string; default: unknown }>;
			test?: unknown;
		};
		const provider = PROVIDER_NAMES.find((name) =>
			[PROVIDERS[name].credentialType, PROVIDERS[name].apiKeyCredentialType].includes(
				instance.name,
			),
		);
		if (!provider) throw new Error(`Unexpected credential type ${instance.name} in ${file}`);
		const baseUrl = instance.properties.find((property) => property.name === 'baseUrl');
		return {
			type: instance.name,
			provider,
			publicBaseUrl: String(baseUrl?.default ?? ''),
			testable: instance.test !== undefined,
		};
	});
}

/** One credential per credential type for the sandbox's default accounts, as a user fills them in. */
export function sandboxCredentials(sandbox: Sandbox): CredentialJson[] {
	const data = sandboxCredentialData(sandbox);
	return credentialTypes().map(({ type, provider }, index) => ({
		id: `sandbox${index}${provider}`.padEnd(16, '0').slice(0, 16),
		name: `${PROVIDERS[provider].displayName} sandbox (${type})`,
		type,
		data: data[type],
	}));
}

/**
 * The SMTP credential (n8n's own `smtp` type) of the examples that send email, pointed at a
 * server on 127.0.0.1 without authentication or TLS: the e2e's sink (smtpSink.ts), or for
 * `npm run editor` a local catcher such as Mailpit on its port 1025.
 */
export function smtpCredential(port: number): CredentialJson {
	return {
		id: 'e2eSmtp000000000',
		name: `SMTP on 127.0.0.1:${port} (replace with your server)`,
		type: 'smtp',
		data: { host: '127.0.0.1', port, secure: false, disableStartTls: true, user: '', password: '' },
	};
}

/**
 * An OpenAI credential (n8n's `openAiApi`: API Key, Base URL) on the sandbox's scripted model, for
 * the examples with an AI Agent.
 */
export function sandboxModelCredential(sandbox: Sandbox): CredentialJson {
	return {
		id: 'sandboxModel0001',
		name: 'OpenAI sandbox (scripted model)',
		type: 'openAiApi',
		data: { apiKey: sandbox.model.apiKey, url: sandbox.modelBaseUrl },
	};
}

export interface Example {
	/** The file name without .json, e.g. batch-estimate-gate. */
	name: string;
	workflow: WorkflowJson;
}

export function loadExamples(): Example[] {
	return readdirSync(EXAMPLES_FOLDER)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({
			name: file.replace(/\.json$/, ''),
			workflow: JSON.parse(readFileSync(path.join(EXAMPLES_FOLDER, file), 'utf8')) as WorkflowJson,
		}));
}

/** A stable workflow id per example (n8n wants at most 21 characters). */
export function exampleWorkflowId(name: string): string {
	return `aic${createHash('sha1').update(name).digest('hex').slice(0, 13)}`;
}

/** The example as it is imported into an n8n loaded one way or the other, against the sandbox. */
export function prepareExample(
	example: Example,
	options: { prefix: NodeTypePrefix; credentials: CredentialJson[]; sandbox: Sandbox },
): WorkflowJson {
	let text = JSON.stringify(example.workflow);
	for (const { provider, publicBaseUrl } of credentialTypes()) {
		if (publicBaseUrl) text = text.split(publicBaseUrl).join(options.sandbox.baseUrls[provider]);
	}
	const workflow = JSON.parse(text) as WorkflowJson;
	workflow.id = exampleWorkflowId(example.name);
	for (const node of workflow.nodes) {
		if (node.type.startsWith(`${PACKAGE_NAME}.`)) {
			node.type = `${options.prefix}.${node.type.slice(PACKAGE_NAME.length + 1)}`;
		}
		for (const type of Object.keys(node.credentials ?? {})) {
			const credential = options.credentials.find((candidate) => candidate.type === type);
			if (!credential) throw new Error(`${example.name}: no credential of type ${type} to use`);
			node.credentials![type] = { id: credential.id, name: credential.name };
		}
	}
	return workflow;
}
