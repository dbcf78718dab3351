import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import type { FigureMeta } from '$lib/figure/types';
import { addFigureSlide, newPresentation, writePresentation } from './pptx';

const require = createRequire(import.meta.url);
const FULL = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const loadFont = async () =>
	new Uint8Array(
		await subsetFont(readFileSync(FULL), '每季度交往官方与民间事件来源 0123456789', {
			targetFormat: 'truetype'
		})
	);

const meta = (title: string, subtitle: string): FigureMeta => ({
	id: 'engagement-counts',
	title,
	subtitle,
	sources: [],
	confidence: ['verified'],
	bilingual: {
		en: { title: 'Engagement per quarter', subtitle: 'Official and civil events' },
		'zh-CN': { title: '每季度交往', subtitle: '官方与民间事件' }
	}
});

async function pptxFiles(spec: Parameters<typeof addFigureSlide>[1]) {
	const pptx = await newPresentation(spec.meta.title);
	addFigureSlide(pptx, spec);
	const blob = await writePresentation(pptx, loadFont);
	return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('PowerPoint in Chinese', () => {
	it('sets a Chinese slide in Noto Sans SC and embeds the font as PowerPoint does', async () => {
		const files = await pptxFiles({ meta: meta('每季度交往', '官方与民间事件') });
		const slide = strFromU8(files['ppt/slides/slide1.xml']);
		expect(slide).toContain('每季度交往');
		expect(slide).toContain('typeface="Noto Sans SC"');
		expect(slide).not.toContain('typeface="Source Sans 3"');
		const presentation = strFromU8(files['ppt/presentation.xml']);
		expect(presentation).toMatch(
			/<p:notesSz[^>]*\/><p:embeddedFontLst><p:embeddedFont><p:font typeface="Noto Sans SC"[^>]*\/><p:regular r:id="rIdEmbeddedFont1"\/>/
		);
		expect(presentation).toContain('embedTrueTypeFonts="1"');
		expect(strFromU8(files['ppt/_rels/presentation.xml.rels'])).toContain(
			'Id="rIdEmbeddedFont1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font1.fntdata"'
		);
		expect(strFromU8(files['[Content_Types].xml'])).toContain(
			'<Default Extension="fntdata" ContentType="application/x-fontdata"/>'
		);
		const eot = files['ppt/fonts/font1.fntdata'];
		const view = new DataView(eot.buffer, eot.byteOffset, eot.byteLength);
		expect(view.getUint32(0, true)).toBe(eot.length);
		expect(view.getUint16(34, true)).toBe(0x504c);
	});

	it('leaves an English slide in Source Sans 3 with no font embedded', async () => {
		const files = await pptxFiles({ meta: meta('Engagement per quarter', 'Official and civil events') });
		expect(strFromU8(files['ppt/slides/slide1.xml'])).toContain('typeface="Source Sans 3"');
		expect(files['ppt/fonts/font1.fntdata']).toBeUndefined();
		expect(strFromU8(files['ppt/presentation.xml'])).not.toContain('embeddedFontLst');
	});

	it('titles a bilingual slide in English with the Chinese under it', async () => {
		const files = await pptxFiles({
			meta: meta('Engagement per quarter', 'Official and civil events'),
			bilingual: true
		});
		const slide = strFromU8(files['ppt/slides/slide1.xml']);
		expect(slide.indexOf('Engagement per quarter')).toBeLessThan(slide.indexOf('每季度交往'));
		expect(slide).toContain('官方与民间事件');
		expect(files['ppt/fonts/font1.fntdata']).toBeDefined();
	});
});

describe('PowerPoint as-of date', () => {
	it('puts "Data as of" in the slide footer and in the speaker notes', async () => {
		const asOf = { data: '2026-05-15', built: '2026-12-04' };
		const files = await pptxFiles({
			meta: { ...meta('Engagement per quarter', 'Official and civil events'), asOf },
			exportedOn: new Date('2026-12-20T10:00:00Z')
		});
		const line = 'Data as of 15 May 2026 · built 4 Dec 2026 · exported 20 Dec 2026';
		expect(strFromU8(files['ppt/slides/slide1.xml'])).toContain(line);
		const notes = Object.keys(files).find((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))!;
		expect(strFromU8(files[notes])).toContain(line);
	});
});
