/**
 * Removes secrets (an API key, OAuth2 tokens) from what the package keeps in an error, so one
 * echoed by a provider or a library is never stored with the execution. A secret of 8 or more
 * characters is removed whole and in any piece of 8 or more characters (but word-like ones),
 * which covers masked forms such as `abcdef123456...wxyz`.
 */

const MIN_PIECE = 8;
const MASK = '***';
const MAX_DEPTH = 32;

function secretsOf(secret: unknown): string[] {
	const list = Array.isArray(secret) ? secret : [secret];
	const usable = list.filter((one): one is string => typeof one === 'string' && one.length >= 4);
	// A key in a URL (a query string, a redirect) shows URL-encoded.
	return [...new Set(usable.flatMap((one) => [one, encodeURIComponent(one)]))];
}

/**
 * A piece of lowercase letters and separators only (`sk-stabi`, `-sandbox`) reads as words, not
 * as the secret part of a key, and would mask ordinary text ("Stability"); a random key's pieces
 * almost always hold a digit or a capital.
 */
const WORDS = /^[a-z._-]+$/;

/** Masks every run of `text` made of 8-character windows of `secret`. */
function maskPieces(text: string, secret: string): string {
	const windows = new Set<string>();
	for (let at = 0; at + MIN_PIECE <= secret.length; at++) {
		const window = secret.slice(at, at + MIN_PIECE);
		if (!WORDS.test(window)) windows.add(window);
	}
	let hidden: Uint8Array | undefined;
	for (let at = 0; at + MIN_PIECE <= text.length; at++) {
		if (!windows.has(text.slice(at, at + MIN_PIECE))) continue;
		hidden ??= new Uint8Array(text.length);
		hidden.fill(1, at, at + MIN_PIECE);
	}
	if (!hidden) return text;
	let result = '';
	for (let at = 0; at < text.length; at++) {
		if (!hidden[at]) result += text[at];
		else if (at === 0 || !hidden[at - 1]) result += MASK;
	}
	return result;
}

export function redact(text: string, secret: unknown): string {
	return secretsOf(secret).reduce(
		(result, one) => maskPieces(result.split(one).join(MASK), one),
		text,
	);
}

function isPlain(value: object): boolean {
	const prototype = Object.getPrototypeOf(value) as unknown;
	return prototype === Object.prototype || prototype === null;
}

function walk(value: unknown, secrets: string[], depth: number, seen: WeakSet<object>): unknown {
	if (typeof value === 'string') return redact(value, secrets);
	if (!value || typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) return value;
	seen.add(value);
	if (value instanceof Error) {
		scrubError(value, secrets, depth, seen);
		return value;
	}
	if (Array.isArray(value)) return value.map((one) => walk(one, secrets, depth + 1, seen));
	// Buffers, requests and other class instances are left alone: n8n does not store them.
	if (!isPlain(value)) return value;
	const copy: Record<string, unknown> = {};
	for (const [key, one] of Object.entries(value)) {
		copy[redact(key, secrets)] = walk(one, secrets, depth + 1, seen);
	}
	return copy;
}

function scrubError(error: Error, secrets: string[], depth: number, seen: WeakSet<object>): void {
	const fields = error as unknown as Record<string, unknown>;
	for (const key of Object.keys(fields)) {
		// The node is the workflow's own, not anything the provider said.
		if (key !== 'node') fields[key] = walk(fields[key], secrets, depth + 1, seen);
	}
	error.message = redact(error.message, secrets);
	if (error.stack) error.stack = redact(error.stack, secrets);
}

/** A copy of a JSON value with the secrets removed from every string in it (keys included). */
export function redactDeep<T>(value: T, secret: unknown): T {
	const secrets = secretsOf(secret);
	return secrets.length ? (walk(value, secrets, 0, new WeakSet()) as T) : value;
}

/**
 * The same error with the secrets removed from its message, description, stack and everything it
 * keeps (NodeApiError's `errorResponse`, `messages`, `context.data`, `cause`).
 */
export function redactError<E>(error: E, secret: unknown): E {
	const secrets = secretsOf(secret);
	if (secrets.length && error instanceof Error) scrubError(error, secrets, 0, new WeakSet());
	return error;
}
