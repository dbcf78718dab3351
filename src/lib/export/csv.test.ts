import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/data/csv';
import { neutraliseFormula, toCsv } from './csv';

describe('toCsv()', () => {
	it('starts with a byte-order mark and quotes what needs quoting', () => {
		const text = toCsv([{ name: '中美全面经济对话', note: 'a, "b"\nc', count: 3 }]);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text).toBe('\uFEFFname,note,count\r\n中美全面经济对话,"a, ""b""\nc",3\r\n');
	});

	it('reads back through our own CSV reader with the same cells', () => {
		const rows = [
			{ date: '2023-06-16', title: 'Xi meets Bill Gates', source: 'Project notes', confidence: 'verified' },
			{ date: '2023-10-23', title: 'Pillsbury, "5 of 50"', source: 'Liye Hong, E-IR', confidence: 'claimed' }
		];
		const back = readCsv(toCsv(rows));
		expect(back.header).toEqual(['date', 'title', 'source', 'confidence']);
		expect(back.records.map((r) => r.cells)).toEqual(rows.map((r) => Object.values(r)));
		expect(back.problems).toEqual([]);
	});

	it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
		'neutralises a cell starting like a formula: %j',
		(value) => {
			const back = readCsv(toCsv([{ label: value }]));
			expect(back.records[0].cells[0]).toBe(`'${value}`);
		}
	);

	it('keeps numbers as numbers, negative ones too', () => {
		expect(toCsv([{ v: -3 }])).toBe('\uFEFFv\r\n-3\r\n');
	});

	it('writes empty cells for missing values and a header for an empty table', () => {
		expect(toCsv([{ a: undefined, b: null }])).toBe('\uFEFFa,b\r\n,\r\n');
		expect(toCsv([], ['a', 'b'])).toBe('\uFEFFa,b\r\n');
	});

	it('puts comment lines (the as-of date) before the header, on one line each', () => {
		const text = toCsv([{ a: 1 }], undefined, ['Data as of 15 May 2026 · built 4 Dec 2026', 'two\nlines']);
		expect(text).toBe('\uFEFF# Data as of 15 May 2026 · built 4 Dec 2026\r\n# two lines\r\na\r\n1\r\n');
	});
});

describe('neutraliseFormula()', () => {
	it('leaves ordinary text alone', () => {
		expect(neutraliseFormula('Woodside summit')).toBe('Woodside summit');
	});
});
