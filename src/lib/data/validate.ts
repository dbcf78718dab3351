/**
 * Validates one CSV file against its dataset schema. Returns the typed rows or located issues;
 * never throws, so the build, the dev server and browser imports report the same messages.
 */
import * as v from 'valibot';
import { readCsv } from './csv.ts';
import type { RowSchema } from './datasets.ts';

/** One problem in a data file, located precisely enough to fix it in an editor. */
export interface DataIssue {
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** 1-based column (cell position). */
	column: number;
	/** The header name of that column, when known. */
	columnName?: string;
	/** The cell's text as found. */
	value?: string;
	/** What was expected instead. */
	expected: string;
}

/**
 * The rows that passed (with their lines) and, when some did not, the issues. Rows are given even then, so
 * an import can keep the valid rows; a header that does not match gives no rows at all.
 */
export type Validated<T> =
	{ ok: true; rows: T[]; lines: number[] } | { ok: false; issues: DataIssue[]; rows: T[]; lines: number[] };

/** "data/x.csv:4:2 (column "status"): found "activ"; expected one of: ..." */
export function formatIssue(issue: DataIssue): string {
	const where = `${issue.file}:${issue.line}:${issue.column}`;
	const column = issue.columnName ? ` (column "${issue.columnName}")` : '';
	const found = issue.value === undefined ? '' : ` found "${truncate(issue.value)}";`;
	return `${where}${column}:${found} ${issue.expected}`;
}

function truncate(s: string): string {
	return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * The columns a file with `header` must have, in order: the schema's, less the Chinese-name columns
 * (`name_zh`...) and the `added` columns the header leaves out, so a file from before they existed still reads.
 */
export function expectedColumns(
	schemaColumns: string[],
	header: string[],
	added: readonly string[] = []
): string[] {
	return schemaColumns.filter((c) => !(c.endsWith('_zh') || added.includes(c)) || header.includes(c));
}

/** `added`: columns a file may leave out (see `DatasetSpec.added`). */
export function validateCsv<S extends RowSchema>(
	file: string,
	text: string,
	schema: S,
	added: readonly string[] = []
): Validated<v.InferOutput<S>> {
	const table = readCsv(text);
	const issues: DataIssue[] = table.problems.map((p) => ({
		file,
		line: p.line,
		column: p.column,
		expected: p.message
	}));
	const all = Object.keys(schema.entries);
	// Left-out Chinese-name and added columns read as empty (English is shown; nothing is assumed).
	const columns = expectedColumns(all, table.header, added);
	if (table.header.length === 0) {
		return {
			ok: false,
			issues: [{ file, line: 1, column: 1, expected: `expected a header row: ${all.join(',')}` }],
			rows: [],
			lines: []
		};
	}
	columns.forEach((name, i) => {
		if (table.header[i] !== name) {
			issues.push({
				file,
				line: 1,
				column: i + 1,
				columnName: name,
				value: table.header[i] ?? '',
				expected: `expected the header "${name}" here (columns: ${columns.join(',')})`
			});
		}
	});
	if (table.header.length > columns.length) {
		issues.push({
			file,
			line: 1,
			column: columns.length + 1,
			value: table.header[columns.length],
			expected: `expected ${columns.length} columns; remove the extra ones`
		});
	}
	// A header that does not match gives no rows: the cells cannot be told apart.
	if (issues.some((i) => i.line === 1)) return { ok: false, issues, rows: [], lines: [] };

	const rows: v.InferOutput<S>[] = [];
	const lines: number[] = [];
	for (const record of table.records) {
		// Its problem is already reported (unclosed quote, text after a quote): never read it as a row.
		if (record.broken) continue;
		if (record.cells.length !== columns.length) {
			issues.push({
				file,
				line: record.line,
				column: Math.min(record.cells.length, columns.length) + 1,
				expected: `expected ${columns.length} cells, found ${record.cells.length}`
			});
			continue;
		}
		const input = Object.fromEntries(all.map((name) => [name, record.cells[columns.indexOf(name)] ?? '']));
		const result = v.safeParse(schema, input, { abortPipeEarly: true });
		if (result.success) {
			rows.push(result.output);
			lines.push(record.line);
			continue;
		}
		for (const issue of result.issues) {
			const name = v.getDotPath(issue) ?? '';
			const col = columns.indexOf(name);
			issues.push({
				file,
				line: record.line,
				column: col + 1,
				columnName: name,
				value: record.cells[col],
				expected: issue.message
			});
		}
	}
	return issues.length > 0 ? { ok: false, issues, rows, lines } : { ok: true, rows, lines };
}
