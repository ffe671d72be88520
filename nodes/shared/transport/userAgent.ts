/** Kept equal to package.json's version by test/package.test.ts (nodes read no files). */
export const PACKAGE_VERSION = '0.1.0';

/** Sent on every provider request, as Gamma's own n8n node sends `n8n-nodes-gamma/<version>`. */
export const USER_AGENT = `n8n-nodes-ai-credits/${PACKAGE_VERSION}`;
