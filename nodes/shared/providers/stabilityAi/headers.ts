import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { PACKAGE_VERSION } from '../../transport/userAgent';

/**
 * The headers Stability AI recommends naming the client with
 * (https://platform.stability.ai/docs/api-reference, "Stability-Client-ID", "Stability-Client-Version"),
 * and the credential's Organization when one is set (a node's own choice replaces it).
 */
export function stabilityHeaders(
	credentials: ICredentialDataDecryptedObject,
): Record<string, string> {
	const headers: Record<string, string> = {
		'Stability-Client-ID': 'n8n-nodes-ai-credits',
		'Stability-Client-Version': PACKAGE_VERSION,
	};
	const organization = String(credentials.organization ?? '').trim();
	if (organization) headers.Organization = organization;
	return headers;
}
