import {
	NodeApiError,
	NodeOperationError,
	type IExecuteFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { providerRequest, type ApiContext } from '../../transport/providerRequest';
import type { CreditBalance } from '../creditBalance';
import { GAMMA_BALANCE_PROBE_ID } from '../registry';
import { fetchGammaGeneration } from './generation';

export { GAMMA_BALANCE_PROBE_ID };

interface GammaProbeBody {
	credits?: { remaining?: unknown };
	message?: string;
}

const READ_FROM_A_GENERATION =
	'Gamma has no balance endpoint. Read it from a generation instead: Check Balance with Read From "A Recent Generation" and its ID (every finished generation reports credits.remaining), or use the creditBalance that Generate Deck puts on its items.';

/**
 * Gamma has no balance endpoint. Its older readme.io v1.0 reference shows the 404 for an unknown
 * generation id carrying `credits.remaining`; the current error-codes page
 * (https://developers.gamma.app/reference/error-codes) lists that 404 with a message only. So the
 * number is used only when it is there, and never made up when it is not.
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
			message: `Gamma did not report a balance: its answer (${statusCode}) to an unknown generation ID carries no credits`,
			description: `${READ_FROM_A_GENERATION} If this is not Gamma at all, check the Base URL of the Gamma credential (https://public-api.gamma.app).`,
			httpCode: String(statusCode),
		});
	}
	return {
		provider: 'gamma',
		remaining,
		checkedAt: new Date().toISOString(),
		source: 'gammaNotFoundProbe',
	};
}

/** The `credits.remaining` a generation reported after its charge: certain, but as of then. */
export async function readGammaBalanceFromGeneration(
	ctx: IExecuteFunctions,
	generationId: string,
	itemIndex: number,
): Promise<CreditBalance> {
	const { state } = await fetchGammaGeneration(ctx, generationId, itemIndex);
	const remaining = state.credits?.remaining;
	if (typeof remaining !== 'number') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Gamma generation ${generationId} reports no credits yet (status ${String(state.status)})`,
			{
				itemIndex,
				description:
					'A generation reports the balance once it has completed or failed. Use a finished one, or wait for this one (Gamma › Get Generation with Wait for Completion).',
			},
		);
	}
	return {
		provider: 'gamma',
		remaining,
		checkedAt: new Date().toISOString(),
		source: 'generation',
		asOf: { generationId },
	};
}
