/**
 * A tiny SMTP server on 127.0.0.1 that accepts every message and keeps it, for n8n's Send Email
 * node (nodemailer) in the end-to-end tests: the commands of RFC 5321 §4.1 that nodemailer sends
 * without authentication or STARTTLS (neither is offered), and a reader for the MIME parts of a
 * message (RFC 2045: base64, quoted-printable, 7bit).
 */
import { createServer, type Server, type Socket } from 'node:net';

export interface MailPart {
	contentType: string;
	filename?: string;
	/** The decoded body. */
	content: Buffer;
}

export interface Mail {
	from: string;
	to: string[];
	/** The message as sent: headers and body. */
	raw: string;
	subject: string;
	/** The leaf parts of the message (the text, then attachments), decoded. */
	parts: MailPart[];
}

export interface SmtpSink {
	port: number;
	mails: Mail[];
	clear(): void;
	close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const mails: Mail[] = [];
	const sockets = new Set<Socket>();
	const server: Server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => socket.destroy());
		serve(socket, (mail) => mails.push(mail));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The SMTP sink has no port');
	return {
		port: address.port,
		mails,
		clear: () => void mails.splice(0),
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

function serve(socket: Socket, deliver: (mail: Mail) => void): void {
	let buffer = '';
	let inData = false;
	let from = '';
	let to: string[] = [];
	const reply = (line: string) => socket.write(`${line}\r\n`);
	reply('220 127.0.0.1 ESMTP ai-credits e2e sink');
	socket.setEncoding('latin1');
	socket.on('data', (chunk: string) => {
		buffer += chunk;
		for (;;) {
			if (inData) {
				const end = buffer.indexOf('\r\n.\r\n');
				if (end < 0) return;
				const raw = buffer.slice(0, end).replace(/^\.\./gm, '.');
				buffer = buffer.slice(end + 5);
				inData = false;
				deliver({ from, to, raw, ...readMessage(raw) });
				reply('250 2.0.0 queued');
				continue;
			}
			const end = buffer.indexOf('\r\n');
			if (end < 0) return;
			const line = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			const verb = line.slice(0, 4).toUpperCase();
			if (verb === 'EHLO') reply('250-127.0.0.1\r\n250 8BITMIME');
			else if (verb === 'HELO') reply('250 127.0.0.1');
			else if (verb === 'MAIL') {
				from = addressIn(line);
				to = [];
				reply('250 2.1.0 ok');
			} else if (verb === 'RCPT') {
				to.push(addressIn(line));
				reply('250 2.1.5 ok');
			} else if (verb === 'DATA') {
				inData = true;
				reply('354 end with <CRLF>.<CRLF>');
			} else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
			else if (verb === 'QUIT') {
				reply('221 bye');
				socket.end();
				return;
			} else reply('502 5.5.2 not implemented');
		}
	});
}

function addressIn(line: string): string {
	return /<([^>]*)>/.exec(line)?.[1] ?? '';
}

/** Header names in lower case; folded lines unfolded (RFC 5322 §2.2.3). */
function headersOf(block: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function parameter(header: string | undefined, name: string): string | undefined {
	const match = new RegExp(`${name}\\*?="?([^";]+)"?`, 'i').exec(header ?? '');
	return match?.[1];
}

function decode(body: string, encoding: string | undefined): Buffer {
	const kind = (encoding ?? '7bit').toLowerCase();
	if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
	if (kind === 'quoted-printable') {
		const bytes = body
			.replace(/=\r\n/g, '')
			.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		return Buffer.from(bytes, 'latin1');
	}
	return Buffer.from(body, 'latin1');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in a header. */
function decodeWords(header: string): string {
	return header
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(
			/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi,
			(_, _charset: string, kind: string, text: string) =>
				kind.toUpperCase() === 'B'
					? Buffer.from(text, 'base64').toString('utf8')
					: decode(text.replace(/_/g, ' '), 'quoted-printable').toString('utf8'),
		);
}

function readMessage(raw: string): { subject: string; parts: MailPart[] } {
	const split = raw.indexOf('\r\n\r\n');
	const headers = headersOf(raw.slice(0, split));
	return {
		subject: decodeWords(headers.subject ?? ''),
		parts: readParts(headers, raw.slice(split + 4)),
	};
}

function readParts(headers: Record<string, string>, body: string): MailPart[] {
	const contentType = headers['content-type'] ?? 'text/plain';
	const boundary = parameter(contentType, 'boundary');
	if (!/^multipart\//i.test(contentType) || !boundary) {
		return [
			{
				contentType: contentType.split(';')[0].trim().toLowerCase(),
				filename:
					parameter(headers['content-disposition'], 'filename') ?? parameter(contentType, 'name'),
				content: decode(body, headers['content-transfer-encoding']),
			},
		];
	}
	return body
		.split(`--${boundary}`)
		.slice(1)
		.filter((part) => !part.startsWith('--'))
		.flatMap((part) => {
			const text = part.replace(/^\r\n/, '');
			const split = text.indexOf('\r\n\r\n');
			return readParts(headersOf(text.slice(0, split)), text.slice(split + 4).replace(/\r\n$/, ''));
		});
}
