import { NodeApiError, type JsonObject } from 'n8n-workflow';
import { providerRequest, type ApiContext } from '../../transport/providerRequest';
import type { CreditBalance } from '../creditBalance';
import { GAMMA_BALANCE_PROBE_ID } from '../registry';

export { GAMMA_BALANCE_PROBE_ID };

interface GammaProbeBody {
	credits?: { remaining?: unknown };
	message?: string;
}

/**
 * Gamma has no balance endpoint: the only documented way to read it without generating is
 * `GET /v1.0/generations/{unknown id}`, a 404 that carries `credits.remaining` (Gamma's older
 * readme.io v1.0 API reference at developers.gamma.app; the current error-codes page,
 * https://developers.gamma.app/reference/error-codes, lists that 404 with a message only).
 */
export async function readGammaBalance(ctx: ApiContext): Promise<CreditBalance> {
	const { statusCode, body } = await providerRequest<GammaProbeBody>(ctx, 'gamma', {
		method: 'GET',
		path: `/v1.0/generations/${GAMMA_BALANCE_PROBE_ID}`,
		kind: 'read',
		acceptStatus: [404],
	});
	const remaining = body?.credits?.remaining;
	if (typeof remaining !== 'number') {
		throw new NodeApiError(ctx.getNode(), (body ?? {}) as JsonObject, {
			message: `Gamma answered the balance probe (${statusCode}) without a credit balance`,
			description:
				'Gamma reports credits on an unknown generation id. It did not here: check that the ' +
				'Base URL of the Gamma credential points at the Gamma API (https://public-api.gamma.app).',
			httpCode: String(statusCode),
		});
	}
	return { provider: 'gamma', remaining, checkedAt: new Date().toISOString() };
}
