import { GAMMA_IMAGE_MODEL_CREDITS_2026 } from '../../nodes/shared/pricing/gamma/imageModels';
import { GAMMA_MAX_CARDS } from './gammaRequests';
import type { GammaPlan } from './types';

/**
 * `GET /v1.0/me`: undocumented, but confirmed live with these keys by Gamma's node team
 * (gamma-app/n8n-nodes-gamma CHANGELOG.md, 0.3.0). No credits: only the plan's card limit and
 * the image models it allows (here, every model the package prices).
 */
export function gammaMe(
	apiKey: string,
	plan: GammaPlan,
	imageModels: readonly string[] = Object.keys(GAMMA_IMAGE_MODEL_CREDITS_2026),
): Record<string, unknown> {
	const handle = apiKey.replace(/^sk-gamma-/, '').slice(0, 24) || 'user';
	return {
		email: `${handle}@sandbox.example`,
		displayName: 'Sandbox User',
		profileImageUrl: 'https://cdn.gamma.app/avatars/sandbox.png',
		workspaceName: `Sandbox workspace (${plan})`,
		maxGenerateCards: GAMMA_MAX_CARDS[plan],
		availableImageModels: [...imageModels],
	};
}
