import { describe, expect, it } from 'vitest';
import { endOfPeriod, formatDay, formatIsoDate, formatIsoRange, precisionOf, toDate } from './dates';

describe('dates', () => {
	it.each([
		['2022-08-05', 'day', '2022-08-05T00:00:00.000Z', '2022-08-06T00:00:00.000Z', '5 Aug 2022'],
		['2024-06', 'month', '2024-06-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z', 'Jun 2024'],
		['1978', 'year', '1978-01-01T00:00:00.000Z', '1979-01-01T00:00:00.000Z', '1978'],
		['2023-12-31', 'day', '2023-12-31T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '31 Dec 2023']
	])('%s has %s precision, starts, ends and prints as the design asks', (iso, p, start, end, label) => {
		expect(precisionOf(iso)).toBe(p);
		expect(toDate(iso).toISOString()).toBe(start);
		expect(endOfPeriod(iso).toISOString()).toBe(end);
		expect(formatIsoDate(iso)).toBe(label);
	});

	it.each([
		['2023-07-16', '2023-07-19', '16-19 Jul 2023'],
		['1978-05-02', '1978-06-06', '2 May - 6 Jun 1978'],
		['1978-03', '1978-05', 'Mar 1978 - May 1978'],
		['2023-11-15', undefined, '15 Nov 2023'],
		['2023-11-15', '2023-11-15', '15 Nov 2023']
	])('formatIsoRange(%s, %s) is %s', (start, end, label) => {
		expect(formatIsoRange(start, end)).toBe(label);
	});
});

describe('dates in Chinese', () => {
	it('writes year, month and day with 年月日 at the precision the source gave', () => {
		expect(formatIsoDate('2022-08-05', 'zh-CN')).toBe('2022年8月5日');
		expect(formatIsoDate('2024-06', 'zh-CN')).toBe('2024年6月');
		expect(formatIsoDate('1978', 'zh-CN')).toBe('1978年');
	});

	it('joins ranges with 至 and drops what the end shares with the start', () => {
		expect(formatIsoRange('2023-07-16', '2023-07-19', 'zh-CN')).toBe('2023年7月16日至19日');
		expect(formatIsoRange('1978-05-02', '1978-06-06', 'zh-CN')).toBe('1978年5月2日至6月6日');
		expect(formatIsoRange('2021-03', '2023-11', 'zh-CN')).toBe('2021年3月至2023年11月');
		expect(formatDay(new Date(Date.UTC(2022, 7, 5)), 'zh-CN')).toBe('2022年8月5日');
	});
});
