import { crc32, deflateSync } from 'node:zlib';

export type ExportFormat = 'pdf' | 'pptx' | 'png';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
	pdf: 'application/pdf',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	png: 'application/zip',
};

export function exportFile(format: ExportFormat, title: string, cards: number): Buffer {
	if (format === 'pdf') return pdfDocument(title, cards);
	if (format === 'png') {
		return zipStore(
			Array.from({ length: cards }, (_, index) => ({
				name: `card-${String(index + 1).padStart(2, '0')}.png`,
				data: solidPng(160, 90, cardColour(index)),
			})),
		);
	}
	return opcPackage(title);
}

/** One 16:9 page per card, Helvetica text, with a correct xref table. */
function pdfDocument(title: string, pages: number): Buffer {
	const text = pdfString(title);
	const objects = new Map<number, string>([
		[1, '<< /Type /Catalog /Pages 2 0 R >>'],
		[3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
	]);
	const kids: string[] = [];
	for (let page = 0; page < pages; page++) {
		const pageId = 4 + page * 2;
		const stream = `BT /F1 32 Tf 60 440 Td (${text}) Tj /F1 16 Tf 0 -40 Td (Card ${page + 1} of ${pages}) Tj ET`;
		kids.push(`${pageId} 0 R`);
		objects.set(
			pageId,
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
		);
		objects.set(pageId + 1, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
	}
	objects.set(2, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`);
	const infoId = 4 + pages * 2;
	objects.set(infoId, `<< /Title (${text}) /Producer (n8n-nodes-ai-credits sandbox) >>`);

	let pdf = '%PDF-1.4\n';
	const offsets: number[] = [];
	for (let id = 1; id <= infoId; id++) {
		offsets[id] = pdf.length;
		pdf += `${id} 0 obj\n${objects.get(id)}\nendobj\n`;
	}
	const xrefOffset = pdf.length;
	pdf += `xref\n0 ${infoId + 1}\n0000000000 65535 f \n`;
	for (let id = 1; id <= infoId; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
	pdf += `trailer\n<< /Size ${infoId + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}

/** Printable ASCII only, so string lengths equal byte lengths in the xref. */
function pdfString(value: string): string {
	return value.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (char) => `\\${char}`);
}

export function solidPng(
	width: number,
	height: number,
	[r, g, b]: [number, number, number],
): Buffer {
	const row = Buffer.alloc(1 + width * 3);
	for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', header),
		pngChunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

function pngChunk(type: string, data: Buffer): Buffer {
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}

function cardColour(index: number): [number, number, number] {
	const palette: Array<[number, number, number]> = [
		[79, 70, 229],
		[16, 185, 129],
		[245, 158, 11],
		[239, 68, 68],
		[14, 165, 233],
	];
	return palette[index % palette.length];
}

/**
 * A valid Open Packaging Convention container (the ZIP layout .pptx uses) holding the title.
 * It has no presentation part, so PowerPoint will not open it; clients only need a real ZIP.
 */
function opcPackage(title: string): Buffer {
	const xmlTitle = title.replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);
	return zipStore([
		{
			name: '[Content_Types].xml',
			data: Buffer.from(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
					'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
					'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
					'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
					'</Types>',
			),
		},
		{
			name: '_rels/.rels',
			data: Buffer.from(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
					'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
					'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
					'</Relationships>',
			),
		},
		{
			name: 'docProps/core.xml',
			data: Buffer.from(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
					'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
					`<dc:title>${xmlTitle}</dc:title>` +
					'</cp:coreProperties>',
			),
		},
	]);
}

/** A ZIP archive with every entry stored (method 0), names flagged as UTF-8. */
function zipStore(entries: Array<{ name: string; data: Buffer }>): Buffer {
	const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
	const localParts: Buffer[] = [];
	const centralParts: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name, 'utf8');
		const crc = crc32(entry.data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x0800, 6);
		local.writeUInt16LE(0, 8);
		local.writeUInt16LE(0, 10);
		local.writeUInt16LE(dosDate, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(entry.data.length, 18);
		local.writeUInt32LE(entry.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);

		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x0800, 8);
		central.writeUInt16LE(0, 10);
		central.writeUInt16LE(0, 12);
		central.writeUInt16LE(dosDate, 14);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(entry.data.length, 20);
		central.writeUInt32LE(entry.data.length, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);

		localParts.push(local, name, entry.data);
		centralParts.push(central, name);
		offset += local.length + name.length + entry.data.length;
	}
	const centralDirectory = Buffer.concat(centralParts);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(centralDirectory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...localParts, centralDirectory, end]);
}
