/** Spend records for the spend tests, built from a few fields. */
import type { CreditSpend } from '../../../nodes/shared/spend/record';

export function spend(fields: Partial<CreditSpend> & { credits: number; at: string }): CreditSpend {
	return {
		provider: 'gamma',
		operation: 'generateDeck',
		workflowId: 'wf1',
		executionId: '1',
		reference: '',
		...fields,
	};
}

const MODELS = ['flux-1-quick', 'dall-e-3', 'imagen-4-ultra', undefined];

/** `count` items as n8n passes them (json carrying creditSpend), one every 4m20s from 1 March 2026. */
export function manyItems(count: number): { json: Record<string, unknown> }[] {
	return Array.from({ length: count }, (_, row) => ({
		json: {
			row,
			topic: `Topic ${row}`,
			creditSpend: spend({
				provider: row % 5 === 0 ? 'stabilityAi' : 'gamma',
				model: MODELS[row % MODELS.length],
				credits: 5 + (row % 13) + (row % 4) * 0.25,
				estimate: row % 3 === 0 ? undefined : { min: 8, max: 14 },
				at: new Date(Date.UTC(2026, 2, 1) + row * 260_000).toISOString(),
				workflowId: `wf${row % 3}`,
				executionId: String(row),
				reference: `gen_${row}`,
			}),
		},
	}));
}
