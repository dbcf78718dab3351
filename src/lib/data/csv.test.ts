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

	it('locates an unclosed quote, and marks its record broken', () => {
		const t = readCsv('id,v\na,"open\n');
		expect(t.problems).toEqual([
			{ line: 2, column: 2, message: 'a quoted cell is never closed (expected a closing ")' }
		]);
		expect(t.records).toEqual([{ line: 2, cells: ['a', 'open'], broken: true }]);
	});

	it('locates text after a closing quote, and marks its record broken', () => {
		const t = readCsv('id,v\na,"x"y\nb,2\n');
		expect(t.problems[0]).toMatchObject({ line: 2, column: 2 });
		expect(t.records.map((r) => r.broken)).toEqual([true, undefined]);
	});

	it('accepts spaces between a closing quote and the comma', () => {
		const t = readCsv('id,v\n"a" ,"x"\t\n');
		expect(t.records).toEqual([{ line: 2, cells: ['a', 'x'] }]);
		expect(t.problems).toEqual([]);
	});

	// Found by the fuzzer: a stray quote used to swallow every row after it into one cell.
	it('an unclosed quote breaks only its own line: the lines after it are read as records', () => {
		const t = readCsv('id,v\na,"open\nb,2\nc,3\n');
		expect(t.problems).toEqual([
			{
				line: 2,
				column: 2,
				message:
					'a quoted cell is not closed on its line (expected a closing "); the lines after it are read as rows of their own'
			}
		]);
		expect(t.records).toEqual([
			{ line: 2, cells: ['a', 'open'], broken: true },
			{ line: 3, cells: ['b', '2'] },
			{ line: 4, cells: ['c', '3'] }
		]);
	});

	it("a stray quote closed by a later row's quote breaks only its own line", () => {
		const t = readCsv('id,v,w\na,"stray\nb,"x, y",z\n');
		expect(t.records).toEqual([
			{ line: 2, cells: ['a', 'stray'], broken: true },
			{ line: 3, cells: ['b', 'x, y', 'z'] }
		]);
	});

	it("keeps a well-formed cell over several lines when the record has the header's cells", () => {
		const t = readCsv('id,v\na,"one\ntwo"\nb,"three\nfour",extra\nc,5');
		expect(t.records[0]).toEqual({ line: 2, cells: ['a', 'one\ntwo'] });
		// Three cells where the header has two: the quote is read as a stray and the next line stands alone.
		expect(t.records[1]).toMatchObject({ line: 4, broken: true });
		expect(t.records.at(-1)).toEqual({ line: 6, cells: ['c', '5'] });
	});

	it('returns an empty table for empty input', () => {
		expect(readCsv('')).toEqual({ header: [], records: [], problems: [] });
	});
});
