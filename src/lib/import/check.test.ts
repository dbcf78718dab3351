import { describe, expect, it } from 'vitest';
import { DATASETS, type DatasetKey } from '$lib/data/datasets';
import { formatIssue } from '$lib/data/validate';
import { fixtureData } from '../../../tests/fixtures/data';
import { checkImport } from './check';
import type { ImportMode } from './merge';

const bundle = fixtureData();
const header = (key: DatasetKey) => Object.keys(DATASETS[key].schema.entries).join(',');
const FIXTURE_NOTE = 'Test fixture; not real data.';
/** A source the fixture data has, dated 18 Nov 2024: after the fixture events, as a source must be. */
const SOURCE = 'dhs-2024-11-18';
const event = (id: string, date: string, source = SOURCE, end = '') =>
	`${id},${date},${end},,Fixture event,,civil,exchange,,Fixture actors,education,no,,${source},reported,,,${FIXTURE_NOTE}`;
/** The same event in a file made before date_label, kind, direction, channel_id and announced existed. */
const OLD_EVENTS_HEADER =
	'id,date,end,title,title_zh,track,actors,actor_type,key,source_id,confidence,article_version,note';
const oldEvent = (id: string, date: string) =>
	`${id},${date},,Fixture event,,civil,Fixture actors,education,no,${SOURCE},reported,,${FIXTURE_NOTE}`;
const period = (channel: string, start: string, end = '') =>
	`${channel},active,${start},${end},${SOURCE},reported,${FIXTURE_NOTE}`;
const sourceRow = (id: string, url = 'https://example.org/fixture') =>
	`${id},Fixture source,,Fixture publisher,outlet,,2018-02-09,${url},${FIXTURE_NOTE}`;
const csv = (key: DatasetKey, ...rows: string[]) => [header(key), ...rows].join('\n') + '\n';

