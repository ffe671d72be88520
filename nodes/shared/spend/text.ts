/** User text made safe to show: in SVG and HTML (XML 1.0 characters, escaped) and in plain text. */

const REPLACEMENT = '\ufffd';

function isControl(code: number): boolean {
	return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Control characters (tabs and line breaks too) become spaces; unpaired surrogates and the
 * noncharacters U+FFFE and U+FFFF, which XML 1.0 does not allow even escaped (W3C XML 1.0 §2.2,
 * "Char"), become U+FFFD.
 */
export function cleanText(text: string): string {
	let out = '';
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isControl(code)) {
			out += ' ';
		} else if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(index + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				out += text.slice(index, index + 2);
				index++;
			} else {
				out += REPLACEMENT;
			}
		} else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
			out += REPLACEMENT;
		} else {
			out += text[index];
		}
	}
	return out;
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Clean and escape for element text and quoted attributes, in both XML and HTML. */
export function escapeMarkup(text: string): string {
	return cleanText(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** At most `max` characters (code points, so an emoji is never cut in half), ending in '…'. */
export function truncate(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Cleaned, trimmed, shortened: a label for a chart or a line of a digest. */
export function shortLabel(text: string, max: number): string {
	return truncate(cleanText(text).trim() || '(empty)', max);
}

/** Lines of at most `width` characters, broken at spaces (a longer word is cut). */
export function wrapText(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of cleanText(text).split(' ').filter(Boolean)) {
		let rest = word;
		while (Array.from(rest).length > width) {
			if (line !== '') lines.push(line);
			const chars = Array.from(rest);
			lines.push(chars.slice(0, width).join(''));
			rest = chars.slice(width).join('');
			line = '';
		}
		if (line === '') line = rest;
		else if (Array.from(line).length + 1 + Array.from(rest).length <= width) line += ` ${rest}`;
		else {
			lines.push(line);
			line = rest;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
