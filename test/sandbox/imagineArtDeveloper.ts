import { solidPng } from './files';
import { isRecord, type Reply } from './http';
import { imagineArtError, IMAGINE_ART_CODES } from './imagineArtErrors';
import type { ApiRequest } from './providerApi';

/** The developer key the sandbox's developer API knows. */
export const SANDBOX_IMAGINE_ART_DEVELOPER_KEY = 'vk-imagineart-sandbox-developer-0001';

// The styles of the developer API's Text to Image (github.com/tryAGI/ImagineArt, openapi.yaml).
const STYLES = [
	'realistic',
	'anime',
	'flux-schnell',
	'flux-dev',
	'flux-dev-fast',
	'sdxl-1.0',
	'imagine-turbo',
];

/**
 * ImagineArt's developer API (api.vyro.ai/v2), only its Text to Image route: `vk-` keys as
 * Bearer; `prompt` and `style` required (400, code 1103 `InvalidBody`, the reference's example);
 * the image bytes on success. Bodies are read as JSON or multipart.
 */
export function developerApi(request: ApiRequest): Reply {
	if (request.method !== 'POST' || request.path !== '/image/generations') {
		return imagineArtError(404, `Route ${request.method} ${request.path} not found`);
	}
	const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
	if (token !== SANDBOX_IMAGINE_ART_DEVELOPER_KEY) {
		return imagineArtError(401, 'The API key passed is invalid.', IMAGINE_ART_CODES.invalidToken);
	}
	const { body } = request;
	const value = body.kind === 'json' ? body.value : body.kind === 'form' ? body.fields : undefined;
	const fields = isRecord(value) ? value : {};
	if (typeof fields.prompt !== 'string' || !fields.prompt) {
		return imagineArtError(400, 'No prompt was provided.', 1103);
	}
	if (typeof fields.style !== 'string' || !STYLES.includes(fields.style)) {
		return imagineArtError(400, 'No style was provided.', 1103);
	}
	return {
		status: 200,
		headers: { 'content-type': 'image/png' },
		body: solidPng(64, 64, [90, 60, 200]),
	};
}
