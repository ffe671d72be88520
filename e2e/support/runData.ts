/** Reading n8n's run data (what `n8n execute --rawOutput` prints and the executions API stores). */

export type Json = Record<string, unknown>;

interface NodeRun {
	executionStatus?: string;
	error?: { message?: string; description?: string };
	data?: { main?: Array<Array<{ json: Json }> | null> };
}

export interface N8nRun {
	status?: string;
	mode?: string;
	/** Set once the run has finished. */
	stoppedAt?: string;
	data: {
		resultData: {
			runData: Record<string, NodeRun[]>;
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
		};
	};
}

/** The text of the JSON object that starts at `start` (it ends where its braces balance). */
function jsonObjectAt(text: string, start: number): string {
	let depth = 0;
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{') depth++;
		else if (char === '}' && --depth === 0) return text.slice(start, index + 1);
	}
	return text.slice(start);
}

/**
 * Log lines come before the JSON on stdout (and the task runner may log after it): the run
 * data is the JSON object that starts at the first `{` opening a line.
 */
export function parseRun(stdout: string, label: string): N8nRun {
	const start = stdout.search(/^\{/m);
	if (start < 0) throw new Error(`${label} printed no JSON:\n${stdout.slice(-2000)}`);
	let run: N8nRun;
	try {
		run = JSON.parse(jsonObjectAt(stdout, start)) as N8nRun;
	} catch (error) {
		throw new Error(
			`${label} printed JSON that does not parse (${String(error)}):\n${stdout.slice(start, start + 2000)}`,
		);
	}
	if (!run?.data?.resultData?.runData) throw new Error(`${label} printed no run data`);
	return run;
}

/** The run's error, or undefined when it succeeded. */
export function runError(run: N8nRun): string | undefined {
	const error = run.data.resultData.error;
	if (error) return `${error.node?.name ?? 'workflow'}: ${error.message ?? JSON.stringify(error)}`;
	for (const [name, runs] of Object.entries(run.data.resultData.runData)) {
		const failed = runs.find((nodeRun) => nodeRun.error);
		if (failed) return `${name}: ${failed.error?.message}`;
	}
	return undefined;
}

/** The `json` of every item a node put on one of its outputs (0 = the first) in its first run. */
export function outputOf(run: N8nRun, nodeName: string, outputIndex = 0): Json[] {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs || runs.length === 0) {
		const ran = Object.keys(run.data.resultData.runData).join(', ');
		throw new Error(`Node "${nodeName}" did not run (ran: ${ran})`);
	}
	const output = runs[0].data?.main?.[outputIndex];
	return (output ?? []).map((item) => item.json);
}

/** Whether a node ran at all. */
export function ran(run: N8nRun, nodeName: string): boolean {
	return (run.data.resultData.runData[nodeName]?.length ?? 0) > 0;
}
