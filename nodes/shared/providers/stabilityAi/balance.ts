import { NodeApiError } from 'n8n-workflow';
import { providerRequest, type ApiContext } from '../../transport/providerRequest';
import type { CreditBalance } from '../creditBalance';

/**
 * `GET /v1/user/balance` → `{ credits: <float> }`, of the organization chosen (the Organization
 * header) or else the credential's or the default one.
 */
export async function readStabilityAiBalance(
	ctx: ApiContext,
	options: { organizationId?: string; mayWaitOutLockout?: boolean } = {},
): Promise<CreditBalance> {
	const { body } = await providerRequest<{ credits?: unknown }>(ctx, 'stabilityAi', {
		method: 'GET',
		path: '/v1/user/balance',
		kind: 'read',
		headers: options.organizationId ? { Organization: options.organizationId } : undefined,
		mayWaitOutLockout: options.mayWaitOutLockout,
	});
	if (typeof body?.credits !== 'number') {
		throw new NodeApiError(
			ctx.getNode(),
			{ body: JSON.stringify(body ?? null) },
			{
				message: 'Stability AI answered the balance request without a credit balance',
				description: 'Check that the Base URL of the credential points at the Stability AI API.',
			},
		);
	}
	return {
		provider: 'stabilityAi',
		remaining: body.credits,
		checkedAt: new Date().toISOString(),
		source: 'balanceEndpoint',
		...(options.organizationId ? { organizationId: options.organizationId } : {}),
	};
}
