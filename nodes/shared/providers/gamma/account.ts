import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { providerRequest } from '../../transport/providerRequest';

/** What `GET /v1.0/me` says about the plan, as far as the answer shows it. */
export interface GammaAccountLimits {
	maxGenerateCards?: number;
	availableImageModels?: string[];
}

function modelIds(value: unknown): string[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const ids = value
		.map((entry) =>
			typeof entry === 'string'
				? entry
				: ((entry as IDataObject | null)?.id ?? (entry as IDataObject | null)?.value),
		)
		.filter((id): id is string => typeof id === 'string' && id.length > 0);
	return ids.length === value.length ? ids : undefined;
}

/**
 * `GET /v1.0/me` is undocumented; Gamma's official n8n node confirmed it live (its CHANGELOG,
 * 0.3.0: `{email, displayName, profileImageUrl, workspaceName, maxGenerateCards,
 * availableImageModels}`). Any other answer means "limits unknown", never a failure.
 */
export async function readGammaAccountLimits(
	ctx: IExecuteFunctions,
): Promise<GammaAccountLimits | undefined> {
	try {
		const { statusCode, body } = await providerRequest<IDataObject>(ctx, 'gamma', {
			method: 'GET',
			path: '/v1.0/me',
			kind: 'read',
			acceptStatus: [401, 403, 404],
		});
		if (statusCode !== 200 || !body || typeof body !== 'object') return undefined;
		const max = body.maxGenerateCards;
		return {
			maxGenerateCards: typeof max === 'number' && max > 0 ? max : undefined,
			availableImageModels: modelIds(body.availableImageModels),
		};
	} catch {
		return undefined;
	}
}

/** Cards and image model a generation body asks for, where the body says. */
export function requestedByBody(body: IDataObject): { cards?: number; imageModel?: string } {
	const cards =
		typeof body.numCards === 'number'
			? body.numCards
			: body.cardSplit === 'inputTextBreaks' && typeof body.inputText === 'string'
				? body.inputText.split('\n---\n').length
				: undefined;
	const model = (body.imageOptions as IDataObject | undefined)?.model;
	return { cards, imageModel: typeof model === 'string' ? model : undefined };
}

/** Fails before spending when the plan cannot take the request, naming the limit. */
export function checkAgainstPlan(
	ctx: IExecuteFunctions,
	limits: GammaAccountLimits | undefined,
	body: IDataObject,
	itemIndex: number,
): void {
	if (!limits) return;
	const { cards, imageModel } = requestedByBody(body);
	const max = limits.maxGenerateCards;
	if (max !== undefined && cards !== undefined && cards > max) {
		throw new NodeOperationError(
			ctx.getNode(),
			`This generation asks for ${cards} cards; this Gamma plan makes at most ${max} (maxGenerateCards)`,
			{
				itemIndex,
				description: `Nothing was sent or charged. Ask for ${max} cards or fewer, or split the content across several generations.`,
			},
		);
	}
	const models = limits.availableImageModels;
	if (models && imageModel && !models.includes(imageModel)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Image model ${imageModel} is not available on this Gamma plan (availableImageModels)`,
			{
				itemIndex,
				description: `Nothing was sent or charged. Pick one of: ${models.join(', ')}.`,
			},
		);
	}
}
