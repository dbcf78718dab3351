/**
 * Fonts for exports made in Node: the same slices the browser embeds, cut down to the characters the file
 * uses (harfbuzz, via subset-font): woff2 inlined in the SVG, TrueType files for the PNG renderer.
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

let all: SliceFile[] | undefined;
function allSlices(): SliceFile[] {
	all ??= FONT_SOURCES.flatMap((source) => {
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
	for (const [i, slice] of slicesFor(chars, allSlices()).entries()) {
		const source = readFileSync(slice.path);
		const woff2 = await subsetFont(source, chars, { targetFormat: 'woff2' });
		css.push(fontFaceCss(slice, Buffer.from(woff2).toString('base64')));
		const ttf = await subsetFont(source, chars, { targetFormat: 'truetype' });
		const file = join(dir, `${i}-${slice.file.replace('.woff2', '.ttf')}`);
		writeFileSync(file, ttf);
		files.push(file);
	}
	return { css: css.join(''), files };
}
