import { orgsFromIds } from './imagineArtOrgs';
import { DEFAULT_STABILITY_ORG_ID, imagineArtBalances, SECOND_STABILITY_ORG_ID } from './options';
import { stabilityOrgsFromIds } from './stabilityAccount';
import type {
	GammaAccountOptions,
	GammaPlan,
	ImagineArtAccountOptions,
	ImagineArtBalances,
	ImagineArtCreditsInput,
	ImagineArtOrg,
	Provider,
	ResolvedSandboxOptions,
	StabilityAccountOptions,
	StabilityOrg,
} from './types';

export const DEFAULT_KEYS: Readonly<Record<Provider, string>> = {
	gamma: 'sk-gamma-sandbox-default-0001',
	stabilityAi: 'sk-stability-sandbox-default-0001',
	// An account id: ImagineArt's app API takes OAuth2 access tokens, not keys.
	imagineArt: 'imagineart-account-default-0001',
};

const GAMMA_PLANS: readonly GammaPlan[] = ['pro', 'ultra', 'teams', 'business'];

export class Accounts {
	readonly gamma = new Map<string, number>();
	readonly stabilityAi = new Map<string, number>();
	readonly imagineArt = new Map<string, ImagineArtBalances>();
	/** Every Gamma key has a plan. */
	readonly gammaPlans = new Map<string, GammaPlan>();
	/** Keys limited to some image models; absent = every priced model. */
	readonly gammaImageModels = new Map<string, readonly string[]>();
	/** Each ImagineArt account's orgs, the primary first. */
	readonly imagineArtOrgs = new Map<string, readonly ImagineArtOrg[]>();
	/** Each Stability AI key's organizations, the default first. */
	readonly stabilityAiOrgs = new Map<string, readonly StabilityOrg[]>();

	constructor(
		private readonly initial: ResolvedSandboxOptions['initialCredits'],
		private readonly defaults: Pick<ResolvedSandboxOptions, 'gammaPlan' | 'imagineArtOrgIds'>,
	) {
		this.reset();
	}

	reset(): void {
		for (const map of [
			this.gamma,
			this.stabilityAi,
			this.imagineArt,
			this.gammaPlans,
			this.gammaImageModels,
			this.imagineArtOrgs,
			this.stabilityAiOrgs,
		]) {
			map.clear();
		}
		this.gamma.set(DEFAULT_KEYS.gamma, this.initial.gamma);
		this.gammaPlans.set(DEFAULT_KEYS.gamma, this.defaults.gammaPlan);
		this.stabilityAi.set(DEFAULT_KEYS.stabilityAi, this.initial.stabilityAi);
		this.stabilityAiOrgs.set(
			DEFAULT_KEYS.stabilityAi,
			stabilityOrgsFromIds([DEFAULT_STABILITY_ORG_ID, SECOND_STABILITY_ORG_ID]),
		);
		this.imagineArt.set(DEFAULT_KEYS.imagineArt, { ...this.initial.imagineArt });
		this.imagineArtOrgs.set(DEFAULT_KEYS.imagineArt, orgsFromIds(this.defaults.imagineArtOrgIds));
	}

	add(
		provider: Provider,
		apiKey: string,
		credits?: number | ImagineArtCreditsInput,
		options: GammaAccountOptions & ImagineArtAccountOptions & StabilityAccountOptions = {},
	): void {
		if (this.has(provider, apiKey)) throw new Error(`${provider} account ${apiKey} already exists`);
		const plan = options.plan ?? this.defaults.gammaPlan;
		if (provider === 'gamma' && !GAMMA_PLANS.includes(plan)) {
			throw new Error(`gamma plan is one of ${GAMMA_PLANS.join(', ')}`);
		}
		if (options.orgIds !== undefined && !Array.isArray(options.orgIds)) {
			throw new Error(`${provider} orgIds is an array of org ids`);
		}
		this.write(provider, apiKey, credits ?? this.initial[provider]);
		if (provider === 'gamma') this.gammaPlans.set(apiKey, plan);
		if (provider === 'gamma' && options.imageModels) {
			this.gammaImageModels.set(apiKey, [...options.imageModels]);
		}
		if (provider === 'stabilityAi') {
			this.stabilityAiOrgs.set(apiKey, stabilityOrgsFromIds(options.orgIds ?? [`org-${apiKey}`]));
		}
		if (provider === 'imagineArt') {
			this.imagineArtOrgs.set(apiKey, orgsFromIds(options.orgIds ?? [`org-${apiKey}`]));
		}
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

	has(provider: Provider, apiKey: string): boolean {
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
