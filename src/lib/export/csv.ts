/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese correctly), CRLF line ends,
 * RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralised.
 */
import { asOfLine } from '$lib/figure/as-of';
import type { FigureMeta } from '$lib/figure/types';

export type CsvCell = string | number | boolean | undefined | null;
export type CsvRow = Record<string, CsvCell>;

const BOM = '\uFEFF';

/** A cell starting with = + - @ tab or CR is prefixed with ' so no spreadsheet evaluates it. */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
	if (value === undefined || value === null) return '';
	// Numbers stay numbers: a negative count is data, not a formula.
	const text = typeof value === 'number' ? String(value) : neutraliseFormula(String(value));
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as CSV text with a header of `columns` (all keys of the first row by default), after a
 * `# comment` line for each of `comments` (what date the data runs to: spreadsheets show it in the first
 * cell; pandas' `comment='#'` and R's `comment.char='#'` skip it).
 */
export function toCsv(
	rows: CsvRow[],
	columns: string[] = Object.keys(rows[0] ?? {}),
	comments: string[] = []
): string {
	const preface = comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`);
	const lines = [columns.map(cell), ...rows.map((r) => columns.map((c) => cell(r[c])))];
	return BOM + [...preface, ...lines.map((l) => l.join(','))].join('\r\n') + '\r\n';
}

/** A Figure's rows as CSV, headed by its title and what date its data runs to (`# ...` lines). */
export function figureCsv(rows: CsvRow[], meta: FigureMeta, exportedOn: Date): string {
	return toCsv(rows, undefined, [meta.title, ...(meta.asOf ? [asOfLine(meta.asOf, exportedOn)] : [])]);
}
