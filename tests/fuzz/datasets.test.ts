/**
 * Dataset CSVs, every schema of the registry (a dataset added later is fuzzed without touching this file):
 * whatever the text, validation and the import check end in rows or located issues and never keep a row
 * that has a problem; and with "keep valid rows", a valid row is never lost to an invalid neighbour.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/data/csv';
import { DATASETS, type DatasetKey, type DatasetSpec } from '$lib/data/datasets';
import { validateCsv } from '$lib/data/validate';
import { checkImport } from '$lib/import/check';
import { fileText } from '$lib/import/file-text';
import { applyRows, rowKey } from '$lib/import/merge';
import { fixtureData } from '../fixtures/data';
import { anyChar, fuzz, isLocated, lineCount } from './harness';

const bundle = fixtureData();
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'data');

/** One CSV cell, quoted when it must be. */
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const line = (cells: string[]) => cells.map(cell).join(',');

interface Sample {
	/** Cells in the schema's column order. */
	cells: string[];
	/** The row as validation outputs it. */
	output: Record<string, unknown>;
}

/** A row's cells (in the schema's column order) as validation outputs them. */
function parse(spec: DatasetSpec, cells: string[]): Record<string, unknown> {
	const columns = Object.keys(spec.schema.entries);
	const result = v.safeParse(spec.schema, Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
	if (!result.success) throw new Error(`not a valid ${spec.key} row: ${cells.join(',')}`);
	return result.output;
}

/**
 * The fixture rows of a dataset, and variants with a two-line cell: each valid on its own in a file checked
 * against the fixture data (schema and the checks that tie it to the data), so any later rule is obeyed too.
 */
function samples(spec: DatasetSpec): Sample[] {
	const columns = Object.keys(spec.schema.entries);
	const table = readCsv(readFileSync(join(FIXTURES, spec.file), 'utf8'));
	const valid = (cells: string[]) =>
		checkImport(
			spec.key as DatasetKey,
			'sample.csv',
			`${columns.join(',')}\n${line(cells)}\n`,
			bundle,
			'merge'
		).rows.length === 1;
	const out: Sample[] = [];
	table.records.forEach((record, r) => {
		const cells = columns.map((c) => record.cells[table.header.indexOf(c)] ?? '');
		if (!valid(cells)) return;
		out.push({ cells, output: parse(spec, cells) });
		// A free-text column holding a line break (a spreadsheet writes it as a quoted two-line cell).
		for (let i = 0; i < columns.length; i++) {
			const two = [...cells];
			two[i] = `first line of row ${r}\nsecond line`;
			if (!valid(two)) continue;
			const output = parse(spec, two);
			if (Object.values(output).includes(two[i])) {
				out.push({ cells: two, output });
				break;
			}
		}
	});
	return out;
}

/** Text a file may hold: the CSV's own punctuation, spaces, letters, Chinese, controls, lone surrogates. */
const messyChar = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom(',', '"', '\n', '\r', ' ', '\t', 'a', '1', '-', 'é', '中', '\uFEFF')
	},
	{ weight: 1, arbitrary: anyChar }
);
const messy = (maxLength: number) => fc.string({ unit: messyChar, maxLength });
/** The same without line breaks: one line of garbage. */
const garbageChar = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(',', '"', ' ', '\t', 'a', 'Z', '1', '-', ':', 'é', '中') },
	{ weight: 1, arbitrary: anyChar.filter((c) => c !== '\n' && c !== '\r') }
);

