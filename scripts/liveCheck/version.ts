import { readFileSync } from 'node:fs';
import path from 'node:path';

export function packageVersion(): string {
	const file = path.join(__dirname, '..', '..', 'package.json');
	return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function userAgent(): string {
	return `n8n-nodes-ai-credits/${packageVersion()} (live-check)`;
}
