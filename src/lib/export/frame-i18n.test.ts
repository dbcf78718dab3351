import { describe, expect, it } from 'vitest';
import type { FigureMeta } from '$lib/figure/types';
import { inLocale } from '$lib/i18n';
import { layoutFrame } from './frame';
import { PRESET_IDS, PRESETS, presetFor, presetLabel } from './presets';

const source = (id: string, publisher: string, date: string) => ({
	id,
	title: `Title ${id}`,
	author: undefined,
	publisher,
	date,
	original: undefined,
	url: undefined,
	note: undefined
});
const meta: FigureMeta = {
	id: 'test-figure',
	title: '有名称的渠道',
	sources: [source('a', 'Xinhua', '2018-02-09'), source('b', 'TIME', '1978-09-04')],
	confidence: ['verified', 'reported', 'claimed']
};
const when = new Date('2026-11-28T00:00:00Z');
const text = (layout: ReturnType<typeof layoutFrame>, id: string) =>
	layout.footer
		.find((b) => b.id === id)!
		.lines.join('')
		.replace(/\s+/g, '');

describe('layoutFrame() in Chinese', () => {
	const zh = inLocale('zh-CN', () => layoutFrame(meta, [], PRESETS['slide-16x9'], when));

	it('writes the source line with Chinese punctuation and dates; publishers stay as published', () => {
		expect(text(zh, 'sources')).toBe('来源：Xinhua，2018年2月9日；TIME，1978年9月4日');
	});

	it('dates the export in Chinese', () => {
		expect(text(zh, 'export-date')).toBe('2026年11月28日导出自中美沟通渠道');
	});

	it('explains each confidence level in Chinese', () => {
		expect(zh.key.rows.flat().map((r) => r.text)).toEqual([
			'已核实：见于公开发表的来源',
			'有报道：多方报道，或仅有单一、较弱的来源',
			'声称：有人声称，未经证实'
		]);
	});

	it('leaves the English frame as it was', () => {
		const en = layoutFrame(meta, [], PRESETS['slide-16x9'], when);
		expect(en.footer.find((b) => b.id === 'sources')!.lines.join(' ')).toBe(
			'Sources: Xinhua, 9 Feb 2018; TIME, 4 Sep 1978'
		);
		expect(en.footer.find((b) => b.id === 'export-date')!.lines.join(' ')).toBe(
			'Exported 28 Nov 2026 from US–China channels'
		);
		expect(en.key.rows.flat()[0].text).toBe('Verified: read in a published source');
	});
});

describe('presetLabel()', () => {
	it('names every preset in both languages', () => {
		expect(PRESET_IDS.map((id) => presetLabel(id))).toEqual([
			'Slide 16:9',
			'Slide 4:3',
			'A4 landscape',
			'Square',
			'As shown'
		]);
		expect(inLocale('zh-CN', () => PRESET_IDS.map((id) => presetLabel(id)))).toEqual([
			'幻灯片 16:9',
			'幻灯片 4:3',
			'A4 横向',
			'正方形',
			'按显示尺寸'
		]);
	});
});

describe('bilingual frame', () => {
	const meta = {
		id: 'engagement-counts',
		title: 'Engagement per quarter',
		subtitle: 'Official and civil events',
		sources: [],
		confidence: ['verified' as const],
		bilingual: {
			en: { title: 'Engagement per quarter', subtitle: 'Official and civil events' },
			'zh-CN': { title: '每季度交往', subtitle: '官方与民间事件' }
		}
	};

	it('sets the English title with the Chinese under it, then both subtitles', () => {
		const layout = layoutFrame(
			meta,
			[],
			presetFor('slide-16x9', 1200),
			new Date(Date.UTC(2026, 10, 28)),
			1,
			false,
			true
		);
		expect(layout.header.map((b) => [b.id, b.lines.join(' ')])).toEqual([
			['title', 'Engagement per quarter'],
			['title-zh', '每季度交往'],
			['subtitle', 'Official and civil events'],
			['subtitle-zh', '官方与民间事件']
		]);
		expect(layout.title).toBe('Engagement per quarter / 每季度交往');
	});

	it('keeps one language when not asked for both, or when the Figure has no bilingual titles', () => {
		const date = new Date(Date.UTC(2026, 10, 28));
		const one = layoutFrame(meta, [], presetFor('slide-16x9', 1200), date);
		expect(one.header.map((b) => b.id)).toEqual(['title', 'subtitle']);
		const none = layoutFrame(
			{ ...meta, bilingual: undefined },
			[],
			presetFor('slide-16x9', 1200),
			date,
			1,
			false,
			true
		);
		expect(none.header.map((b) => b.id)).toEqual(['title', 'subtitle']);
	});
});
