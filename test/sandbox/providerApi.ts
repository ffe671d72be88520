import type { ParsedBody, Reply } from './http';
import type { ImagineArtHost } from './types';

export interface ApiRequest {
	method: string;
	/** ImagineArt only: which of its hosts the request reached. */
	host?: ImagineArtHost;
	/** Path within the provider. */
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: ParsedBody;
	/** This provider's base URL on the sandbox, for absolute links. */
	baseUrl: string;
	/** When the handler runs (after any slow-fault delay). */
	now: number;
}

export interface ProviderApi {
	handle(request: ApiRequest): Reply;
	/** An error in this provider's shape, used for faults and unexpected exceptions. */
	errorReply(status: number, message: string, path: string): Reply;
}
