import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';

describe('readCsv()', () => {
	it('reads a header and records with their line numbers', () => {
		const t = readCsv('id,name\na,Alpha\nb,Beta\n');
		expect(t.header).toEqual(['id', 'name']);
		expect(t.records).toEqual([
			{ line: 2, cells: ['a', 'Alpha'] },
			{ line: 3, cells: ['b', 'Beta'] }
		]);
		expect(t.problems).toEqual([]);
	});

	it('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
		const t = readCsv('id,note\na,"one, ""two""\nthree"\nb,x');
		expect(t.records[0].cells).toEqual(['a', 'one, "two"\nthree']);
		expect(t.records[1]).toEqual({ line: 4, cells: ['b', 'x'] });
	});

	it('accepts CRLF line ends, a byte-order mark and skips blank lines', () => {
		const t = readCsv('\uFEFFid,v\r\n\r\na,1\r\n');
		expect(t.header).toEqual(['id', 'v']);
		expect(t.records).toEqual([{ line: 3, cells: ['a', '1'] }]);
	});

	it('keeps an empty last cell', () => {
		expect(readCsv('a,b\n1,').records[0].cells).toEqual(['1', '']);
	});

	it('locates an unclosed quote', () => {
		const t = readCsv('id,v\na,"open\n');
		expect(t.problems).toEqual([
			{ line: 2, column: 2, message: 'a quoted cell is never closed (expected a closing ")' }
		]);
	});

	it('locates text after a closing quote', () => {
		const t = readCsv('id,v\na,"x"y\n');
		expect(t.problems[0]).toMatchObject({ line: 2, column: 2 });
	});

	it('returns an empty table for empty input', () => {
		expect(readCsv('')).toEqual({ header: [], records: [], problems: [] });
	});
});
