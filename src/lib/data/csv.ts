/**
 * A small RFC 4180 CSV reader that never throws: it returns the records it could read
 * and located problems for the rest, so every caller can name file, line and column.
 */

/** One record with the 1-based line it starts on. */
export interface CsvRecord {
	line: number;
	cells: string[];
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

/** Splits text into records. Quoted cells may hold commas, quotes ("") and line breaks. */
export function readCsv(text: string): CsvTable {
	const problems: CsvProblem[] = [];
	const rows: CsvRecord[] = [];
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let line = 1;
	let i = 0;
	while (i < src.length) {
		const startLine = line;
		const cells: string[] = [];
		let cell = '';
		let endOfRecord = false;
		while (!endOfRecord) {
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
					if (ch === '\n') line++;
					cell += ch;
					i++;
				}
				if (!closed) {
					problems.push({
						line: quoteLine,
						column: quoteColumn,
						message: 'a quoted cell is never closed (expected a closing ")'
					});
				} else if (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
					problems.push({
						line,
						column: cells.length + 1,
						message: 'unexpected text after a closing quote (expected a comma or the end of the line)'
					});
					while (i < src.length && src[i] !== ',' && src[i] !== '\n') cell += src[i++];
				}
			} else {
				while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') cell += src[i++];
			}
			cells.push(cell);
			cell = '';
			if (src[i] === ',') {
				i++;
				if (i >= src.length) cells.push('');
			} else {
				if (src[i] === '\r') i++;
				if (src[i] === '\n') i++;
				line++;
				endOfRecord = true;
			}
			if (i >= src.length) endOfRecord = true;
		}
		const blank = cells.length === 1 && cells[0] === '';
		if (!blank) rows.push({ line: startLine, cells });
	}
	const [head, ...records] = rows;
	return { header: head ? head.cells.map((c) => c.trim()) : [], records, problems };
}
