import type {
	ImagineArtBalances,
	ImagineArtCreditsInput,
	ResolvedSandboxOptions,
	SandboxOptions,
} from './types';
import { checkLockout, checkRateLimit } from './stabilityRateLimit';

/** The default ImagineArt account's primary (personal) org. */
export const DEFAULT_IMAGINE_ART_ORG_ID = 'org-imagineart-sandbox-default-0001';
/** The default ImagineArt account's second org, a team. */
export const SECOND_IMAGINE_ART_ORG_ID = 'org-imagineart-sandbox-team-0002';

/** The default Stability AI account's default organization (`is_default: true`). */
export const DEFAULT_STABILITY_ORG_ID = 'org-stability-sandbox-default-0001';
/** The default Stability AI account's second organization, which the `Organization` header may name. */
export const SECOND_STABILITY_ORG_ID = 'org-stability-sandbox-team-0002';

/**
 * The fractional balance of the v1 spec's `GET /v1/user/balance` example (le-si/platform,
 * packages/sdk/src/OpenAPI/OpenAPI.json at 3cd793c5e0f4cf77de9248b355a0e2164bc3bcd1), plus 100 so
 * there is something to spend.
 */
const DEFAULT_STABILITY_CREDITS = 0.6336833840314097 + 100;

export function resolveOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
	return {
		gammaCompletionDelayMs: options.gammaCompletionDelayMs ?? 0,
		gammaCreditsPerCard: options.gammaCreditsPerCard ?? 2,
		gammaTemplateCreditsPerCard: options.gammaTemplateCreditsPerCard ?? 3,
		gammaAgentCreditsPerCard: { lite: 1, standard: 3, max: 5, ...options.gammaAgentCreditsPerCard },
		gammaDefaultImageModel: options.gammaDefaultImageModel ?? 'flux-1-quick',
		gammaInsufficientCreditsStatus: options.gammaInsufficientCreditsStatus ?? 403,
		// Nothing in the repo's tests or examples generates more than 60 cards: the common plan.
		gammaPlan: options.gammaPlan ?? 'pro',
		gammaRejectUnknownFields: options.gammaRejectUnknownFields ?? false,
		gammaNotFoundCarriesCredits: options.gammaNotFoundCarriesCredits ?? true,
		gammaStatusIncludesTitle: options.gammaStatusIncludesTitle ?? true,
		gammaAgentRejectsTheme: options.gammaAgentRejectsTheme ?? false,
		imagineArtCreditShape: options.imagineArtCreditShape ?? 'capture',
		imagineArtOrgIds: [
			...(options.imagineArtOrgIds ?? [DEFAULT_IMAGINE_ART_ORG_ID, SECOND_IMAGINE_ART_ORG_ID]),
		],
		// https://stabilityplatform.freshdesk.com/support/solutions/articles/150000186026
		stabilityRateLimit: checkRateLimit(
			options.stabilityRateLimit?.requests ?? 150,
			options.stabilityRateLimit?.windowMs ?? 10_000,
		),
		stabilityLockoutMs: checkLockout(options.stabilityLockoutMs ?? 60_000),
		clock: options.clock ?? Date.now,
		port: options.port ?? 0,
		initialCredits: {
			gamma: options.initialCredits?.gamma ?? 3000,
			stabilityAi: options.initialCredits?.stabilityAi ?? DEFAULT_STABILITY_CREDITS,
			imagineArt: imagineArtBalances(
				options.initialCredits?.imagineArt ?? { free: 100, subscription: 2000, topUp: 500 },
			),
		},
	};
}

export function imagineArtBalances(input: ImagineArtCreditsInput): ImagineArtBalances {
	return {
		free: input.free,
		subscription: input.subscription,
		topUp: input.topUp,
		subscriptionActive: input.subscriptionActive ?? true,
	};
}
