/**
 * n8n's Data Tables through the REST API the editor uses, with the owner's session: the same
 * routes in 1.123.81, 2.8.4 and 2.41.1 (`/rest/projects/:projectId/data-tables`, n8n's
 * packages/cli/src/modules/data-table/data-table.controller.ts), under the owner's personal
 * project (`GET /rest/projects/personal`). And the examples pointed at a table: they reference
 * it by a placeholder id, as a user's import does, until the table is picked.
 */
import type { N8nServer } from './n8n';
import type { NodeJson, WorkflowJson } from './examples';

/** The column types n8n's Data Tables have. */
export type ColumnType = 'string' | 'number' | 'boolean' | 'date';

export type RowValue = string | number | boolean | null;

/** A row as the REST API returns it: the columns, and n8n's own id, createdAt, updatedAt. */
export type TableRow = Record<string, RowValue> & { id: number };

/** The placeholder the examples carry in each Data table node until the user picks a table. */
export const DATA_TABLE_PLACEHOLDER = 'REPLACE_WITH_YOUR_DATA_TABLE_ID';

/** The examples that read or write the spend table. */
export const SPEND_EXAMPLES = ['spend-ledger', 'weekly-spend-report', 'monthly-budget-gate'];

/** The Data Table the spend examples use, and its columns: the flat `creditSpend` record. */
export const SPEND_TABLE = {
	name: 'AI credit spend',
	columns: [
		{ name: 'provider', type: 'string' },
		{ name: 'operation', type: 'string' },
		{ name: 'model', type: 'string' },
		{ name: 'credits', type: 'number' },
		{ name: 'estimateMin', type: 'number' },
		{ name: 'estimateMax', type: 'number' },
		{ name: 'at', type: 'date' },
		{ name: 'workflowId', type: 'string' },
		{ name: 'executionId', type: 'string' },
		{ name: 'reference', type: 'string' },
	] as Array<{ name: string; type: ColumnType }>,
};

export class DataTables {
	private constructor(
		private readonly server: N8nServer,
		readonly projectId: string,
	) {}

	static async of(server: N8nServer): Promise<DataTables> {
		const project = await server.rest<{ id: string }>('GET', '/projects/personal');
		return new DataTables(server, project.id);
	}

	private route(path = ''): string {
		return `/projects/${this.projectId}/data-tables${path}`;
	}

	/** The tables of the project (GET …/data-tables answers `{ count, data }`). */
	async list(): Promise<Array<{ id: string; name: string }>> {
		const found = await this.server.rest<{ data: Array<{ id: string; name: string }> }>(
			'GET',
			this.route('?take=100'),
		);
		return found.data;
	}

	/** A new table (the name must be unique in the project); returns its id. */
	async create(name: string, columns: Array<{ name: string; type: ColumnType }>): Promise<string> {
		const created = await this.server.rest<{ id: string }>('POST', this.route(), {
			name,
			columns,
		});
		return created.id;
	}

	/** Deletes the project's tables of that name, then creates it empty. */
	async recreate(
		name: string,
		columns: Array<{ name: string; type: ColumnType }>,
	): Promise<string> {
		for (const table of await this.list()) {
			if (table.name === name) await this.server.rest('DELETE', this.route(`/${table.id}`));
		}
		return await this.create(name, columns);
	}

	/** Appends rows; 1.123.81 requires returnType (2.x defaults it to 'count'). */
	async insert(tableId: string, rows: Array<Record<string, RowValue>>): Promise<void> {
		await this.server.rest('POST', this.route(`/${tableId}/insert`), {
			data: rows,
			returnType: 'count',
		});
	}

	/** Every row, oldest first. */
	async rows(tableId: string): Promise<TableRow[]> {
		const rows: TableRow[] = [];
		for (;;) {
			const page = await this.server.rest<{ count: number; data: TableRow[] }>(
				'GET',
				this.route(`/${tableId}/rows?skip=${rows.length}&take=100`),
			);
			rows.push(...page.data);
			if (page.data.length === 0 || rows.length >= page.count) {
				return rows.sort((a, b) => a.id - b.id);
			}
		}
	}
}

/** The Data table nodes of a workflow (n8n-nodes-base.dataTable). */
export function dataTableNodes(workflow: { nodes: NodeJson[] }): NodeJson[] {
	return workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.dataTable');
}

/**
 * Saves the workflow with its Data table nodes pointed at the table, as a user does after import
 * by picking it from the node's list (PATCH /rest/workflows/:id with the versionId it has;
 * forceSave, as the editor saves without sharing).
 */
export async function pointAtTable(
	server: N8nServer,
	workflowId: string,
	tableId: string,
): Promise<void> {
	const saved = await server.rest<WorkflowJson & { versionId: string }>(
		'GET',
		`/workflows/${workflowId}`,
	);
	const nodes = dataTableNodes(saved);
	if (nodes.length === 0) throw new Error(`Workflow ${workflowId} has no Data table node`);
	for (const node of nodes) {
		node.parameters.dataTableId = { ...(node.parameters.dataTableId as object), value: tableId };
	}
	await server.rest('PATCH', `/workflows/${workflowId}?forceSave=true`, {
		nodes: saved.nodes,
		connections: saved.connections,
		versionId: saved.versionId,
	});
}
