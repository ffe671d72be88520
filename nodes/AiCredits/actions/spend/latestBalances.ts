import type { INodeExecutionData } from 'n8n-workflow';

/**
 * The newest `creditBalance.remaining` per provider among the items (a Check Balance merged in,
 * or the balance a generation reported after its charge), for the report's runway.
 */
export function latestBalances(items: INodeExecutionData[]): Record<string, number> {
	const latest = new Map<string, { at: number; remaining: number }>();
	for (const { json } of items) {
		const balance = json.creditBalance as
			| { provider?: unknown; remaining?: unknown; checkedAt?: unknown }
			| undefined;
		if (typeof balance?.provider !== 'string' || typeof balance.remaining !== 'number') continue;
		if (!Number.isFinite(balance.remaining)) continue;
		const at = typeof balance.checkedAt === 'string' ? Date.parse(balance.checkedAt) : NaN;
		const seen = latest.get(balance.provider);
		if (!seen || (Number.isFinite(at) && at >= seen.at)) {
			latest.set(balance.provider, {
				at: Number.isFinite(at) ? at : -Infinity,
				remaining: balance.remaining,
			});
		}
	}
	return Object.fromEntries([...latest].map(([provider, { remaining }]) => [provider, remaining]));
}
