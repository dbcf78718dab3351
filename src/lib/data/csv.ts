/**
 * A small RFC 4180 CSV reader that never throws: it returns the records it could read
 * and located problems for the rest, so every caller can name file, line and column.
 *
 * A quoted cell may hold line breaks, but a stray quote must not swallow the rows after it: a record that
 * runs over several lines is kept only if it is well formed (its quotes close, nothing follows a closing
 * quote) and has as many cells as the header. Otherwise its first line is reported as broken and the lines
 * after it are read as records of their own, so one bad line costs only itself.
 */

/** One record with the 1-based line it starts on. */
export interface CsvRecord {
	line: number;
	cells: string[];
	/** The record has a problem of its own (an unclosed quote, text after a closing quote): never a valid row. */
	broken?: true;
}

/** A problem located in the file (line and column are 1-based). */
export interface CsvProblem {
	line: number;
	column: number;
	message: string;
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	problems: CsvProblem[];
}

export const QUOTE_NEVER_CLOSED = 'a quoted cell is never closed (expected a closing ")';
export const QUOTE_NOT_CLOSED_ON_LINE =
	'a quoted cell is not closed on its line (expected a closing "); the lines after it are read as rows of their own';
export const TEXT_AFTER_QUOTE =
	'unexpected text after a closing quote (expected a comma or the end of the line)';

interface Read {
	cells: string[];
	problems: CsvProblem[];
	/** Index just past the record (and its line break). */
	end: number;
	/** The line the next record starts on. */
	nextLine: number;
}

const isBlank = (cells: string[]) => cells.length === 1 && cells[0] === '';

/** True when anything but white space comes at or after `i`. */
function textFollows(src: string, i: number): boolean {
	while (i < src.length && /\s/.test(src[i])) i++;
	return i < src.length;
}

/**
 * Reads one record starting at `i` on `line`. With `oneLine`, a quoted cell ends at the line break: the
 * record is cut to its first line.
 */
function readRecord(src: string, i: number, line: number, oneLine: boolean): Read {
	const problems: CsvProblem[] = [];
	const cells: string[] = [];
	for (;;) {
		let cell = '';
		if (src[i] === '"') {
			const quoteLine = line;
			const quoteColumn = cells.length + 1;
			i++;
			let closed = false;
			while (i < src.length) {
				const ch = src[i];
				if (ch === '"') {
					if (src[i + 1] === '"') {
						cell += '"';
						i += 2;
						continue;
					}
					i++;
					closed = true;
					break;
				}
				if (ch === '\n') {
					if (oneLine) break;
					line++;
				}
				cell += ch;
				i++;
			}
			if (!closed) {
				if (oneLine && cell.endsWith('\r')) cell = cell.slice(0, -1);
				problems.push({
					line: quoteLine,
					column: quoteColumn,
					message: oneLine && textFollows(src, i) ? QUOTE_NOT_CLOSED_ON_LINE : QUOTE_NEVER_CLOSED
				});
			} else {
				// Spaces between a closing quote and the comma are what some programs write; they are not data.
				while (src[i] === ' ' || src[i] === '\t') i++;
				if (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
					problems.push({ line, column: cells.length + 1, message: TEXT_AFTER_QUOTE });
					while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') cell += src[i++];
				}
			}
		} else {
			while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') cell += src[i++];
		}
		cells.push(cell);
		if (src[i] === ',') {
			i++;
			if (i >= src.length) {
				cells.push('');
				return { cells, problems, end: i, nextLine: line + 1 };
			}
			continue;
		}
		if (src[i] === '\r') i++;
		if (src[i] === '\n') i++;
		return { cells, problems, end: i, nextLine: line + 1 };
	}
}

/** Splits text into records. Quoted cells may hold commas, quotes ("") and line breaks. */
export function readCsv(text: string): CsvTable {
	const problems: CsvProblem[] = [];
	const rows: CsvRecord[] = [];
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let line = 1;
	let i = 0;
	let headerCells: number | undefined;
	while (i < src.length) {
		let read = readRecord(src, i, line, false);
		const spansLines = read.nextLine > line + 1;
		const misshapen = headerCells !== undefined && read.cells.length !== headerCells;
		if (spansLines && (read.problems.length > 0 || misshapen)) read = readRecord(src, i, line, true);
		problems.push(...read.problems);
		if (!isBlank(read.cells)) {
			const record: CsvRecord = { line, cells: read.cells };
			if (read.problems.length > 0) record.broken = true;
			rows.push(record);
			headerCells ??= read.cells.length;
		}
		i = read.end;
		line = read.nextLine;
	}
	const [head, ...records] = rows;
	return { header: head ? head.cells.map((c) => c.trim()) : [], records, problems };
}
