import type {
	IDataObject,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

export interface StartedGeneration {
	itemIndex: number;
	generationId: string;
}

interface ListedGeneration extends IDataObject {
	itemIndex: number;
	generationId: string;
	status: string;
	gammaUrl: string | null;
	credits: number | null;
}

/**
 * The error that stops a generation batch, with every generation the batch started: the ones
 * that finished (paid for, and in no output once the node throws) and the ones whose item failed
 * after starting (they may still be charged). In the description for the user, and as
 * `context.startedGenerations` for a workflow's error handling.
 */
export function listStartedGenerations<E extends NodeApiError | NodeOperationError>(
	nodeError: E,
	results: ReadonlyArray<INodeExecutionData | undefined>,
	unfinished: readonly StartedGeneration[],
): E {
	const listed: ListedGeneration[] = [];
	results.forEach((output, itemIndex) => {
		const generation = output?.json.gammaGeneration as IDataObject | undefined;
		if (typeof generation?.generationId !== 'string' || generation.status === 'refused') return;
		const credits = (generation.credits as IDataObject | null)?.deducted;
		listed.push({
			itemIndex,
			generationId: generation.generationId,
			status: String(generation.status),
			gammaUrl: typeof generation.gammaUrl === 'string' ? generation.gammaUrl : null,
			credits: typeof credits === 'number' ? credits : null,
		});
	});
	for (const { itemIndex, generationId } of unfinished) {
		listed.push({ itemIndex, generationId, status: 'unknown', gammaUrl: null, credits: null });
	}
	if (listed.length === 0) return nodeError;
	listed.sort((a, b) => a.itemIndex - b.itemIndex);
	const lines = listed.map(
		(g) =>
			`item ${g.itemIndex}: ${g.generationId} (${g.status}` +
			(g.gammaUrl ? `, ${g.gammaUrl}` : '') +
			(g.credits !== null ? `, ${g.credits} credits` : '') +
			')',
	);
	nodeError.description =
		`${nodeError.description ?? ''} Generations this run started before it stopped (finished ones are paid for; pick any of them up with Gamma › Get Generation and its ID): ${lines.join('; ')}.`.trim();
	nodeError.context.startedGenerations = listed;
	return nodeError;
}
