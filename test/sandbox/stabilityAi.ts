import { solidPng } from './files';
import { json, randomId, type Reply } from './http';
import type { ApiRequest, ProviderApi } from './providerApi';

const CORE_GENERATION_CREDITS = 3;

const ERROR_NAMES: Record<number, string> = {
	400: 'bad_request',
	401: 'unauthorized',
	402: 'payment_required',
	403: 'permission_denied',
	404: 'not_found',
	429: 'rate_limit_exceeded',
};

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

/** v1 errors carry `message`; v2beta errors carry an `errors` array. */
export function stabilityError(status: number, message: string, path: string): Reply {
	const name = ERROR_NAMES[status] ?? 'server_error';
	const id = randomId(32).toLowerCase();
	return json(
		status,
		path.startsWith('/v2beta/') ? { id, name, errors: [message] } : { id, name, message },
	);
}

export class StabilityAiApi implements ProviderApi {
	constructor(private readonly balances: Map<string, number>) {}

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
		const apiKey = /^Bearer (.+)$/i.exec(authorization)?.[1];
		if (apiKey === undefined || !this.balances.has(apiKey)) {
			return stabilityError(401, 'Incorrect API key provided', path);
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
			return (apiKey) => json(200, account(apiKey));
		if (method === 'GET' && path === '/v1/engines/list') return () => json(200, ENGINES);
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

function account(apiKey: string): unknown {
	const suffix = apiKey.slice(-8);
	return {
		id: `user-${suffix}`,
		email: `sandbox+${suffix}@example.com`,
		profile_picture: 'https://www.gravatar.com/avatar/00000000000000000000000000000000?d=identicon',
		organizations: [
			{ id: `org-${suffix}`, name: 'Sandbox Organization', role: 'OWNER', is_default: true },
			{ id: `org-${suffix}-team`, name: 'Sandbox Team', role: 'MEMBER', is_default: false },
		],
	};
}
