import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Whether the node runs as an AI agent's tool: n8n's isToolExecution() where it has it; before
 * that, n8n named the tool variant of a node `<type>Tool`.
 */
export function isToolExecution(ctx: IExecuteFunctions): boolean {
	if (typeof ctx.isToolExecution === 'function') return ctx.isToolExecution();
	return ctx.getNode().type.endsWith('Tool');
}
