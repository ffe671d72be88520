const REDACTED = '[redacted]';
/** The runs of characters that APIs and logs use to stand for the hidden middle of a key. */
const MASK = '(?:\\.{2,}|…+|\\*{2,}|•{2,})';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so the regex removes the most it can. */
function alternatives(parts: string[]): string {
	return parts.map(escapeRegExp).join('|');
}

/**
 * Masked forms of a key, e.g. "sk-gam...0001", "sk-gamma-****0001", "…0001": a start of the key
 * (4 characters or more) then a mask then any end of it, or a mask then an end of 3 or more.
 */
function maskedForms(secret: string): RegExp {
	const heads: string[] = [];
	const tails: string[] = [];
	for (let length = secret.length - 1; length >= 1; length--) {
		if (length >= 4) heads.push(secret.slice(0, length));
		tails.push(secret.slice(-length));
	}
	const head = alternatives(heads);
	const tail = alternatives(tails);
	const longTail = alternatives(tails.filter((end) => end.length >= 3));
	return new RegExp(`(?:${head})${MASK}(?:${tail})?|${MASK}(?:${longTail})`, 'g');
}

/** Removes every secret, URL-encoded too, and its masked forms from a text. */
export function redactor(secrets: readonly string[]): (text: string) => string {
	const usable = [...new Set(secrets.filter((secret) => secret.length >= 4))];
	const patterns = usable.map(maskedForms);
	return (text) => {
		let clean = text;
		for (const secret of usable) {
			for (const form of new Set([secret, encodeURIComponent(secret)])) {
				clean = clean.split(form).join(REDACTED);
			}
		}
		for (const pattern of patterns) clean = clean.replace(pattern, REDACTED);
		return clean;
	};
}
