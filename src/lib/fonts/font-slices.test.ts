import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, slicesFor, slicesOf } from './font-slices';

const require = createRequire(import.meta.url);
const css = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/${file}`), 'utf8');

describe('font slices', () => {
	const latin = slicesOf(css('@fontsource/source-sans-3', '400.css'), /latin/);
	const chinese = slicesOf(css('@fontsource/noto-sans-sc', '400.css'));

	it('reads the Latin slices of Source Sans 3 with their family, weight and file', () => {
		expect(latin.map((s) => s.file)).toEqual([
			'source-sans-3-latin-ext-400-normal.woff2',
			'source-sans-3-latin-400-normal.woff2'
		]);
		expect(latin[1]).toMatchObject({ family: 'Source Sans 3', weight: 400 });
	});

	it('needs only the basic Latin slice for English text', () => {
		expect(slicesFor('Woodside summit, 15 Nov 2023 – “5 of 50”', latin).map((s) => s.file)).toEqual([
			'source-sans-3-latin-400-normal.woff2'
		]);
	});

	it('needs a few Noto Sans SC slices for a Chinese title, not all of them', () => {
		const needed = slicesFor('中美全面经济对话', chinese);
		expect(chinese.length).toBeGreaterThan(90);
		expect(needed.length).toBeGreaterThan(0);
		expect(needed.length).toBeLessThan(9);
	});

	it('writes an @font-face rule with the font inlined and its unicode range', () => {
		expect(
			fontFaceCss(
				{
					family: 'F',
					weight: 600,
					ranges: [
						[0x20, 0x7e],
						[0x4e2d, 0x4e2d]
					]
				},
				'AAAA'
			)
		).toBe(
			"@font-face{font-family:'F';font-style:normal;font-weight:600;src:url(data:font/woff2;base64,AAAA) format('woff2');unicode-range:U+20-7E,U+4E2D}"
		);
	});
});
