import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n';
import { asOfLine, dataAsOfText } from './as-of';

const asOf = { data: '2026-05-15', built: '2026-12-04' };

describe('asOfLine()', () => {
	it('says what date the data runs to and when the site was built, in both languages', () => {
		expect(asOfLine(asOf)).toBe('Data as of 15 May 2026 · built 4 Dec 2026');
		expect(inLocale('zh-CN', () => asOfLine(asOf))).toBe('数据截至2026年5月15日 · 构建于2026年12月4日');
	});

	it('keeps the precision of the latest record', () => {
		expect(dataAsOfText({ data: '2026-05', built: '2026-12-04' })).toBe('Data as of May 2026');
		expect(inLocale('zh-CN', () => dataAsOfText({ data: '2026-05', built: '2026-12-04' }))).toBe(
			'数据截至2026年5月'
		);
	});

	it('adds the export day only when it is not the build day', () => {
		expect(asOfLine(asOf, new Date('2026-12-04T23:00:00Z'))).toBe(
			'Data as of 15 May 2026 · built 4 Dec 2026'
		);
		expect(asOfLine(asOf, new Date('2027-01-06T09:00:00Z'))).toBe(
			'Data as of 15 May 2026 · built 4 Dec 2026 · exported 6 Jan 2027'
		);
	});

	it('says so when imported data is applied', () => {
		expect(dataAsOfText({ ...asOf, imported: true })).toBe('Data as of 15 May 2026, including imported data');
		expect(inLocale('zh-CN', () => dataAsOfText({ ...asOf, imported: true }))).toBe(
			'数据截至2026年5月15日（含导入数据）'
		);
	});
});
