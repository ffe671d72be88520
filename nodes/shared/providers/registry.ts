export type Provider = 'gamma' | 'stabilityAi' | 'imagineArt';

export interface ProviderInfo {
	displayName: string;
	/** The credential balance reads (Check Balance, the gate's live check, the trigger) use. */
	credentialType: string;
	/** That credential is an OAuth2 one (n8n refreshes its token after a 401). */
	oAuth2?: boolean;
	/** Another credential the provider's operations may choose (ImagineArt's developer key). */
	apiKeyCredentialType?: string;
	/** Where a user goes to add credits, named in "not enough credits" messages. */
	billingHint: string;
}

export const PROVIDERS: Readonly<Record<Provider, ProviderInfo>> = {
	gamma: {
		displayName: 'Gamma',
		credentialType: 'aiCreditsGammaApi',
		billingHint: 'Buy credits or enable auto-recharge in Gamma under Settings > Billing.',
	},
	stabilityAi: {
		displayName: 'Stability AI',
		credentialType: 'aiCreditsStabilityAiApi',
		billingHint: 'Buy credits on platform.stability.ai under Account > Billing.',
	},
	imagineArt: {
		displayName: 'ImagineArt',
		credentialType: 'aiCreditsImagineArtOAuth2Api',
		oAuth2: true,
		apiKeyCredentialType: 'aiCreditsImagineArtApi',
		billingHint: 'Buy a top-up or upgrade the plan in ImagineArt (Buy Credits).',
	},
};

export const PROVIDER_NAMES = Object.keys(PROVIDERS) as Provider[];

export function isProvider(value: unknown): value is Provider {
	return typeof value === 'string' && Object.hasOwn(PROVIDERS, value);
}

/**
 * A Gamma generation id that never exists. Gamma's older v1.0 reference shows the 404 for it
 * carrying the account's credits; the current one shows a message only, so a balance read from
 * it says so (`source: gammaNotFoundProbe`) and fails clearly when the credits are absent.
 */
export const GAMMA_BALANCE_PROBE_ID = 'ai-credits-balance-probe';
