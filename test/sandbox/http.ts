import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Reply {
	status: number;
	headers?: Record<string, string>;
	/** A Buffer is sent as is; anything else is sent as JSON. */
	body: unknown;
}

export type ParsedBody =
	| { kind: 'none' }
	| { kind: 'json'; value: unknown }
	| { kind: 'form'; fields: Record<string, string> }
	| { kind: 'invalid' };

export function json(status: number, body: unknown): Reply {
	return { status, body };
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(length = 20): string {
	return Array.from(randomBytes(length), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
	if (raw.length === 0) return { kind: 'none' };
	if (/^multipart\/form-data/i.test(contentType ?? '')) {
		const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
		if (!boundary) return { kind: 'invalid' };
		return { kind: 'form', fields: parseMultipartFields(raw, boundary[1] ?? boundary[2]) };
	}
	// How OAuth2 clients (n8n's @n8n/client-oauth2 among them) send token requests.
	if (/^application\/x-www-form-urlencoded/i.test(contentType ?? '')) {
		return { kind: 'form', fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) };
	}
	try {
		return { kind: 'json', value: JSON.parse(raw.toString('utf8')) as unknown };
	} catch {
		return { kind: 'invalid' };
	}
}

/** The fields of a form body or of a JSON object body (string values only); else undefined. */
export function bodyFields(body: ParsedBody): Record<string, string> | undefined {
	if (body.kind === 'form') return body.fields;
	if (body.kind !== 'json' || !isRecord(body.value)) return undefined;
	const fields: Record<string, string> = {};
	for (const [name, value] of Object.entries(body.value)) {
		if (typeof value === 'string') fields[name] = value;
	}
	return fields;
}

/** Text fields only; file parts are skipped. */
function parseMultipartFields(raw: Buffer, boundary: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const part of raw.toString('latin1').split(`--${boundary}`)) {
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd < 0) continue;
		const partHeaders = part.slice(0, headerEnd);
		const name = /name="([^"]*)"/i.exec(partHeaders)?.[1];
		if (!name || /filename=/i.test(partHeaders)) continue;
		const value = part.slice(headerEnd + 4).replace(/\r\n$/, '');
		fields[name] = Buffer.from(value, 'latin1').toString('utf8');
	}
	return fields;
}

export function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(req.headers)) {
		if (value === undefined) continue;
		headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

export function sendReply(res: ServerResponse, reply: Reply): void {
	const isBuffer = Buffer.isBuffer(reply.body);
	const payload = isBuffer ? (reply.body as Buffer) : Buffer.from(JSON.stringify(reply.body));
	res.writeHead(reply.status, {
		'content-type': 'application/json; charset=utf-8',
		...reply.headers,
		'content-length': String(payload.length),
	});
	res.end(payload);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
