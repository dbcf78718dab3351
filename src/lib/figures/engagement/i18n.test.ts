/** The engagement Figures' words in both languages: summaries from the data, and every label table in Chinese. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { binLabel, SERIES_LABEL, toneMarks, UNIT_WORD } from '$lib/eventdata/bin-marks';
import type { EventBin } from '$lib/eventdata/bins';
import { EVENT_TRACKS, mappingSummary, TRACK_LABEL } from '$lib/eventdata/classify';
import { FORMAT_LABEL } from '$lib/eventdata/formats';
import { inLocale } from '$lib/i18n';
import { quarterMonths, quarterName } from '$lib/transforms/engagement-counts';
import { formatPeopleValue, PEOPLE_SERIES_META, peopleSeries } from '$lib/transforms/people-series';
import { fixtureData } from '../../../../tests/fixtures/data';
import { delegationsIndex } from '../delegations/figures';
import RegistryFigure from '../RegistryFigure.svelte';
import { eventDataSummary } from './event-data-export';
import { engagementSummary, peopleSummary, quartersExport, TRACK_WORD } from './export';
import { ENGAGEMENT_DOMAIN, engagementByQuarter } from '$lib/transforms/engagement-counts';

const data = fixtureData();
const zh = <T>(f: () => T) => inLocale('zh-CN', f);
const en = <T>(f: () => T) => inLocale('en', f);
const CJK = /[\u4e00-\u9fff]/;

const bin = (start: string, end: string, c: Partial<EventBin>): EventBin => ({
	start: new Date(`${start}T00:00:00Z`),
	end: new Date(`${end}T00:00:00Z`),
	official: 0,
	civil: 0,
	untyped: 0,
	cooperative: 0,
	conflictual: 0,
	...c
});
const bins = [
	bin('2023-01-01', '2023-02-01', {
		official: 1200,
		civil: 30,
		untyped: 5,
		cooperative: 900,
		conflictual: 40
	}),
	bin('2023-02-01', '2023-03-01', { official: 7, civil: 1, untyped: 0, cooperative: 3, conflictual: 2 })
];

describe('engagementSummary()', () => {
	it('keeps the English sentence', () => {
		expect(en(() => engagementSummary(data.events))).toBe(
			'The curated log holds 31 events from 2022-08-02 to 2024-11-16: 21 official and 10 civil. The log is ' +
				'curated from the sources checked so far, so a quiet quarter is not evidence of no engagement.'
		);
	});
	it('says the same in Chinese, with the data’s numbers and dates', () => {
		expect(zh(() => engagementSummary(data.events))).toBe(
			'整理的记录共收录31个事件，时间从2022年8月2日至2024年11月16日：官方21个，民间10个。该记录依据迄今核查的来源整理，' +
				'因此某一季度事件较少并不表示没有交往。'
		);
	});
});

describe('peopleSummary()', () => {
	const series = peopleSeries(data.people);
	it('keeps the English sentences', () => {
		expect(en(() => peopleSummary(series))).toContain(
			'Chinese students in the US (IIE Open Doors): 328,547 (2015/16) to 277,398 (2023/24, reported).'
		);
	});
	it('writes each series in Chinese with its first and last values', () => {
		const s = zh(() => peopleSummary(series));
		expect(s).toContain(
			'在美中国留学生（IIE《门户开放报告》）：从328,547（2015/16）到277,398（2023/24，有报道）。'
		);
		expect(s).toContain('在华美国留学生：从11,000以上（2018/19）');
		expect(s).not.toMatch(/ to | over /);
	});
});

describe('eventDataSummary()', () => {
	it('keeps the English sentence', () => {
		expect(en(() => eventDataSummary(bins, 'month', ['a.CSV']))).toBe(
			'Your imported event data (a.CSV) holds 1,243 China–US events from 1 Jan 2023 to 28 Feb 2023: 1,207 ' +
				'official, 31 civil and 5 state-untyped; 903 cooperative and 42 conflictual. The busiest month: Jan ' +
				'2023, with 1,235 events. These are machine-coded news events, not meetings: counts follow news coverage.'
		);
	});
	it('gives every count in the Chinese sentence', () => {
		const s = zh(() => eventDataSummary(bins, 'month', ['a.CSV']));
		expect(s).toBe(
			'您导入的事件数据（a.CSV）包含2023年1月1日至2023年2月28日的1,243个中美事件：官方1,207个，民间31个，' +
				'国家/未分类5个；合作903个，冲突42个。事件最多的时段：2023年1月，共1,235个事件。这些是机器编码的新闻事件，' +
				'而非会晤：数量随新闻报道而变化。'
		);
	});
});

describe('label tables in Chinese', () => {
	it.each([
		['TRACK_LABEL', EVENT_TRACKS.map((t) => TRACK_LABEL[t])],
		['SERIES_LABEL', Object.values(SERIES_LABEL)],
		['FORMAT_LABEL', Object.values(FORMAT_LABEL)],
		['UNIT_WORD', Object.values(UNIT_WORD)],
		['TRACK_WORD', Object.values(TRACK_WORD)],
		['PEOPLE_SERIES_META', Object.values(PEOPLE_SERIES_META).map((s) => s.title)]
	])('%s has Chinese for every value, English unchanged', (_, labels) => {
		for (const label of labels) {
			expect(zh(label)).toMatch(CJK);
			expect(en(label)).not.toMatch(CJK);
		}
	});

	it('keeps the English labels users and exports know', () => {
		expect(en(() => EVENT_TRACKS.map((t) => TRACK_LABEL[t]()))).toEqual([
			'Official',
			'Civil',
			'State, untyped or other'
		]);
		expect(en(() => SERIES_LABEL.conflictual())).toBe('Conflictual (QuadClass 3–4)');
		expect(en(() => FORMAT_LABEL.gdelt())).toBe(
			'GDELT 2.0 events export (tab-separated, no header, 61 columns)'
		);
	});

	it('explains the mapping in Chinese, keeping the codes', () => {
		const lines = zh(mappingSummary);
		expect(lines).toHaveLength(4);
		for (const l of lines) expect(l).toMatch(CJK);
		expect(lines[1]).toContain('GOV, JUD, LEG, COP, SPY, MIL');
	});

	it('names bins, quarters and values in Chinese', () => {
		const start = new Date('2023-01-02T00:00:00Z');
		expect(zh(() => binLabel({ start }, 'week'))).toBe('2023年1月2日当周');
		expect(zh(() => binLabel({ start }, 'month'))).toBe('2023年1月');
		expect(zh(() => quarterName('2023 Q3'))).toBe('2023年第3季度');
		expect(en(() => quarterName('2023 Q3'))).toBe('2023 Q3');
		expect(zh(() => quarterMonths(new Date('2023-07-01T00:00:00Z')))).toBe('2023年7–9月');
		expect(en(() => quarterMonths(new Date('2023-07-01T00:00:00Z')))).toBe('Jul–Sep 2023');
		const over = { ...data.people[0], qualifier: 'over' as const, value: 11000 };
		expect(zh(() => formatPeopleValue(over))).toBe('11,000以上');
		expect(zh(() => formatPeopleValue({ ...over, qualifier: 'about' }))).toBe('约11,000');
	});

	it('writes tooltips of imported bins in Chinese', () => {
		const tip = zh(() => toneMarks(bins, 'month', 's'))[0].tip;
		expect([tip.title, tip.value, tip.date]).toEqual([
			'合作（QuadClass 1–2）',
			'该月所有轨道共1,235个事件中的900个',
			'2023年1月'
		]);
		expect(en(() => toneMarks(bins, 'month', 's'))[0].tip.value).toBe(
			'900 of 1,235 events this month (all tracks)'
		);
	});

	it('names the native chart’s series in the page’s language', () => {
		const rows = engagementByQuarter(data.events, ENGAGEMENT_DOMAIN);
		const native = zh(() => quartersExport(rows, data.events, data.sources)).native!;
		expect(native.series.map((s) => s.name)).toEqual(['官方', '民间']);
		expect(native.categories[0]).toBe('2022年第3季度');
	});
});

describe('DelegationsFigure', () => {
	const draw = (bundle: typeof data) =>
		render(RegistryFigure, { props: { figure: delegationsIndex, data: bundle } }).body;
	const page = (locale: 'en' | 'zh-CN') => inLocale(locale, () => draw(data));

	it('writes its summary in Chinese with the claim’s numbers, the English unchanged', () => {
		expect(page('en')).toContain(
			'Claimed by Liye Hong (author of the op-ed), Nov 2023: more than 30% more Chinese delegations went abroad in 1979 than in 1978. No count was published, so the rise is an index with 1978 = 100 and a claimed lower bound of 130. Beside it, 9 sourced trips of 1978'
		);
		const body = page('zh-CN');
		expect(body).toContain(
			'Liye Hong（author of the op-ed）于2023年11月声称：1979年出国的中国代表团比1978年多30%以上。由于没有公布任何统计数字，这一增长以指数表示（1978年 = 100），所声称的下限为130。旁边列出1978年有来源可查的9次出访'
		);
	});

	it('names leaders in Chinese where the data has it, and the trip kinds', () => {
		const body = page('zh-CN');
		for (const t of data.trips.filter((t) => t.leader_zh)) expect(body).toContain(t.leader_zh!);
		for (const kind of ['考察 ·', '国事访问 ·', '正式访问 ·', '留学生 ·']) expect(body).toContain(kind);
		// A leader with no Chinese name recorded stays English and is marked so.
		const trips = data.trips.map((t) => (t.kind === 'students' ? { ...t, leader_zh: undefined } : t));
		const fallback = inLocale('zh-CN', () => draw({ ...data, trips }));
		expect(fallback).toMatch(/lang="en"[^>]*>First group of 52 students/);
		expect(page('en')).not.toContain('lang="en"');
	});
});
