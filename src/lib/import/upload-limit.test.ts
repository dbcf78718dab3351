import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n';
import { MAX_CSV_BYTES, tooLargeIssue } from './file-text';
import { MAX_UPLOAD_BYTES, uploadRefusal } from './upload-limit';
import { localIssue } from './issue-text';

describe('files too large to read', () => {
	it('a file over 2 GB is refused, with its size and the limit named', () => {
		const file = { name: 'events.2021.tab', size: 2.5 * 1024 ** 3 };
		expect(uploadRefusal(file)).toBe(
			'Not imported: events.2021.tab is 2.5 GB; the browser can read files of at most 2 GB. Split it into smaller files (GDELT publishes one file per 15 minutes; ICEWS one per year).'
		);
		expect(inLocale('zh-CN', () => uploadRefusal(file))).toBe(
			'未导入：events.2021.tab大小为2.5 GB；浏览器最多只能读取2 GB的文件。请将其拆分为较小的文件（GDELT每15分钟发布一个文件；ICEWS每年一个）。'
		);
	});

	it('one byte over is refused and does not read as the limit itself; the limit itself is read', () => {
		expect(uploadRefusal({ name: 'a.zip', size: MAX_UPLOAD_BYTES + 1 })).toMatch(/is 2 GB;/);
		expect(uploadRefusal({ name: 'a.zip', size: MAX_UPLOAD_BYTES + 20 * 1024 ** 2 })).toMatch(/is 2.02 GB;/);
		expect(uploadRefusal({ name: 'a.zip', size: MAX_UPLOAD_BYTES })).toBeUndefined();
		expect(uploadRefusal({ name: 'a.zip', size: 0 })).toBeUndefined();
	});

	it('a dataset CSV over its own limit is refused from its size alone, located, in both languages', () => {
		const issue = tooLargeIssue('big.csv', MAX_CSV_BYTES + 1024 * 1024);
		expect(localIssue(issue, 'en')).toBe(
			'big.csv:1:1: the file is 6.0 MB; expected at most 5 MB for a dataset CSV (GDELT and ICEWS files may be up to 2 GB)'
		);
		expect(localIssue(issue, 'zh-CN')).toBe(
			'big.csv 第1行第1列：文件大小为6.0 MB；数据集CSV不应超过5 MB（GDELT和ICEWS文件最大可为2 GB）'
		);
	});
});