for (const spec of Object.values(DATASETS) as DatasetSpec[]) {
	const key = spec.key as DatasetKey;
	const columns = Object.keys(spec.schema.entries);
	// Columns a file may leave out: the Chinese names, and those added after files were first made.
	const zhColumns = columns.filter((c) => c.endsWith('_zh') || spec.added?.includes(c));
	const rows = samples(spec);

	describe(`${spec.file} (${key})`, () => {
		it('has fixture rows to build valid files from', () => {
			expect(rows.length, `tests/fixtures/data/${spec.file} needs valid rows`).toBeGreaterThan(0);
		});

		/** A header: the schema's (Chinese-name columns maybe left out), damaged, or anything. */
		const header = fc.oneof(
			{
				weight: 6,
				arbitrary: fc.subarray(zhColumns).map((drop) => columns.filter((c) => !drop.includes(c)))
			},
			{
				weight: 1,
				arbitrary: fc
					.tuple(fc.nat(), fc.string({ maxLength: 8 }))
					.map(([i, name]) => columns.map((c, k) => (k === i % columns.length ? name : c)))
			},
			{ weight: 1, arbitrary: fc.array(messy(10), { maxLength: columns.length + 2 }) }
		);
		/** A cell: a value that is valid in some fixture row of this column, or damaged, or anything. */
		const cellArb = (col: number) =>
			fc.oneof(
				{ weight: 4, arbitrary: fc.constantFrom(...rows.map((r) => r.cells[col])) },
				{
					weight: 1,
					arbitrary: fc
						.constantFrom(...rows.map((r) => r.cells[col]))
						.chain((s) => messy(3).map((m) => s + m))
				},
				{ weight: 1, arbitrary: messy(12) }
			);
		const record = fc.oneof(
			{ weight: 6, arbitrary: fc.tuple(...columns.map((_, i) => cellArb(i))).map((cs) => cs as string[]) },
			{ weight: 1, arbitrary: fc.array(messy(8), { maxLength: columns.length + 2 }) }
		);
		const csvText = fc
			.record({
				header,
				records: fc.array(record, { maxLength: 12 }),
				quoteAll: fc.boolean(),
				eol: fc.constantFrom('\n', '\r\n'),
				bom: fc.boolean(),
				tail: fc.oneof(fc.constant(''), messy(20))
			})
			.map(({ header, records, quoteAll, eol, bom, tail }) => {
				const join = (cs: string[]) =>
					quoteAll ? cs.map((c) => `"${c.replaceAll('"', '""')}"`).join(',') : line(cs);
				return (bom ? '\uFEFF' : '') + [header, ...records].map(join).join(eol) + tail;
			});
		const anyText = fc.oneof({ weight: 5, arbitrary: csvText }, { weight: 1, arbitrary: messy(200) });

		fuzz(
			'validation and the import check end in rows or located issues, and keep no row with a problem',
			[anyText, fc.constantFrom('merge', 'replace' as const)],
			(text, mode) => {
				const lines = lineCount(text);
				const result = validateCsv('fuzz.csv', text, spec.schema, spec.added);
				expect(result.rows.length).toBe(result.lines.length);
				expect(result.rows.length).toBeLessThanOrEqual(readCsv(text).records.length);
				if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
				for (const issue of result.ok ? [] : result.issues)
					expect(isLocated(issue, lines), JSON.stringify(issue)).toBe(true);

				const checked = checkImport(key, 'fuzz.csv', text, bundle, mode as 'merge' | 'replace');
				expect(checked.rows.length).toBe(checked.lines.length);
				expect(checked.rows.length).toBeLessThanOrEqual(checked.total);
				for (const issue of checked.issues) expect(isLocated(issue, lines), JSON.stringify(issue)).toBe(true);
				const withProblem = new Set(checked.issues.map((i) => i.line));
				for (const l of checked.lines)
					expect(withProblem.has(l), `line ${l} kept despite a problem`).toBe(false);
				expect(new Set(checked.lines).size).toBe(checked.lines.length);
			}
		);

		/** A line that is not a valid row: garbage, a valid row with a cell too few or too many, stray quotes. */
		const invalidLine = fc.oneof(
			fc.string({ unit: garbageChar, maxLength: 40 }),
			fc.constantFrom(...rows).map((r) => line(r.cells.slice(1))),
			fc.constantFrom(...rows).map((r) => `${line(r.cells)},extra`),
			fc.constantFrom(...rows).map((r) => `${line(r.cells.slice(0, -1))},"never closed`),
			fc.constantFrom(...rows).map((r) => `"a"b,${line(r.cells.slice(1))}`),
			fc.constantFrom('"', '","', 'x,"', '""', '"""')
		);

		fuzz(
			'keep valid rows: no valid row is lost to an invalid neighbour',
			[
				fc.shuffledSubarray(
					rows.map((_, i) => i),
					{ maxLength: Math.min(15, rows.length) }
				),
				fc.array(fc.tuple(invalidLine, fc.nat()), { maxLength: 8 }),
				fc.subarray(zhColumns),
				fc.constantFrom('\n', '\r\n'),
				fc.boolean()
			],
			(picked, invalid, drop, eol, trailing) => {
				const kept = columns.filter((c) => !drop.includes(c));
				// Rows whose key repeats an earlier pick would be refused as repeats: pick one of each.
				const seenKey = new Set<string>();
				const valid = picked
					.map((i) => rows[i])
					.filter((r) => !seenKey.has(rowKey(key, r.output)) && !!seenKey.add(rowKey(key, r.output)));
				// A row stays valid without the left-out columns only if its file says so on its own (a visit's
				// direction needs its kind): those that do not are invalid lines like any other.
				const alone = (text: string) =>
					checkImport(key, 'row.csv', `${kept.join(',')}\n${text}\n`, bundle, 'merge').rows.length === 1;
				const lines: { text: string; sample?: Sample }[] = valid.map((sample) => {
					const text = line(kept.map((c) => sample.cells[columns.indexOf(c)]));
					return alone(text) ? { text, sample } : { text };
				});
				// Two stray quotes on different lines enclose the lines between them in one quoted cell: that is
				// well-formed CSV (a cell with line breaks), so those lines are the cell's text, not rows. One line
				// with an odd number of quotes is a stray; more are left out.
				const odd = (t: string) => (t.match(/"/g) ?? []).length % 2 === 1;
				let strays = 0;
				for (const [text, at] of invalid) {
					if (odd(text) && strays++ > 0) continue;
					lines.splice(at % (lines.length + 1), 0, { text });
				}
				let n = 1;
				const expected: { line: number; sample: Sample }[] = [];
				for (const l of lines) {
					n++;
					if (l.sample) expected.push({ line: n, sample: l.sample });
					n += (l.text.match(/\n/g) ?? []).length;
				}
				const text = [kept.join(','), ...lines.map((l) => l.text)].join(eol) + (trailing ? eol : '');

				const checked = checkImport(key, 'fuzz.csv', text, bundle, 'merge');
				const at = new Map(checked.lines.map((l, i) => [l, checked.rows[i]]));
				for (const { line: l, sample } of expected) {
					const row = at.get(l);
					if (row) {
						// A column left out of the header reads as empty.
						const blanked = sample.cells.map((c, i) => (drop.includes(columns[i]) ? '' : c));
						expect(row).toEqual(parse(spec, blanked));
						continue;
					}
					// Only a row accepted earlier with the same key (a garbage line that happened to be valid) may hide it.
					const k = rowKey(key, sample.output);
					const repeat = checked.lines.some((other, i) => other < l && rowKey(key, checked.rows[i]) === k);
					expect(
						repeat,
						`valid row at line ${l} lost:\n${text}\n${JSON.stringify(checked.issues, null, 1)}`
					).toBe(true);
				}
				// Applying the kept rows adds every one of them.
				const applied = applyRows(bundle, key, checked.rows, 'fuzz.csv', 'merge')[key] as unknown as Record<
					string,
					unknown
				>[];
				const keys = new Set(applied.map((r) => rowKey(key, r)));
				for (const row of checked.rows) expect(keys.has(rowKey(key, row))).toBe(true);
			}
		);
	});
}

fuzz(
	'file bytes end in text or one located issue',
	[
		fc.oneof(
			fc.uint8Array({ maxLength: 400 }),
			fc.string({ unit: messyChar }).map((s) => new TextEncoder().encode(s))
		)
	],
	(bytes) => {
		const read = fileText('fuzz.csv', bytes);
		if (read.ok) expect(typeof read.text).toBe('string');
		else expect(isLocated(read.issue)).toBe(true);
	}
);
