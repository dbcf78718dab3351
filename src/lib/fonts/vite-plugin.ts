/**
 * Serves `virtual:cjk-font.css`: the Noto Sans SC slices that cover the Chinese characters in data/*.csv
 * and src/ (see cjk-font-css.ts), with url()s pointing at the fontsource files so Vite fingerprints them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { cjkCodePoints, parseFontFaces, selectFontFaces } from './cjk-font-css.ts';

const ID = 'virtual:cjk-font.css';
const RESOLVED = `\0${ID}`;

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
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return;
			const points = cjkCodePoints(textOf('data', ['.csv']) + textOf('src', ['.svelte', '.ts', '.json']));
			const rules = selectFontFaces(parseFontFaces(readFileSync(cssPath, 'utf8')), points);
			return rules.map((r) => r.replace(/url\(\.\/files\//g, `url(${filesDir}/`)).join('\n');
		}
	};
}
