/**
 * Property tests: on any input, the CSV reader, the dataset validators, the import file checks and the
 * event-data reader never throw, and always return either data or located problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/data/csv';
import { DATASETS } from '$lib/data/datasets';
import { validateCsv } from '$lib/data/validate';
import { EventIngest } from '$lib/eventdata/ingest';
import { fileText } from './file-text';

/** Text that looks like CSV often enough to reach deep branches: quotes, commas, line breaks, real headers. */
const csvish = fc.oneof(
	fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '-', '\uFEFF', 'é') }),
	fc.string(),
	fc
		.tuple(fc.constantFrom(...Object.values(DATASETS)), fc.array(fc.array(fc.string(), { maxLength: 15 })))
		.map(([spec, rows]) =>
			[Object.keys(spec.schema.entries).join(','), ...rows.map((r) => r.join(','))].join('\n')
		)
);

const located = (i: { line: number; column: number; expected: string }) =>
	Number.isInteger(i.line) &&
	i.line >= 1 &&
	Number.isInteger(i.column) &&
	i.column >= 1 &&
	i.expected.length > 0;

describe('never throws, always data or located problems', () => {
	it('readCsv', () => {
		fc.assert(
			fc.property(csvish, (text) => {
				const table = readCsv(text);
				expect(table.problems.every((p) => located({ ...p, expected: p.message }))).toBe(true);
				expect(table.records.every((r) => r.line >= 1 && r.cells.length >= 1)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('validateCsv, for every dataset', () => {
		fc.assert(
			fc.property(csvish, fc.constantFrom(...Object.values(DATASETS)), (text, spec) => {
				const result = validateCsv('x.csv', text, spec.schema);
				if (result.ok) expect(result.rows.length).toBe(result.lines.length);
				else {
					expect(result.issues.length).toBeGreaterThan(0);
					expect(result.issues.every(located)).toBe(true);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('fileText', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const r = fileText('x.csv', bytes);
				expect(r.ok ? typeof r.text === 'string' : located(r.issue)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('EventIngest, whatever the bytes and the chunking', () => {
		const tsvish = fc
			.array(
				fc.array(fc.constantFrom('', 'CHN', 'USA', 'GOV', 'BUS', '1', '20230105', 'x'), { maxLength: 70 }),
				{
					maxLength: 8
				}
			)
			.map((rows) => new TextEncoder().encode(rows.map((r) => r.join('\t')).join('\n')));
		fc.assert(
			fc.property(
				fc.oneof(fc.uint8Array({ maxLength: 400 }), tsvish),
				fc.integer({ min: 1, max: 64 }),
				(bytes, size) => {
					const ingest = new EventIngest('x');
					for (let i = 0; i < bytes.length; i += size) ingest.push(bytes.subarray(i, i + size));
					const r = ingest.finish();
					if (r.ok) {
						expect(r.rowsKept + r.rowsOther + r.problemCount).toBeLessThanOrEqual(r.rowsRead + 1);
						expect(r.problems.every(located)).toBe(true);
					} else expect(located(r.issue)).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	});
});
