import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import subsetFont from 'subset-font';
import { ttfToEot } from './eot';

const require = createRequire(import.meta.url);
const TTF = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** Reads an EOT header back the way a reader (libeot, PowerPoint) does. */
function readEot(eot: Uint8Array) {
	const v = new DataView(eot.buffer, eot.byteOffset, eot.byteLength);
	let at = 82;
	const names: string[] = [];
	for (let i = 0; i < 4; i++) {
		if (i > 0) at += 2;
		const n = v.getUint16(at, true);
		names.push(new TextDecoder('utf-16le').decode(eot.subarray(at + 2, at + 2 + n)));
		at += 2 + n;
	}
	at += 2;
	const root = v.getUint16(at, true);
	at += 2 + root;
	return {
		size: v.getUint32(0, true),
		fontSize: v.getUint32(4, true),
		version: v.getUint32(8, true),
		flags: v.getUint32(12, true),
		weight: v.getUint32(28, true),
		fsType: v.getUint16(32, true),
		magic: v.getUint16(34, true),
		names,
		font: eot.subarray(at)
	};
}

describe('ttfToEot', () => {
	it('wraps a subset of Noto Sans SC with a header PowerPoint can read', async () => {
		const ttf = new Uint8Array(
			await subsetFont(readFileSync(TTF), '中美沟通渠道 Channels 2023', { targetFormat: 'truetype' })
		);
		const eot = ttfToEot(ttf);
		const h = readEot(eot);
		expect(h.size).toBe(eot.length);
		expect(h.fontSize).toBe(ttf.length);
		expect(h.version).toBe(0x00020001);
		expect(h.flags).toBe(0);
		expect(h.magic).toBe(0x504c);
		expect(h.weight).toBe(400);
		expect(h.fsType & 0x0002).toBe(0); // not restricted: embedding is allowed (SIL OFL)
		expect(h.names[0]).toBe('Noto Sans SC');
		expect(h.names[1]).toBe('Regular');
		expect(h.names[3]).toMatch(/^Noto Sans SC/);
		expect([...h.font]).toEqual([...ttf]);
	});

	it('refuses what is not a font', () => {
		expect(() => ttfToEot(new Uint8Array(64))).toThrow(/not a TrueType/);
	});
});
