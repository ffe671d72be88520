import type { Provider } from '../providers/registry';
import { sendWithRetry, type ApiContext, type ProviderResponse } from './providerRequest';
import { DEFAULT_RETRY } from './retryPolicy';

export interface DownloadedFile {
	data: Buffer;
	contentType?: string;
	contentDisposition?: string;
}

/**
 * Downloads a signed URL a provider handed out (an export file). It carries no credential: the
 * signature is the authorisation, and the host may be a third party's storage.
 */
export async function downloadFile(
	ctx: ApiContext,
	provider: Provider,
	url: string,
	itemIndex: number,
): Promise<DownloadedFile> {
	const response = await sendWithRetry<ArrayBuffer>(ctx, {
		provider,
		request: { method: 'GET', path: url, kind: 'read', binary: true, itemIndex, timeoutMs: 120000 },
		url,
		secret: undefined,
		retry: DEFAULT_RETRY,
		send: async (options) => (await ctx.helpers.httpRequest(options)) as ProviderResponse,
	});
	const header = (name: string) => {
		const value = response.headers[name];
		return typeof value === 'string' ? value : undefined;
	};
	return {
		data: Buffer.from(response.body),
		contentType: header('content-type'),
		contentDisposition: header('content-disposition'),
	};
}
