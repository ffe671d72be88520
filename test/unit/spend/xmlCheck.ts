/**
 * A small well-formedness check for the SVG and HTML the spend reports write (W3C XML 1.0 §2):
 * legal characters, elements nested and closed, one root, attributes quoted and not repeated,
 * no raw `<` in values, `&` only in the five predefined or numeric references. No DTDs,
 * namespaces or CDATA: the documents under test use none.
 */

function isXmlChar(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7ff) ||
		(code >= 0xe000 && code <= 0xfffd) ||
		(code >= 0x10000 && code <= 0x10ffff)
	);
}

const REFERENCE = /^&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/;
const NAME = /^[A-Za-z_:][\w:.-]*/;
const ATTRIBUTE = /^\s+([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/;

function referenceProblems(text: string, where: string): string[] {
	const problems: string[] = [];
	for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
		const match = REFERENCE.exec(text.slice(index));
		if (match === null) problems.push(`bare & in ${where}: ${text.slice(index, index + 12)}`);
		else if (match[2] || match[3]) {
			const code = match[2] ? Number(match[2]) : parseInt(match[3], 16);
			if (!isXmlChar(code)) problems.push(`reference to an illegal character in ${where}`);
		}
	}
	return problems;
}

export function xmlProblems(document: string): string[] {
	const problems: string[] = [];
	for (const char of document) {
		const code = char.codePointAt(0) ?? 0;
		if (!isXmlChar(code) || (code >= 0xd800 && code <= 0xdfff)) {
			problems.push(`illegal character U+${code.toString(16).padStart(4, '0')}`);
		}
	}
	const stack: string[] = [];
	let roots = 0;
	let index = 0;
	while (index < document.length) {
		const open = document.indexOf('<', index);
		const text = open === -1 ? document.slice(index) : document.slice(index, open);
		problems.push(...referenceProblems(text, 'text'));
		if (stack.length === 0 && text.trim() !== '')
			problems.push(`text outside the root: ${text.trim().slice(0, 20)}`);
		if (open === -1) break;
		if (document.startsWith('<!--', open)) {
			const end = document.indexOf('-->', open + 4);
			if (end === -1) return [...problems, 'unclosed comment'];
			index = end + 3;
			continue;
		}
		if (document.startsWith('<?', open) || document.startsWith('<!DOCTYPE', open)) {
			if (roots > 0 || stack.length > 0) problems.push('declaration after the root began');
			const end = document.indexOf('>', open);
			if (end === -1) return [...problems, 'unclosed declaration'];
			index = end + 1;
			continue;
		}
		let end = open + 1;
		let quote = '';
		while (end < document.length && (quote !== '' || document[end] !== '>')) {
			const char = document[end];
			if (quote === '' && (char === '"' || char === "'")) quote = char;
			else if (char === quote) quote = '';
			end++;
		}
		if (end >= document.length) return [...problems, `unclosed tag at ${open}`];
		const tag = document.slice(open + 1, end);
		index = end + 1;
		if (tag.startsWith('/')) {
			const name = tag.slice(1).trim();
			const expected = stack.pop();
			if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
			continue;
		}
		const selfClosing = tag.endsWith('/');
		let rest = selfClosing ? tag.slice(0, -1) : tag;
		const name = NAME.exec(rest)?.[0];
		if (name === undefined) {
			problems.push(`bad tag <${tag.slice(0, 20)}>`);
			continue;
		}
		rest = rest.slice(name.length);
		const seen = new Set<string>();
		for (
			let attribute = ATTRIBUTE.exec(rest);
			attribute !== null;
			attribute = ATTRIBUTE.exec(rest)
		) {
			const [whole, attributeName, double, single] = attribute;
			const value = double ?? single ?? '';
			if (seen.has(attributeName)) problems.push(`${attributeName} repeated on <${name}>`);
			seen.add(attributeName);
			if (value.includes('<')) problems.push(`< in the value of ${attributeName}`);
			problems.push(...referenceProblems(value, `${attributeName}=`));
			rest = rest.slice(whole.length);
		}
		if (rest.trim() !== '')
			problems.push(`cannot read the attributes of <${name}>: ${rest.trim().slice(0, 20)}`);
		if (stack.length === 0) roots++;
		if (!selfClosing) stack.push(name);
	}
	if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
	if (roots !== 1) problems.push(`${roots} root elements`);
	return problems;
}
