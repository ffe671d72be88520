import type { INode } from 'n8n-workflow';

/** Timing helpers for the benchmarks: medians of alternating runs after a warm-up. */
export interface Sample {
	wallMs: number;
	/** n8n's own execution time of the measured node (runData[node][0].executionTime). */
	nodeMs: number;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs each case `rounds` times, interleaved so drift hits all cases alike. */
export async function interleave(
	cases: Record<string, () => Promise<Sample>>,
	rounds: number,
): Promise<Record<string, { wallMs: number; nodeMs: number }>> {
	const samples: Record<string, Sample[]> = {};
	for (const run of Object.values(cases)) await run(); // warm-up
	for (let round = 0; round < rounds; round++) {
		for (const [name, run] of Object.entries(cases)) {
			(samples[name] ??= []).push(await run());
		}
	}
	return Object.fromEntries(
		Object.entries(samples).map(([name, list]) => [
			name,
			{ wallMs: median(list.map((s) => s.wallMs)), nodeMs: median(list.map((s) => s.nodeMs)) },
		]),
	);
}

export function ratio(value: number, baseline: number): string {
	return `${(value / baseline).toFixed(2)}×`;
}

/** n8n's No Operation node, named like the measured node: the baseline of the whole-workflow benches. */
export function noOp(): INode {
	return {
		id: 'Measured',
		name: 'Measured',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}
