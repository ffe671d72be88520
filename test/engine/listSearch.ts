import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type INode, type INodeListSearchResult } from 'n8n-workflow';
import { createAdditionalData } from './additionalData';
import type { TestCredentials } from './credentialsHelper';
import { loadPackage } from './nodeTypes';

/**
 * Runs a node's resource-locator list search as the editor does when a user opens or scrolls
 * the list: the node type's `methods.listSearch[method]` on a real LoadOptionsContext.
 */
export async function runListSearch(
	node: INode,
	method: string,
	credentials: TestCredentials,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const search = nodeType.methods?.listSearch?.[method];
	if (!search) throw new Error(`${node.type} has no list search ${method}`);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = createAdditionalData(credentials, credentialTypes, 'list-search');
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await search.call(context, filter, paginationToken);
}
