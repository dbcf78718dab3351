/**
 * Embedded OpenType (EOT, version 0x00020001, uncompressed, not XOR-ed): the container PowerPoint keeps
 * embedded fonts in (`ppt/fonts/*.fntdata`). The header repeats facts of the TrueType font (OS/2, head and
 * name tables); the font itself follows unchanged. Spec: W3C Member Submission "Embedded OpenType (EOT)
 * File Format" (2008). All header values are little-endian.
 */

interface Table {
	offset: number;
	length: number;
}

function tablesOf(font: DataView): Map<string, Table> {
	const tables = new Map<string, Table>();
	const count = font.getUint16(4);
	for (let i = 0; i < count; i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(at + k)));
		tables.set(tag, { offset: font.getUint32(at + 8), length: font.getUint32(at + 12) });
	}
	return tables;
}

/** The Windows (platform 3, UTF-16BE) string of a name id, as UTF-16LE bytes. */
function nameOf(font: DataView, table: Table, nameId: number): Uint8Array {
	const count = font.getUint16(table.offset + 2);
	const strings = table.offset + font.getUint16(table.offset + 4);
	for (let i = 0; i < count; i++) {
		const rec = table.offset + 6 + 12 * i;
		if (font.getUint16(rec) !== 3 || font.getUint16(rec + 6) !== nameId) continue;
		const length = font.getUint16(rec + 8);
		const start = strings + font.getUint16(rec + 10);
		const out = new Uint8Array(length);
		for (let k = 0; k + 1 < length; k += 2) {
			out[k] = font.getUint8(start + k + 1);
			out[k + 1] = font.getUint8(start + k);
		}
		return out;
	}
	return new Uint8Array(0);
}

/** A TrueType font wrapped as EOT. Throws if it is not a TrueType/OpenType font with OS/2, head and name. */
export function ttfToEot(ttf: Uint8Array): Uint8Array<ArrayBuffer> {
	const font = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
	const version = font.getUint32(0);
	if (version !== 0x00010000 && version !== 0x4f54544f)
		throw new Error('not a TrueType or OpenType font (wrong sfnt version)');
	const tables = tablesOf(font);
	const os2 = tables.get('OS/2');
	const head = tables.get('head');
	const name = tables.get('name');
	if (!os2 || !head || !name) throw new Error('the font has no OS/2, head or name table');

	// Family, style, version and full name, each with its size; a 2-byte padding before all but the first.
	const names = [1, 2, 5, 4].map((id) => nameOf(font, name, id));
	const HEADER = 82; // through Padding1
	const size = HEADER + names.reduce((n, s, i) => n + (i ? 4 : 2) + s.length, 0) + 4 + ttf.length;
	const out = new Uint8Array(size);
	const eot = new DataView(out.buffer);
	eot.setUint32(0, size, true);
	eot.setUint32(4, ttf.length, true);
	eot.setUint32(8, 0x00020001, true);
	eot.setUint32(12, 0, true); // flags: no subset info, no compression, no XOR
	for (let i = 0; i < 10; i++) eot.setUint8(16 + i, font.getUint8(os2.offset + 32 + i)); // PANOSE
	eot.setUint8(26, 1); // DEFAULT_CHARSET
	eot.setUint8(27, font.getUint16(os2.offset + 62) & 1); // fsSelection: italic
	eot.setUint32(28, font.getUint16(os2.offset + 4), true); // usWeightClass
	eot.setUint16(32, font.getUint16(os2.offset + 8), true); // fsType (embedding permissions)
	eot.setUint16(34, 0x504c, true); // magic number
	for (let i = 0; i < 4; i++) eot.setUint32(36 + 4 * i, font.getUint32(os2.offset + 42 + 4 * i), true);
	const hasCodePages = font.getUint16(os2.offset) >= 1;
	for (let i = 0; i < 2; i++)
		eot.setUint32(52 + 4 * i, hasCodePages ? font.getUint32(os2.offset + 78 + 4 * i) : 0, true);
	eot.setUint32(60, font.getUint32(head.offset + 8), true); // checkSumAdjustment
	// 64-79 reserved, 80-81 padding: zero.
	let at = HEADER;
	for (const [i, s] of names.entries()) {
		if (i > 0) at += 2; // padding
		eot.setUint16(at, s.length, true);
		out.set(s, at + 2);
		at += 2 + s.length;
	}
	at += 4; // padding, then RootStringSize 0: no root string, usable from any document
	out.set(ttf, at);
	return out;
}
