import { solidPng } from './files';
import { json, type Reply } from './http';
import type { ApiRequest, ProviderApi } from './providerApi';
import { accountBody } from './stabilityAccount';
import { bearerKey, rateLimitReply, stabilityError } from './stabilityErrors';
import type { StabilityRateLimiter } from './stabilityRateLimit';
import { textToImage, TEXT_TO_IMAGE_PATH } from './stabilityV1Generation';
import type { StabilityOrg } from './types';

const CORE_GENERATION_CREDITS = 3;

const ENGINES = [
	{
		id: 'stable-diffusion-xl-1024-v1-0',
		name: 'Stable Diffusion XL 1.0',
		description: 'Stability-AI Stable Diffusion XL v1.0',
		type: 'PICTURE',
	},
	{
		id: 'stable-diffusion-v1-6',
		name: 'Stable Diffusion v1.6',
		description: 'Stability-AI Stable Diffusion v1.6',
		type: 'PICTURE',
	},
	{
		id: 'esrgan-v1-x2plus',
		name: 'Real-ESRGAN x2',
		description: 'Real-ESRGAN_x2plus upscaler model',
		type: 'PICTURE',
	},
];

export class StabilityAiApi implements ProviderApi {
	constructor(
		private readonly balances: Map<string, number>,
		private readonly orgs: Map<string, readonly StabilityOrg[]>,
		readonly rateLimiter: StabilityRateLimiter,
	) {}

	errorReply(status: number, message: string, path: string): Reply {
		return stabilityError(status, message, path);
	}

	handle(request: ApiRequest): Reply {
		const { method, path } = request;
		const route = this.route(method, path);
		if (!route) return stabilityError(404, `${method} ${path} does not exist`, path);
		const authorization = request.headers.authorization;
		if (authorization === undefined)
			return stabilityError(401, 'missing authorization header', path);
		const apiKey = bearerKey(request.headers);
		if (apiKey === undefined || !this.balances.has(apiKey)) {
			return stabilityError(401, 'Incorrect API key provided', path);
		}
		const lock = this.rateLimiter.admit(apiKey, request.now);
		if (lock) return rateLimitReply(path, lock);
		const organization = request.headers.organization;
		const member = (this.orgs.get(apiKey) ?? []).some((org) => org.id === organization);
		if (organization !== undefined && !member) {
			// The reference documents the header ("scoped to an organization other than the user's
			// default") but not the answer to a foreign one: 403 permission_denied is assumed, the
			// status and name it documents for "You lack the necessary permissions" (le-si/platform,
			// packages/sdk/src/OpenAPI/OpenAPI.json, components.responses.403).
			return stabilityError(
				403,
				`You do not have permission to access organization ${organization}`,
				path,
			);
		}
		return route(apiKey, request);
	}

	private route(
		method: string,
		path: string,
	): ((apiKey: string, request: ApiRequest) => Reply) | undefined {
		if (method === 'GET' && path === '/v1/user/balance') {
			return (apiKey) => json(200, { credits: this.balances.get(apiKey) });
		}
		if (method === 'GET' && path === '/v1/user/account')
			return (apiKey) => json(200, accountBody(apiKey, this.orgs.get(apiKey) ?? []));
		if (method === 'GET' && path === '/v1/engines/list') return () => json(200, ENGINES);
		const engineId = method === 'POST' ? TEXT_TO_IMAGE_PATH.exec(path)?.[1] : undefined;
		if (engineId !== undefined) {
			return (apiKey, request) => textToImage(engineId, apiKey, request, this.balances);
		}
		if (method === 'POST' && path === '/v2beta/stable-image/generate/core') {
			return (apiKey, request) => this.generateCore(apiKey, request);
		}
		return undefined;
	}

	/** Accepts the real multipart form or JSON; answers JSON when asked to, else image/png. */
	private generateCore(apiKey: string, request: ApiRequest): Reply {
		const { body, path } = request;
		const fields =
			body.kind === 'form' ? body.fields : body.kind === 'json' ? body.value : undefined;
		const prompt =
			typeof fields === 'object' && fields !== null
				? (fields as { prompt?: unknown }).prompt
				: undefined;
		if (typeof prompt !== 'string' || prompt.trim() === '') {
			return stabilityError(400, 'prompt: cannot be empty', path);
		}
		const balance = this.balances.get(apiKey) ?? 0;
		if (balance < CORE_GENERATION_CREDITS) {
			return stabilityError(
				402,
				`You lack sufficient credits to make this request. Please purchase more credits and try again. (balance ${balance}, needed ${CORE_GENERATION_CREDITS})`,
				path,
			);
		}
		this.balances.set(apiKey, balance - CORE_GENERATION_CREDITS);
		const image = solidPng(64, 64, [99, 102, 241]);
		const seed = Math.floor(Math.random() * 4_294_967_294);
		if ((request.headers.accept ?? '').includes('application/json')) {
			return json(200, { image: image.toString('base64'), finish_reason: 'SUCCESS', seed });
		}
		return {
			status: 200,
			headers: { 'content-type': 'image/png', 'finish-reason': 'SUCCESS', seed: String(seed) },
			body: image,
		};
	}
}
