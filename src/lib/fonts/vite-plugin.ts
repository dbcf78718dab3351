/**
 * Serves `virtual:cjk-font.css`: the Noto Sans SC slices that cover the Chinese characters in data/*.csv
 * and src/ (see cjk-font-css.ts), with url()s pointing at the fontsource files so Vite fingerprints them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { cjkCodePoints, parseFontFaces, selectFontFaces } from './cjk-font-css.ts';
import { FONT_SOURCES, slicesOf } from './font-slices.ts';

const ID = 'virtual:cjk-font.css';
const RESOLVED = `\0${ID}`;
/** Every font slice an export may embed, with its built URL; imported only by the export code. */
const SLICES_ID = 'virtual:font-slices';
const SLICES_RESOLVED = `\0${SLICES_ID}`;
/**
 * Noto Sans SC as one TrueType file cut down to the site's Chinese characters and ASCII: what a PowerPoint
 * export embeds (PowerPoint takes TrueType in EOT, not woff2 slices). Loaded only by the PPTX export.
 */
const TTF_ID = 'virtual:cjk-ttf';
const TTF_RESOLVED = `\0${TTF_ID}`;
const FULL_TTF = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

function textOf(dir: string, exts: string[]): string {
	let out = '';
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== 'paraglide' && name !== 'node_modules') out += textOf(path, exts);
		} else if (exts.some((e) => name.endsWith(e))) out += readFileSync(path, 'utf8');
	}
	return out;
}

export function cjkFont(): Plugin {
	const require = createRequire(import.meta.url);
	const cssPath = require.resolve('@fontsource/noto-sans-sc/400.css');
	const filesDir = join(dirname(cssPath), 'files');
	return {
		name: 'cjk-font',
		resolveId: (id) =>
			id === ID ? RESOLVED : id === SLICES_ID ? SLICES_RESOLVED : id === TTF_ID ? TTF_RESOLVED : undefined,
		async load(id) {
			if (id === SLICES_RESOLVED) return slicesModule(require);
			if (id === TTF_RESOLVED) return ttfModule(require, siteCjkPoints());
			if (id !== RESOLVED) return;
			const points = siteCjkPoints();
			const rules = selectFontFaces(parseFontFaces(readFileSync(cssPath, 'utf8')), points);
			return rules.map((r) => r.replace(/url\(\.\/files\//g, `url(${filesDir}/`)).join('\n');
		}
	};
}

/** The Chinese characters the site shows: in the data, the source and the messages. */
function siteCjkPoints(): Set<number> {
	return cjkCodePoints(
		textOf('data', ['.csv']) + textOf('src', ['.svelte', '.ts', '.json']) + textOf('messages', ['.json'])
	);
}

/** `export default url` of the TrueType subset (written once per set of characters under node_modules/.cache). */
async function ttfModule(require: NodeJS.Require, points: Set<number>): Promise<string> {
	const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
	const text = ascii + '–—‘’“”…·×°' + String.fromCodePoint(...[...points].sort((a, b) => a - b));
	const dir = join('node_modules', '.cache', 'cjk-ttf');
	const key = [...text].reduce((h, ch) => (h * 31 + ch.codePointAt(0)!) >>> 0, 7).toString(16);
	const file = join(process.cwd(), dir, `NotoSansSC-site-${key}.ttf`);
	if (!existsSync(file)) {
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			file,
			await subsetFont(readFileSync(require.resolve(FULL_TTF)), text, { targetFormat: 'truetype' })
		);
	}
	return `export { default } from ${JSON.stringify(file + '?url')};\n`;
}

/** `export default [{ family, weight, ranges, url }]`, each url a Vite `?url` import of the woff2 file. */
function slicesModule(require: NodeJS.Require): string {
	const imports: string[] = [];
	const entries: string[] = [];
	for (const source of FONT_SOURCES) {
		const cssPath = require.resolve(`${source.pkg}/${source.css}`);
		for (const slice of slicesOf(readFileSync(cssPath, 'utf8'), source.keep)) {
			const name = `u${imports.length}`;
			imports.push(
				`import ${name} from ${JSON.stringify(join(dirname(cssPath), 'files', slice.file) + '?url')};`
			);
			entries.push(
				`{family:${JSON.stringify(slice.family)},weight:${slice.weight},ranges:${JSON.stringify(slice.ranges)},url:${name}}`
			);
		}
	}
	return `${imports.join('\n')}\nexport default [${entries.join(',\n')}];\n`;
}
