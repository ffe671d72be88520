import { PackageDirectoryLoader } from 'n8n-core';
import {
	NodeHelpers,
	type ICredentialType,
	type IDataObject,
	type INodeType,
	type INodeTypes,
	type IVersionedNodeType,
} from 'n8n-workflow';
import { PACKAGE_NAME, PACKAGE_ROOT } from '../support/packageInfo';
import {
	FixedItemsNode,
	ManualTriggerStandIn,
	NoOpStandIn,
	ReadGammaParametersNode,
} from './testNodes';

export interface LoadedPackage {
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
}

let loaded: Promise<LoadedPackage> | undefined;

/**
 * Loads the built package (dist/) the way n8n does, with n8n-core's PackageDirectoryLoader, and
 * registers its nodes as `n8n-nodes-ai-credits.<name>` next to the stand-in base nodes.
 */
export async function loadPackage(): Promise<LoadedPackage> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		const byType: Record<string, INodeType | IVersionedNodeType> = {
			'n8n-nodes-base.manualTrigger': new ManualTriggerStandIn(),
			'n8n-nodes-base.noOp': new NoOpStandIn(),
			'test.fixedItems': new FixedItemsNode(),
			'test.readGammaParameters': new ReadGammaParametersNode(),
		};
		for (const [name, data] of Object.entries(loader.nodeTypes)) {
			byType[`${PACKAGE_NAME}.${name}`] = data.type;
		}
		const credentialTypes: Record<string, ICredentialType> = {};
		for (const [name, data] of Object.entries(loader.credentialTypes)) {
			credentialTypes[name] = data.type;
		}
		const nodeTypes: INodeTypes = {
			getByName: (type) => lookup(byType, type),
			getByNameAndVersion: (type, version) =>
				NodeHelpers.getVersionedNodeType(lookup(byType, type), version),
			getKnownTypes: () => ({}) as IDataObject,
		};
		return { nodeTypes, credentialTypes };
	})();
	return await loaded;
}

function lookup(byType: Record<string, INodeType | IVersionedNodeType>, type: string) {
	const nodeType = byType[type];
	if (!nodeType) throw new Error(`Unknown node type in test workflow: ${type}`);
	return nodeType;
}
