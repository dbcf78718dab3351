import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../../../tests/fixtures/data';
import { inLocale } from '$lib/i18n';
import { CHANNELS_DOMAIN, channelLanes, statusCountsOverTime } from '$lib/transforms/channel-timeline';
import { claimExport, claimSummary, countExport, lanesExport, lanesSummary } from './export';

const data = fixtureData();
const claim = data.claims.find((c) => c.id === 'five-of-fifty-channels')!;
const lanes = channelLanes(data.channels, data.channelPeriods, CHANNELS_DOMAIN);
const steps = statusCountsOverTime(lanes);
const VIA = 'Liye Hong, E-International Relations, Nov 2023';

describe('lanesSummary()', () => {
	it('reads as before in English', () => {
		expect(inLocale('en', () => lanesSummary(lanes, steps))).toBe(
			'Of 15 named government channels, 0 are active, 2 suspended or cancelled and 13 of unknown status when our sources stop (31 Dec 2024). China cancelled or suspended 8 channels on 5 Aug 2022. 6 of them came back between 16 Jul 2023 and 9 Sep 2024.'
		);
	});

	it('says the same in Chinese, with every number from the data', () => {
		const zh = inLocale('zh-CN', () => lanesSummary(lanes, steps));
		expect(zh).toBe(
			'在15个具名政府间渠道中，截至我们的来源所及（2024年12月31日），0个运行中，2个暂停或取消，13个状态不明。2022年8月5日，中方取消或暂停了8个渠道。其中6个于2023年7月16日至2024年9月9日期间恢复。'
		);
		expect(zh).not.toMatch(/[A-Za-z]/);
	});

	it('is empty without steps, in both languages', () => {
		expect(inLocale('en', () => lanesSummary([], []))).toBe('');
		expect(inLocale('zh-CN', () => lanesSummary([], []))).toBe('');
	});
});

describe('claimSummary()', () => {
	it('reads as before in English', () => {
		expect(inLocale('en', () => claimSummary(claim, VIA))).toBe(
			'Michael Pillsbury is reported to have said on 23 Oct 2023 (Speech at Peking University) that 5 of 50 communication channels still open, as reported by Liye Hong, E-International Relations, Nov 2023. It is drawn as a claim: no independent record was found and the channels are not named.'
		);
	});

	it('gives the speaker, date, venue, numbers and source in Chinese, the claim’s own words kept in English', () => {
		expect(inLocale('zh-CN', () => claimSummary(claim, VIA))).toBe(
			'据报道，Michael Pillsbury于2023年10月23日（Speech at Peking University）称：50个中有5个（communication channels still open）（转引自Liye Hong, E-International Relations, Nov 2023）。此处将其作为说法绘制：未找到独立记录，这些渠道也未列出名称。'
		);
	});

	it('leaves out the venue and source when there are none', () => {
		const bare = { ...claim, venue: undefined };
		expect(inLocale('zh-CN', () => claimSummary(bare, undefined))).toMatch(
			/^据报道，Michael Pillsbury于2023年10月23日称：50个中有5个/
		);
		expect(inLocale('en', () => claimSummary(bare, undefined))).toMatch(
			/^Michael Pillsbury is reported to have said on 23 Oct 2023 that 5 of 50 communication channels still open\. It/
		);
	});
});

describe('exports', () => {
	it('keep English column keys and translate only our own words in the cells', () => {
		const en = inLocale('en', () => lanesExport(lanes, data.sources).rows);
		const zh = inLocale('zh-CN', () => lanesExport(lanes, data.sources).rows);
		expect(Object.keys(zh[0])).toEqual(Object.keys(en[0]));
		expect(new Set(en.map((r) => r.status))).toEqual(
			new Set(['Not yet created', 'Active', 'Status unknown', 'Suspended or cancelled'])
		);
		expect(new Set(zh.map((r) => r.status))).toEqual(
			new Set(['尚未设立', '运行中', '状态不明', '暂停或取消'])
		);
		expect(new Set(zh.map((r) => r.group))).toEqual(
			new Set(['2017年商定的全面对话', '2022年8月5日被中方取消或暂停', '2023至2024年新开设'])
		);
		// The channel's name and the record's own fields are data: unchanged.
		expect(zh.map((r) => [r.channel, r.from, r.confidence, r.note])).toEqual(
			en.map((r) => [r.channel, r.from, r.confidence, r.note])
		);
	});

	it('name the native chart’s series and axis in the page’s language', () => {
		const en = inLocale('en', () => countExport(steps, CHANNELS_DOMAIN, data.sources).native!);
		const zh = inLocale('zh-CN', () => countExport(steps, CHANNELS_DOMAIN, data.sources).native!);
		expect(en.series.map((s) => s.name)).toEqual(['Active', 'Suspended or cancelled', 'Status unknown']);
		expect(en.valueTitle).toBe('Named channels (at the start of each month)');
		expect(zh.series.map((s) => s.name)).toEqual(['运行中', '暂停或取消', '状态不明']);
		expect(zh.valueTitle).toBe('具名渠道数（每月初）');
		expect(zh.series.map((s) => s.values)).toEqual(en.series.map((s) => s.values));
	});

	it('keep the claim row as data in either language (only the source citation follows the page)', () => {
		const cells = (row: Record<string, unknown>) => {
			const rest = { ...row };
			delete rest.source;
			return rest;
		};
		expect(inLocale('zh-CN', () => claimExport(claim, data.sources).rows.map(cells))).toEqual(
			inLocale('en', () => claimExport(claim, data.sources).rows.map(cells))
		);
	});
});
