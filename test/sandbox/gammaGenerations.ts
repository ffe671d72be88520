import type { GenerationPlan } from './gammaRequests';
import { randomId } from './http';
import type { GammaGeneration, ResolvedSandboxOptions } from './types';

/**
 * Generations settle lazily: whenever the sandbox is asked about Gamma state, every generation
 * whose delay has elapsed is completed (and charged) or failed, oldest first.
 */
export class GammaGenerationStore {
	private generations: GammaGeneration[] = [];
	/** How far a pending generation is, 0 to 1, by the time it has waited. */
	progress(generation: GammaGeneration, now: number): number {
		if (this.completionDelayMs <= 0) return 1;
		return Math.min(1, Math.max(0, (now - generation.createdAt) / this.completionDelayMs));
	}

	/** How long a generation stays pending; starts at the option, changed by the sandbox. */
	completionDelayMs: number;

	constructor(
		private readonly balances: Map<string, number>,
		private readonly options: ResolvedSandboxOptions,
	) {
		this.completionDelayMs = options.gammaCompletionDelayMs;
	}

	create(apiKey: string, request: unknown, plan: GenerationPlan, now: number): GammaGeneration {
		const generation: GammaGeneration = {
			id: plan.kind === 'agent' ? `gen_${randomId(16)}` : randomId(20),
			apiKey,
			kind: plan.kind,
			request,
			status: 'pending',
			cards: plan.cards,
			images: plan.images,
			imageModel: plan.imageModel,
			expectedCharge: plan.charge,
			creditsDeducted: 0,
			title: plan.title,
			gammaId: randomId(15),
			exportAs: plan.exportAs,
			warnings: plan.warnings,
			fails: plan.fails,
			createdAt: now,
		};
		this.generations.push(generation);
		return generation;
	}

	settleDue(now: number): void {
		for (const generation of this.generations) {
			if (generation.status !== 'pending') continue;
			if (now - generation.createdAt < this.completionDelayMs) continue;
			this.settle(generation, now);
		}
	}

	/** Generations belong to the key that created them; other keys see 404. */
	find(apiKey: string, id: string): GammaGeneration | undefined {
		return this.generations.find(
			(generation) => generation.id === id && generation.apiKey === apiKey,
		);
	}

	findById(id: string): GammaGeneration | undefined {
		return this.generations.find((generation) => generation.id === id);
	}

	list(): GammaGeneration[] {
		return this.generations.map((generation) => ({ ...generation }));
	}

	clear(): void {
		this.generations = [];
	}

	private settle(generation: GammaGeneration, now: number): void {
		generation.settledAt = now;
		generation.creditsRemaining = this.balances.get(generation.apiKey) ?? 0;
		if (generation.fails) {
			generation.status = 'failed';
			generation.error = { message: 'Failed to generate text. Please try again.', statusCode: 422 };
			return;
		}
		const balance = this.balances.get(generation.apiKey) ?? 0;
		// Reachable when several generations were accepted against the same balance.
		if (balance < generation.expectedCharge) {
			generation.status = 'failed';
			generation.error = {
				message: `Insufficient credits: needed ${generation.expectedCharge}, ${balance} remaining`,
				statusCode: this.options.gammaInsufficientCreditsStatus,
			};
			return;
		}
		const remaining = balance - generation.expectedCharge;
		this.balances.set(generation.apiKey, remaining);
		generation.status = 'completed';
		generation.creditsDeducted = generation.expectedCharge;
		generation.creditsRemaining = remaining;
	}
}
