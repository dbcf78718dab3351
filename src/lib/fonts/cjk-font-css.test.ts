import { describe, expect, it } from 'vitest';
import { cjkCodePoints, parseFontFaces, selectFontFaces } from './cjk-font-css.ts';

const css = `
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff');
  unicode-range: U+4e2d, U+7f8e-7f90;
}
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/b.woff2) format('woff2'), url(./files/b.woff) format('woff');
  unicode-range: U+0000-00ff, U+30??;
}`;

describe('cjk font slices', () => {
	it('parseFontFaces() reads single points, ranges and wildcards', () => {
		expect(parseFontFaces(css).map((r) => r.ranges)).toEqual([
			[
				[0x4e2d, 0x4e2d],
				[0x7f8e, 0x7f90]
			],
			[
				[0x0000, 0x00ff],
				[0x3000, 0x30ff]
			]
		]);
	});

	it('cjkCodePoints() keeps Chinese characters and CJK punctuation, not Latin', () => {
		expect([...cjkCodePoints('中美 US 。')]).toEqual([0x4e2d, 0x7f8e, 0x3002]);
	});

	it('selectFontFaces() keeps only slices covering used characters, woff2 only', () => {
		const picked = selectFontFaces(parseFontFaces(css), cjkCodePoints('中美'));
		expect(picked).toHaveLength(1);
		expect(picked[0]).toContain('a.woff2');
		expect(picked[0]).not.toContain('a.woff)');
	});

	it('selectFontFaces() keeps nothing for Latin-only text', () => {
		expect(selectFontFaces(parseFontFaces(css), cjkCodePoints('Hello'))).toEqual([]);
	});
});
