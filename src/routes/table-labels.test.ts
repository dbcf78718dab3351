import { describe, expect, it } from 'vitest';
import { PEOPLE_SERIES } from '$lib/data/schemas/people-series';
import { TRACKS } from '$lib/data/schemas/engagement-events';
import { inLocale } from '$lib/i18n';
import { periodLabel, seriesLabel, trackLabel, tripDateLabel } from './table-labels';

describe('table labels', () => {
	it('trackLabel() reads Official/Civil in English and 官方/民间 in Chinese', () => {
		expect(TRACKS.map((t) => trackLabel(t, 'en'))).toEqual(['Official', 'Civil']);
		expect(TRACKS.map((t) => trackLabel(t, 'zh-CN'))).toEqual(['官方', '民间']);
	});

	it('seriesLabel() keeps the English id wording and names every series in Chinese', () => {
		expect(PEOPLE_SERIES.map((s) => seriesLabel(s, 'en'))).toEqual(
			PEOPLE_SERIES.map((s) => s.replaceAll('-', ' '))
		);
		expect(PEOPLE_SERIES.map((s) => seriesLabel(s, 'zh-CN'))).toEqual([
			'在美中国留学生',
			'在华美国留学生',
			'每方每周获准航班'
		]);
	});

	it('follows the page language when no locale is given', () => {
		expect(inLocale('zh-CN', () => trackLabel('civil'))).toBe('民间');
		expect(trackLabel('civil')).toBe('Civil');
	});
});

describe('tripDateLabel()', () => {
	it.each([
		['Spring 1978', '1978年春'],
		['About 16 Aug 1978', '约1978年8月16日'],
		['October 1978', '1978年10月'],
		['Reported by TIME, 4 Sep 1978', '据TIME报道，1978年9月4日'],
		['1978', '1978年'],
		['sometime that year', 'sometime that year']
	])('%s reads %s in Chinese', (label, chinese) => {
		expect(tripDateLabel(label, 'zh-CN')).toBe(chinese);
	});

	it('leaves every label as the data wrote it in English', () => {
		expect(tripDateLabel('Spring 1978', 'en')).toBe('Spring 1978');
		expect(tripDateLabel('Reported by TIME, 4 Sep 1978', 'en')).toBe('Reported by TIME, 4 Sep 1978');
	});
});

describe('periodLabel()', () => {
	it.each([
		['2022/23', '2022/23'],
		['2024', '2024年'],
		['before 2020', '2020年以前'],
		['from 3 May 2023', '2023年5月3日起'],
		['from Nov 2023', '2023年11月起'],
		['from 31 Mar 2024', '2024年3月31日起'],
		['from the spring', 'from the spring']
	])('%s reads %s in Chinese', (period, chinese) => {
		expect(periodLabel(period, 'zh-CN')).toBe(chinese);
	});

	it('leaves every period as the data wrote it in English', () => {
		expect(periodLabel('from 3 May 2023', 'en')).toBe('from 3 May 2023');
	});
});
