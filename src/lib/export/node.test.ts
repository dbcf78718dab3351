import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLocale } from '$lib/i18n';
import { exportAll } from './node';

const DATE = new Date(Date.UTC(2026, 10, 28));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

async function exportOne(lang: 'en' | 'zh' | 'bilingual') {
	const out = mkdtempSync(join(tmpdir(), `export-${lang}-`));
	const files = await exportAll({
		out,
		presets: ['square'],
		lang,
		scale: 1,
		date: DATE,
		dataDir: 'tests/fixtures/data',
		only: ['engagement-counts']
	});
	const read = (ext: string) => readFileSync(files.find((f) => f.endsWith(ext))!);
	return { files, svg: read('.svg').toString('utf8'), png: read('.png'), csv: read('.csv').toString('utf8') };
}

// Subsetting Noto Sans SC and rasterising take seconds on a busy machine: not a speed test.
describe('npm run export in Chinese', { timeout: 60_000 }, () => {
	it('--lang zh draws the Figure in Chinese with the Chinese font embedded, then restores English', async () => {
		const { files, svg, png, csv } = await exportOne('zh');
		expect(files.map((f) => f.split('/').at(-1))).toEqual([
			'engagement-counts-square-2026-11-28.svg',
			'engagement-counts-square-2026-11-28.png',
			'engagement-counts-square-2026-11-28.csv'
		]);
		expect(svg).toMatch(/<g id="title"[^>]*><text[^>]*>每季度/);
		expect(svg).toContain('2026年11月28日');
		expect(svg).toMatch(
			/@font-face\{font-family:'Noto Sans SC';font-style:normal;font-weight:400;src:url\(data:font\/woff2;base64,/
		);
		expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)|@import/);
		expect(pngSize(png)).toEqual([1080, 1080]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		// What date the data runs to (the fixture's latest record), and the day of the run, in Chinese.
		expect(svg).toMatch(/<g id="as-of"[^>]*><text[^>]*>数据截至2024年11月16日 · 构建于2026年11月28日/);
		expect(csv.split('\r\n')[1]).toBe('# 数据截至2024年11月16日 · 构建于2026年11月28日');
		expect(getLocale()).toBe('en');
	});

	it('--lang bilingual sets the English title with the Chinese under it', async () => {
		const { svg } = await exportOne('bilingual');
		expect(svg).toMatch(/<g id="title"[^>]*><text[^>]*>Events per quarter/);
		expect(svg).toMatch(/<g id="title-zh"[^>]*><text[^>]*>每季度/);
		expect(svg).toContain('Exported 28 Nov 2026');
		expect(svg).toContain('Data as of 16 Nov 2024 · built 28 Nov 2026');
	});
});