describe('checkImport()', () => {
	const cases: {
		name: string;
		key: DatasetKey;
		text: string;
		mode?: ImportMode;
		rows: number;
		total: number;
		/** Each issue as formatIssue() prints it, in part. */
		issues: string[];
	}[] = [
		{
			name: 'accepts valid rows with no issue',
			key: 'events',
			text: csv('events', event('fixture-a', '2023-01-02'), event('fixture-b', '2023-01-03')),
			rows: 2,
			total: 2,
			issues: []
		},
		{
			name: 'stops at a wrong header, applying nothing',
			key: 'events',
			text: 'id,when\nfixture-a,2023-01-02\n',
			rows: 0,
			total: 0,
			issues: ['x.csv:1:2 (column "date"): found "when"']
		},
		{
			name: 'keeps the valid rows beside a row the schema rejects',
			key: 'events',
			text: csv('events', event('fixture-a', '2023-01-02'), event('fixture-b', '2023-02-30')),
			rows: 1,
			total: 2,
			issues: ['x.csv:3:2 (column "date"): found "2023-02-30"']
		},
		{
			name: 'rejects a source id the data does not have',
			key: 'events',
			text: csv('events', event('fixture-a', '2023-01-02', 'no-such-source')),
			rows: 0,
			total: 1,
			issues: ['x.csv:2:14 (column "source_id"): found "no-such-source"; expected an id from sources.csv']
		},
		{
			name: 'rejects the project notes as a source: they are not a page a reader can open',
			key: 'events',
			text: csv('events', event('fixture-a', '2023-01-02', 'research-notes')),
			rows: 0,
			total: 1,
			issues: ['x.csv:2:14 (column "source_id"): found "research-notes"; expected a published source']
		},
		{
			name: 'still reads an events file made before the new columns, as the files people already have',
			key: 'events',
			text: [OLD_EVENTS_HEADER, oldEvent('fixture-a', '2023-01-02')].join('\n') + '\n',
			rows: 1,
			total: 1,
			issues: []
		},
		{
			name: 'in a file without the added columns, points at the cell where that file has it',
			key: 'events',
			text:
				[OLD_EVENTS_HEADER, oldEvent('fixture-a', '2023-01-02').replace(SOURCE, 'no-such-source')].join(
					'\n'
				) + '\n',
			rows: 0,
			total: 1,
			issues: ['x.csv:2:10 (column "source_id"): found "no-such-source"']
		},
		{
			name: 'rejects an event whose source is dated more than 60 days before it, and names announced',
			key: 'events',
			text: csv('events', event('fixture-a', '2025-03-01')),
			rows: 0,
			total: 1,
			issues: [
				'x.csv:2:2 (column "date"): found "2025-03-01"; expected a source dated on or after the record (at most 60 days before): "dhs-2024-11-18" is dated 2024-11-18, 102 days earlier; if it announced'
			]
		},
		{
			name: 'rejects a source without a web address',
			key: 'sources',
			text: csv('sources', sourceRow('fixture-source', '')),
			rows: 0,
			total: 1,
			issues: ['x.csv:2:8 (column "url"): found ""; expected a full web address starting http:// or https://']
		},
		{
			name: 'rejects an id repeated in the file',
			key: 'events',
			text: csv('events', event('fixture-a', '2023-01-02'), event('fixture-a', '2023-01-05')),
			rows: 1,
			total: 2,
			issues: ['x.csv:3:1 (column "id"): found "fixture-a"; expected a row not repeated earlier']
		},
		{
			name: 'rejects an end before the start',
			key: 'events',
			text: csv('events', event('fixture-a', '2023-01-05', SOURCE, '2023-01-02')),
			rows: 0,
			total: 1,
			issues: [
				'x.csv:2:3 (column "end"): found "2023-01-02"; expected a date on or after the start (2023-01-05)'
			]
		},
		{
			name: 'rejects a period of an unknown channel',
			key: 'channelPeriods',
			text: csv('channelPeriods', period('no-such-channel', '2023-01')),
			rows: 0,
			total: 1,
			issues: ['x.csv:2:1 (column "channel_id"): found "no-such-channel"; expected an id from channels.csv']
		},
		{
			name: 'keys periods by channel and start: the same start twice is a repeat',
			key: 'channelPeriods',
			text: csv(
				'channelPeriods',
				period('diplomatic-security-dialogue', '2023-01'),
				period('diplomatic-security-dialogue', '2023-01')
			),
			rows: 1,
			total: 2,
			issues: ['x.csv:3:3 (column "start"): found "diplomatic-security-dialogue 2023-01"']
		},
		{
			name: 'refuses to replace sources with a set that drops a cited one',
			key: 'sources',
			mode: 'replace',
			text: csv('sources', sourceRow('fixture-source')),
			rows: 1,
			total: 1,
			issues: ['x.csv:1:1 (column "id"): found "hong-2023"; expected source "hong-2023" to stay']
		},
		// Found by the fuzzer (tests/fuzz/datasets.test.ts): each lost or wrongly kept rows with "keep valid rows".
		{
			name: 'keeps the valid rows of a file that leaves out a Chinese-name column, beside an invalid row',
			key: 'events',
			text: [
				header('events').replace(',title_zh', ''),
				event('fixture-a', '2023-01-02').replace('Fixture event,,', 'Fixture event,'),
				event('fixture-b', '2023-02-30').replace('Fixture event,,', 'Fixture event,')
			].join('\n'),
			rows: 1,
			total: 2,
			issues: ['x.csv:3:2 (column "date"): found "2023-02-30"']
		},
		{
			name: 'does not keep a row with the left-out column still in it (one cell too many)',
			key: 'events',
			text: [
				header('events').replace(',title_zh', ''),
				event('fixture-a', '2023-01-02').replace('Fixture event,,', 'Fixture event,'),
				event('fixture-b', '2023-01-03')
			].join('\n'),
			rows: 1,
			total: 2,
			issues: ['x.csv:3:18: expected 17 cells, found 18']
		},
		{
			name: 'does not keep a row whose quotes are broken, though its cells would pass',
			key: 'events',
			text: csv(
				'events',
				event('fixture-a', '2023-01-02'),
				event('fixture-b', '2023-01-03').replace('Fixture event', '"Fixture" event')
			),
			rows: 1,
			total: 2,
			issues: ['x.csv:3:5: unexpected text after a closing quote']
		},
		{
			name: 'an unclosed quote costs only its own line, not the rows after it',
			key: 'events',
			text: csv(
				'events',
				event('fixture-a', '2023-01-02').replace('Fixture event', '"Fixture event'),
				event('fixture-b', '2023-01-03'),
				event('fixture-c', '2023-01-04')
			),
			rows: 2,
			total: 3,
			issues: ['x.csv:2:5: a quoted cell is not closed on its line']
		},
		{
			name: 'lets the same sources be merged',
			key: 'sources',
			mode: 'merge',
			text: csv('sources', sourceRow('fixture-source')),
			rows: 1,
			total: 1,
			issues: []
		}
	];

	it.each(cases)('$name', ({ key, text, mode = 'merge', rows, total, issues }) => {
		const checked = checkImport(key, 'x.csv', text, bundle, mode);
		expect(checked.rows).toHaveLength(rows);
		expect(checked.lines).toHaveLength(rows);
		expect(checked.total).toBe(total);
		const printed = checked.issues.map(formatIssue);
		for (const issue of issues)
			expect(
				printed.some((p) => p.includes(issue)),
				printed.join('\n')
			).toBe(true);
		if (issues.length === 0) expect(printed).toEqual([]);
	});

	it('lists issues in file order', () => {
		const text = csv(
			'events',
			event('fixture-a', '2023-01-05', 'no-such-source', '2023-01-02'),
			event('fixture-b', '2023-13-01')
		);
		const lines = checkImport('events', 'x.csv', text, bundle, 'merge').issues.map((i) => [i.line, i.column]);
		expect(lines).toEqual([...lines].sort(([la, ca], [lb, cb]) => la - lb || ca - cb));
		expect(lines.length).toBeGreaterThanOrEqual(3);
	});
});
