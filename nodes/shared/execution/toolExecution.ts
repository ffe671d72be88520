import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Whether the node runs as an AI agent's tool. n8n runs a tool as the `<type>Tool` variant it
 * derives from `usableAsTool`; its AI Agent 3.x runs that variant as an ordinary node, where
 * isToolExecution() answers false (n8n's execute-context.ts), so the type name decides, and
 * isToolExecution() where n8n has it covers the other paths.
 */
export function isToolExecution(ctx: IExecuteFunctions): boolean {
	if (ctx.getNode().type.endsWith('Tool')) return true;
	return typeof ctx.isToolExecution === 'function' && ctx.isToolExecution();
}
