import { imagineArtBalances } from './options';
import type {
	ImagineArtBalances,
	ImagineArtCreditsInput,
	Provider,
	ResolvedSandboxOptions,
} from './types';

export const DEFAULT_KEYS: Readonly<Record<Provider, string>> = {
	gamma: 'sk-gamma-sandbox-default-0001',
	stabilityAi: 'sk-stability-sandbox-default-0001',
	imagineArt: 'vk-imagineart-sandbox-default-0001',
};

export class Accounts {
	readonly gamma = new Map<string, number>();
	readonly stabilityAi = new Map<string, number>();
	readonly imagineArt = new Map<string, ImagineArtBalances>();

	constructor(private readonly initial: ResolvedSandboxOptions['initialCredits']) {
		this.reset();
	}

	reset(): void {
		this.gamma.clear();
		this.stabilityAi.clear();
		this.imagineArt.clear();
		this.gamma.set(DEFAULT_KEYS.gamma, this.initial.gamma);
		this.stabilityAi.set(DEFAULT_KEYS.stabilityAi, this.initial.stabilityAi);
		this.imagineArt.set(DEFAULT_KEYS.imagineArt, { ...this.initial.imagineArt });
	}

	add(provider: Provider, apiKey: string, credits?: number | ImagineArtCreditsInput): void {
		if (this.has(provider, apiKey)) throw new Error(`${provider} account ${apiKey} already exists`);
		this.write(provider, apiKey, credits ?? this.initial[provider]);
	}

	set(provider: Provider, apiKey: string, credits: number | ImagineArtCreditsInput): void {
		if (!this.has(provider, apiKey)) throw new Error(`no ${provider} account with key ${apiKey}`);
		this.write(provider, apiKey, credits);
	}

	get(provider: Provider, apiKey: string): number | ImagineArtBalances {
		const credits =
			provider === 'imagineArt' ? this.imagineArt.get(apiKey) : this[provider].get(apiKey);
		if (credits === undefined) throw new Error(`no ${provider} account with key ${apiKey}`);
		return typeof credits === 'number' ? credits : { ...credits };
	}

	private has(provider: Provider, apiKey: string): boolean {
		return this[provider].has(apiKey);
	}

	private write(
		provider: Provider,
		apiKey: string,
		credits: number | ImagineArtCreditsInput,
	): void {
		if (provider === 'imagineArt') {
			if (typeof credits === 'number') {
				throw new Error(
					'imagineArt credits are { free, subscription, topUp, subscriptionActive? }',
				);
			}
			this.imagineArt.set(apiKey, imagineArtBalances(credits));
			return;
		}
		if (typeof credits !== 'number') throw new Error(`${provider} credits are a number`);
		this[provider].set(apiKey, credits);
	}
}
