import { gammaUrl, optional } from './gammaLinks';
import type { GammaGeneration } from './types';

/**
 * The Gamma 5 status body, as https://developers.gamma.app/agent-gamma-5/get-agent-generation-status
 * describes it: `gamma` (id and URL) once the document exists, which here is from the start;
 * `progress` while pending; `result.summary` and any `exportUrl` when completed; `error` when
 * failed; `credits` once settled. The key names inside `gamma` and `progress` are assumed (see
 * test/contracts/gamma/README.md).
 */
export function agentStatus(
	generation: GammaGeneration,
	progress: number,
	exportUrl: string | undefined,
): Record<string, unknown> {
	const base = { generationId: generation.id, status: generation.status };
	const gamma = { id: generation.gammaId, url: gammaUrl(generation) };
	const credits = {
		deducted: generation.creditsDeducted,
		remaining: generation.creditsRemaining,
	};
	if (generation.status === 'pending') {
		const cardsCompleted = Math.min(generation.cards - 1, Math.floor(progress * generation.cards));
		return {
			...base,
			gamma,
			progress: {
				cardsCompleted: Math.max(0, cardsCompleted),
				cardsTotal: generation.cards,
				percentComplete: Math.min(99, Math.round(progress * 100)),
			},
		};
	}
	if (generation.status === 'failed') return { ...base, error: generation.error, credits };
	return {
		...base,
		gamma,
		result: { summary: `Built ${generation.cards} cards: ${generation.title}` },
		...optional('exportUrl', exportUrl),
		credits,
		...optional('warnings', generation.warnings),
	};
}
