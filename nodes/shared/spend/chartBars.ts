/** Which bars a chart draws: all groups, or when there are too many, the biggest or latest. */

export interface ChartGroup {
	key: string;
	credits: number;
}

export type ChartOrder = 'rank' | 'chronological';

export interface ChartBar {
	label: string;
	credits: number;
	/** A bar standing for several groups ("31 others", "12 earlier"). */
	combined: boolean;
}

export interface BarSelection {
	bars: ChartBar[];
	/** Groups folded into the combined bar (0: every group has its own bar). */
	combinedCount: number;
}

function creditsOf(group: ChartGroup): number {
	return Number.isFinite(group.credits) && group.credits > 0 ? group.credits : 0;
}

/**
 * Up to `maxBars` bars. Ranked groups keep the `maxBars − 1` with the most credits, in the order
 * given, and end with one bar for all the others; chronological groups keep the latest
 * `maxBars − 1` and begin with one bar for everything earlier.
 */
export function selectBars(
	groups: readonly ChartGroup[],
	order: ChartOrder,
	maxBars: number,
): BarSelection {
	const own = (group: ChartGroup): ChartBar => ({
		label: group.key,
		credits: creditsOf(group),
		combined: false,
	});
	if (groups.length <= maxBars) return { bars: groups.map(own), combinedCount: 0 };
	const keep = maxBars - 1;
	const combinedCount = groups.length - keep;
	if (order === 'chronological') {
		const earlier = groups.slice(0, combinedCount);
		const sum = earlier.reduce((total, group) => total + creditsOf(group), 0);
		return {
			bars: [
				{ label: `${combinedCount} earlier`, credits: sum, combined: true },
				...groups.slice(combinedCount).map(own),
			],
			combinedCount,
		};
	}
	const kept = new Set(
		groups
			.map((group, index) => ({ index, credits: creditsOf(group) }))
			.sort((a, b) => b.credits - a.credits || a.index - b.index)
			.slice(0, keep)
			.map((entry) => entry.index),
	);
	let others = 0;
	const bars: ChartBar[] = [];
	groups.forEach((group, index) => {
		if (kept.has(index)) bars.push(own(group));
		else others += creditsOf(group);
	});
	bars.push({ label: `${combinedCount} others`, credits: others, combined: true });
	return { bars, combinedCount };
}
