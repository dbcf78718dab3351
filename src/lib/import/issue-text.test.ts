import { describe, expect, it } from 'vitest';
import { DATASETS } from '$lib/data/datasets';
import { formatIssue, validateCsv, type DataIssue } from '$lib/data/validate';
import { detectFormat } from '$lib/eventdata/formats';
import { EventIngest } from '$lib/eventdata/ingest';
import { fixtureData } from '../../../tests/fixtures/data';
import { checkImport } from './check';
import { fileText } from './file-text';
import { localExpected, localIssue, localIssueLine } from './issue-text';

const enc = (s: string) => new TextEncoder().encode(s);
const header = Object.keys(DATASETS.events.schema.entries).join(',');

/** Issues as the checks really write them, one of each kind the import UI can show. */
function realIssues(): DataIssue[] {
	const issues: DataIssue[] = [];
	const bad = [
		header,
		'a,2023-02-30,,T,,civil,A,education,no,research-notes,reported,,',
		'B!,2023-01-01,,T,,both,A,education,maybe,research-notes,sure,,',
		',2023-01-01,,,,civil,A,education,no,research-notes,reported,,',
		'c,2023-01-01,2022-01-01,T,,civil,A,education,no,nowhere,reported,,',
		'c,2023-01-01,,T,,civil,A,education,no,research-notes,reported,,',
		'c,2023-01-01,,T,,civil,A,education,no,research-notes,reported,,',
		'"f,2023',
		'd,2023-01-01',
		'"e,2023'
	].join('\n');
	const checked = checkImport('events', 'e.csv', bad, fixtureData(), 'merge');
	issues.push(...checked.issues);
	const wrongHeader = validateCsv('h.csv', 'id,when\n', DATASETS.events.schema);
	if (!wrongHeader.ok) issues.push(...wrongHeader.issues);
	const extra = validateCsv('x.csv', `${header},more\n`, DATASETS.events.schema);
	if (!extra.ok) issues.push(...extra.issues);
	const none = validateCsv('n.csv', '', DATASETS.events.schema);
	if (!none.ok) issues.push(...none.issues);
	for (const bytes of [
		new Uint8Array(),
		new Uint8Array([0xff, 0xfe, 0x41]),
		new Uint8Array([0x41, 0, 0x42]),
		new Uint8Array([0x41, 0x0a, 0xc3, 0x28])
	]) {
		const read = fileText('f.csv', bytes);
		if (!read.ok) issues.push(read.issue);
	}
	for (const first of ['a\tb', 'Event ID\tEvent Date', Array(57).fill('x').join('\t'), 'one']) {
		const d = detectFormat(first);
		if (!d.ok) issues.push({ file: 'g.tab', line: 1, column: 1, expected: d.expected });
	}
	for (const text of ['', '\u0000\u0000']) {
		const ingest = new EventIngest('g.tab');
		ingest.push(enc(text));
		const r = ingest.finish();
		if (!r.ok) issues.push(r.issue);
	}
	return issues;
}

describe('localIssue()', () => {
	it('is formatIssue() in English', () => {
		for (const issue of realIssues()) expect(localIssue(issue, 'en')).toBe(formatIssue(issue));
	});

	it('writes a located CSV problem in Chinese, keeping the data as found', () => {
		const issue: DataIssue = {
			file: 'engagement-events-bad.csv',
			line: 4,
			column: 2,
			columnName: 'date',
			value: '2023-02-30',
			expected: 'expected a date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)'
		};
		expect(localIssue(issue, 'zh-CN')).toBe(
			'engagement-events-bad.csv 第4行第2列（“date”列）：发现“2023-02-30”；应为YYYY-MM-DD格式的日期（仅知年月或年份时，可写作YYYY-MM或YYYY）'
		);
		expect(
			localIssue(
				{
					file: 'c.csv',
					line: 3,
					column: 7,
					columnName: 'track',
					value: 'both',
					expected: 'expected one of: official, civil'
				},
				'zh-CN'
			)
		).toBe('c.csv 第3行第7列（“track”列）：发现“both”；应为以下之一：official, civil');
		expect(
			localIssue({ file: 'c.csv', line: 6, column: 5, expected: 'expected 13 cells, found 4' }, 'zh-CN')
		).toBe('c.csv 第6行第5列：应为13个单元格，实为4个');
	});

	it('has a Chinese phrase for every problem the checks write', () => {
		const issues = realIssues();
		expect(issues.length).toBeGreaterThan(15);
		for (const issue of issues) {
			const zh = localIssue(issue, 'zh-CN');
			expect(zh, formatIssue(issue)).not.toMatch(/expected|found|the file/);
			expect(zh).toContain(`第${issue.line}行第${issue.column}列`);
			if (issue.value) expect(zh).toContain(`发现“${issue.value.slice(0, 57)}`);
		}
	});
});

describe('localExpected()', () => {
	it.each([
		['expected 61 tab-separated columns, found more than 200', '应为61个制表符分隔的列，实为超过200个'],
		[
			'the .zip is truncated (its file ends early); download it again',
			'.zip文件不完整（文件提前结束）；请重新下载'
		],
		['the import stopped (worker error)', '导入已中止（worker error）'],
		[
			'the .zip inflates more than 200 times (5 MB from 17 KB), which no event export does; it was stopped as a zip bomb',
			'该.zip解压后超过原大小的200倍（由17 KB解压出5 MB），任何事件导出文件都不会如此；已作为“压缩炸弹”停止'
		],
		[
			'the .zip inflates to more than 32 GB; expected one event export (stopped there)',
			'该.zip解压后超过32 GB；应为一个事件导出文件（已在此处停止）'
		],
		[
			'a quoted cell is not closed on its line (expected a closing "); the lines after it are read as rows of their own',
			'带引号的单元格在本行未闭合（缺少结束引号"）；其后各行按独立的行读取'
		],
		['something new', 'something new']
	])('%s', (english, chinese) => {
		expect(localExpected(english, 'zh-CN')).toBe(chinese);
		expect(localExpected(english, 'en')).toBe(english);
	});

	it('reads a stored reason back, with its first problem in Chinese', () => {
		const first = formatIssue({
			file: 'c.csv',
			line: 2,
			column: 1,
			columnName: 'id',
			value: 'B!',
			expected: 'expected an id of lower-case letters, digits and hyphens'
		});
		expect(localExpected(`it no longer validates (3 problem(s), first: ${first})`, 'zh-CN')).toBe(
			'已无法通过校验（3个问题，第一个：c.csv 第2行第1列（“id”列）：发现“B!”；应为由小写字母、数字和连字符组成的id）'
		);
		expect(localIssueLine(first, 'en')).toBe(first);
	});
});
