import { describe, expect, it } from 'vitest';
import { m, type Locale } from '$lib/i18n';

const both = (say: (locale: Locale) => string) => [say('en'), say('zh-CN')];

describe('import messages', () => {
	it('keep the English words the import UI and its e2e tests rely on', () => {
		const en = { locale: 'en' } as const;
		expect(m.import_button({}, en)).toBe('Import data (CSV, GDELT or ICEWS)');
		expect(m.import_reset({}, en)).toBe('Reset to shipped data');
		expect(m.import_valid_rows({ file: 'a.csv', count: 1 }, en)).toBe('a.csv: 1 valid row, no problems.');
		expect(m.import_valid_rows({ file: 'a.csv', count: 6 }, en)).toBe('a.csv: 6 valid rows, no problems.');
		expect(m.import_problems({ file: 'b.csv', count: 4, valid: 1, total: 5 }, en)).toBe(
			'b.csv has 4 problems (1 of 5 rows valid). Nothing has been applied.'
		);
		expect(m.import_problems({ file: 'b.csv', count: 1, valid: 4, total: 5 }, en)).toBe(
			'b.csv has 1 problem (4 of 5 rows valid). Nothing has been applied.'
		);
		expect(m.import_keep_valid({ count: 1 }, en)).toBe('Keep only the 1 valid row');
		expect(m.import_aside_intro({ count: 2 }, en)).toBe(
			'2 stored imports could not be read and were kept aside (not applied):'
		);
		expect(
			m.import_events_done(
				{
					file: 'g.zip',
					read: '1,200',
					kept: '35',
					other: '1,160',
					skipped: m.import_events_skipped({ count: '5' }, en)
				},
				en
			)
		).toBe(
			'Imported g.zip: 1,200 rows read, 35 China–US events kept, 1,160 of other countries left out, 5 skipped for a problem. The engagement view charts them.'
		);
	});

	it('read in Chinese', () => {
		expect(both((locale) => m.import_button({}, { locale }))).toEqual([
			'Import data (CSV, GDELT or ICEWS)',
			'导入数据（CSV、GDELT或ICEWS）'
		]);
		expect(m.import_problems({ file: 'b.csv', count: 4, valid: 1, total: 5 }, { locale: 'zh-CN' })).toBe(
			'b.csv有4个问题（5行中1行有效），未应用任何数据。'
		);
		expect(
			m.import_showing(
				{
					files: [
						m.import_showing_dataset(
							{ file: 'a.csv', mode: m.import_mode_merge({}, { locale: 'zh-CN' }) },
							{ locale: 'zh-CN' }
						),
						'g.zip'
					].join(m.import_list_join({}, { locale: 'zh-CN' }))
				},
				{ locale: 'zh-CN' }
			)
		).toBe('正在显示您导入的数据：a.csv（合并）、g.zip。');
		expect(
			m.import_events_done(
				{ file: 'g.zip', read: '1,200', kept: '35', other: '1,160', skipped: '' },
				{ locale: 'zh-CN' }
			)
		).toBe('已导入g.zip：读取1,200行，保留中美事件35个，略去涉及其他国家的1,160行。交往视图已绘出这些事件。');
	});
});
