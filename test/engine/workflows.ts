import type { IConnections, IDataObject, INode, INodeParameters } from 'n8n-workflow';
import type { Sandbox } from '../sandbox/server';
import { sandboxCredentialData } from '../support/sandboxCredentials';
import type { TestCredentials } from './credentialsHelper';
import { PACKAGE_NAME } from '../support/packageInfo';
import type { WorkflowJson } from './runWorkflow';

/** Credentials of the sandbox's default accounts, as a user would fill them in. */
export function sandboxCredentials(
	sandbox: Sandbox,
	overrides: TestCredentials = {},
): TestCredentials {
	const credentials = sandboxCredentialData(sandbox) as TestCredentials;
	for (const [type, data] of Object.entries(overrides)) {
		credentials[type] = { ...credentials[type], ...data };
	}
	return credentials;
}

const CREDENTIAL_TYPES = [
	'aiCreditsGammaApi',
	'aiCreditsStabilityAiApi',
	'aiCreditsImagineArtOAuth2Api',
	'aiCreditsImagineArtApi',
];

let position = 0;

export function manualTrigger(): INode {
	return node('Start', 'n8n-nodes-base.manualTrigger', {});
}

export function fixedItems(name: string, items: IDataObject[]): INode {
	return node(name, 'test.fixedItems', { items: JSON.stringify(items) });
}

export function packageNode(
	name: string,
	type: 'aiCredits' | 'creditGate' | 'aiCreditsTrigger',
	parameters: INodeParameters,
	extra: Partial<INode> = {},
): INode {
	const credentials = Object.fromEntries(
		CREDENTIAL_TYPES.map((credentialType) => [
			credentialType,
			{ id: credentialType, name: `${credentialType} sandbox` },
		]),
	);
	return { ...node(name, `${PACKAGE_NAME}.${type}`, parameters), credentials, ...extra };
}

function node(name: string, type: string, parameters: INodeParameters): INode {
	position += 200;
	return { id: name, name, type, typeVersion: 1, position: [position, 0], parameters };
}

/** Nodes connected one after another, main output 0 to main input 0. */
export function chain(...nodes: INode[]): WorkflowJson {
	const connections: IConnections = {};
	for (let index = 0; index + 1 < nodes.length; index++) {
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return { nodes, connections };
}
