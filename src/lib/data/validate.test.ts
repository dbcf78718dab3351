import { describe, expect, it } from 'vitest';
import { DATASETS } from './datasets.ts';
import { channelPeriodSchema } from './schemas/channel-periods.ts';
import { engagementEventSchema } from './schemas/engagement-events.ts';
import { peopleValueSchema } from './schemas/people-series.ts';
import { tripSchema } from './schemas/trips-1978.ts';
import { formatIssue, validateCsv } from './validate.ts';

const PERIOD_HEADER = 'channel_id,status,start,end,source_id,confidence,note';

describe('validateCsv()', () => {
	it('returns typed rows with their lines for a good file', () => {
		const r = validateCsv(
			'data/p.csv',
			`${PERIOD_HEADER}\nclimate-change-talks,suspended,2022-08-05,2023-07-16,mfa,verified,\n`,
			channelPeriodSchema
		);
		expect(r).toEqual({
			ok: true,
			lines: [2],
			rows: [
				{
					channel_id: 'climate-change-talks',
					status: 'suspended',
					start: '2022-08-05',
					end: '2023-07-16',
					source_id: 'mfa',
					confidence: 'verified',
					note: undefined
				}
			]
		});
	});

	it.each([
		['status', 'x,activ,2022-01-01,,s,verified,', 2, 'activ', 'expected one of: active, suspended, unknown'],
		['start', 'x,active,2022-13-01,,s,verified,', 3, '2022-13-01', 'expected a date as YYYY-MM-DD'],
		['start', 'x,active,2023-02-29,,s,verified,', 3, '2023-02-29', 'expected a date as YYYY-MM-DD'],
		['end', 'x,active,2022-01-01,5 Aug,s,verified,', 4, '5 Aug', 'expected a date as YYYY-MM-DD'],
		['confidence', 'x,active,2022-01-01,,s,sure,', 6, 'sure', 'expected one of: verified, reported'],
		['channel_id', 'X Y,active,2022-01-01,,s,verified,', 1, 'X Y', 'expected an id of lower-case']
	])('locates a bad %s cell with its value and what was expected', (name, row, column, value, expected) => {
		const r = validateCsv('data/p.csv', `${PERIOD_HEADER}\n${row}`, channelPeriodSchema);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({ file: 'data/p.csv', line: 2, column, columnName: name, value });
		expect(r.issues[0].expected).toContain(expected);
	});

	it('reports a row with the wrong number of cells', () => {
		const r = validateCsv('data/p.csv', `${PERIOD_HEADER}\nx,active,2022-01-01\n`, channelPeriodSchema);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.issues[0]).toMatchObject({ line: 2, column: 4, expected: 'expected 7 cells, found 3' });
	});

	it('reports a wrong header by column', () => {
		const r = validateCsv('data/p.csv', 'channel_id,state,start\n', channelPeriodSchema);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.issues[0]).toMatchObject({ line: 1, column: 2, columnName: 'status', value: 'state' });
			expect(r.issues.map((i) => i.column)).toEqual([2, 4, 5, 6, 7]);
		}
	});

	it('reports an empty file', () => {
		const r = validateCsv('data/p.csv', '', channelPeriodSchema);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0].expected).toContain('expected a header row');
	});

	it('counts its line numbers across quoted line breaks', () => {
		const r = validateCsv(
			'data/p.csv',
			`${PERIOD_HEADER}\nx,active,2022-01-01,,s,verified,"two\nlines"\nx,bad,2022-01-01,,s,verified,\n`,
			channelPeriodSchema
		);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0]).toMatchObject({ line: 4, column: 2 });
	});

	it('reads yes/no and counts into booleans and numbers', () => {
		const events = validateCsv(
			'e.csv',
			'id,date,end,title,title_zh,track,actors,actor_type,key,source_id,confidence,article_version,note\n' +
				'a,2023-06-16,,Xi meets Bill Gates,,civil,Xi; Gates,leaders,maybe,s,verified,,\n',
			engagementEventSchema,
			DATASETS.events.added
		);
		expect(events.ok).toBe(false);
		if (!events.ok)
			expect(events.issues[0]).toMatchObject({ columnName: 'key', expected: 'expected yes or no' });

		const people = validateCsv(
			'p.csv',
			'series,period,date,value,qualifier,value_high,unit,source_id,confidence,note\n' +
				'weekly-flights-allowed,x,2023-05-03,"1,200",exact,,flights,s,verified,\n',
			peopleValueSchema
		);
		expect(people.ok).toBe(false);
		if (!people.ok) expect(people.issues[0]).toMatchObject({ columnName: 'value', value: '1,200' });
	});
});

describe('formatIssue()', () => {
	it('names file, line, column, the value and what was expected', () => {
		expect(
			formatIssue({
				file: 'data/channel-periods.csv',
				line: 12,
				column: 2,
				columnName: 'status',
				value: 'activ',
				expected: 'expected one of: active, suspended, unknown'
			})
		).toBe(
			'data/channel-periods.csv:12:2 (column "status"): found "activ"; expected one of: active, suspended, unknown'
		);
	});
});

describe('files from before the Chinese-name columns', () => {
	it('read with those columns left out, the Chinese names empty', () => {
		const text =
			'id,start,end,date_label,leader,leader_zh,kind,destinations,detail,source_id,confidence,article_version,note\n' +
			'a-trip,1978-08-01,1978-08-10,,A leader,,study-tour,Somewhere,,research-notes,reported,,\n';
		const result = validateCsv('trips-1978.csv', text, tripSchema);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.rows[0]).toMatchObject({ destinations: 'Somewhere', destinations_zh: undefined });
	});

	it('still insist on every other column', () => {
		const text =
			'id,start,end,date_label,leader,kind,destinations,source_id,confidence,article_version,note\n';
		const result = validateCsv('trips-1978.csv', text, tripSchema);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues[0]).toMatchObject({ column: 8, columnName: 'detail', value: 'source_id' });
	});
});
