// n8n's own lint for community nodes, exactly as `n8n-node lint` applies it: the default config of
// @n8n/node-cli, with no overrides. It is resolved from tools/n8n-rules (installed apart from the
// package by tools/n8n-rules/install.sh); `npm run lint` installs it and runs its eslint.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./tools/n8n-rules/package.json', import.meta.url));
const { config } = require('@n8n/node-cli/eslint');

export default config;
