/**
 * Fonts for exports made in Node, cut down to the characters the file uses (harfbuzz, via subset-font):
 * woff2 inlined in the SVG, TrueType files for the PNG renderer. Latin comes from the same Source Sans 3
 * slices the browser embeds; Chinese from the whole Noto Sans SC (regular and semibold) as one file per
 * weight, because resvg gives up on text that needs glyphs from many fallback files (the browser's
 * unicode-range slices are one file each).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_SOURCES, fontFaceCss, slicesFor, slicesOf, type FontSlice } from '$lib/fonts/font-slices';

const require = createRequire(import.meta.url);

interface SliceFile extends FontSlice {
	path: string;
}

/** Noto Sans SC as whole TrueType fonts, by weight. */
const CJK_FONTS = [
	{ weight: 400, file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
	{ weight: 600, file: '@expo-google-fonts/noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf' }
];
const CJK_RANGES: [number, number][] = [
	[0x2e80, 0x2fff],
	[0x3000, 0x303f],
	[0x3040, 0x9fff],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xffef]
];
const isCjk = (ch: string) => CJK_RANGES.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);

/** OpenType layout features kept in the PNG renderer's fonts: all but the ligatures. */
const NO_LIGATURES = ['kern', 'mark', 'mkmk', 'ccmp', 'locl', 'calt', 'case', 'vert', 'vrt2'];

let all: SliceFile[] | undefined;
function allSlices(): SliceFile[] {
	all ??= FONT_SOURCES.filter((source) => !source.pkg.includes('noto-sans-sc')).flatMap((source) => {
		const css = require.resolve(`${source.pkg}/${source.css}`);
		return slicesOf(readFileSync(css, 'utf8'), source.keep).map((s) => ({
			...s,
			path: join(dirname(css), 'files', s.file)
		}));
	});
	return all;
}

export interface NodeFonts {
	/** @font-face rules with woff2 subsets inlined. */
	css: string;
	/** TrueType subsets on disk, for resvg. */
	files: string[];
}

/** The fonts needed to draw `text`, subset to its characters. */
export async function fontsFor(text: string): Promise<NodeFonts> {
	const chars = [...new Set(text)].join('');
	const dir = mkdtempSync(join(tmpdir(), 'export-fonts-'));
	const css: string[] = [];
	const files: string[] = [];
	const cjk = [...chars].filter(isCjk).join('');
	const sources: SliceFile[] = [
		...slicesFor(chars, allSlices()),
		...(cjk
			? CJK_FONTS.map((f) => ({
					family: 'Noto Sans SC',
					weight: f.weight,
					file: `noto-sans-sc-${f.weight}.woff2`,
					ranges: CJK_RANGES,
					path: require.resolve(f.file)
				}))
			: [])
	];
	for (const [i, slice] of sources.entries()) {
		const source = readFileSync(slice.path);
		const subset = slice.ranges === CJK_RANGES ? cjk : chars;
		const woff2 = await subsetFont(source, subset, { targetFormat: 'woff2' });
		css.push(fontFaceCss(slice, Buffer.from(woff2).toString('base64')));
		// For resvg, no ligatures: its fallback between fonts gives up on a line where a Latin ligature
		// ("ff" in "Affairs") sits among Chinese characters, and draws the line without its Latin letters.
		const ttf = await subsetFont(source, subset, { targetFormat: 'truetype', keepFeatures: NO_LIGATURES });
		const file = join(dir, `${i}-${slice.file.replace('.woff2', '.ttf')}`);
		writeFileSync(file, ttf);
		files.push(file);
	}
	return { css: css.join(''), files };
}
