/**
 * Serves `virtual:cjk-font.css`: the Noto Sans SC slices that cover the Chinese characters in data/*.csv
 * and src/ (see cjk-font-css.ts), with url()s pointing at the fontsource files so Vite fingerprints them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { cjkCodePoints, parseFontFaces, selectFontFaces } from './cjk-font-css.ts';
import { FONT_SOURCES, slicesOf } from './font-slices.ts';

const ID = 'virtual:cjk-font.css';
const RESOLVED = `\0${ID}`;
/** Every font slice an export may embed, with its built URL; imported only by the export code. */
const SLICES_ID = 'virtual:font-slices';
const SLICES_RESOLVED = `\0${SLICES_ID}`;

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
		resolveId: (id) => (id === ID ? RESOLVED : id === SLICES_ID ? SLICES_RESOLVED : undefined),
		load(id) {
			if (id === SLICES_RESOLVED) return slicesModule(require);
			if (id !== RESOLVED) return;
			const points = cjkCodePoints(
				textOf('data', ['.csv']) + textOf('src', ['.svelte', '.ts', '.json']) + textOf('messages', ['.json'])
			);
			const rules = selectFontFaces(parseFontFaces(readFileSync(cssPath, 'utf8')), points);
			return rules.map((r) => r.replace(/url\(\.\/files\//g, `url(${filesDir}/`)).join('\n');
		}
	};
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
