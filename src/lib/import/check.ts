/**
 * Validates an imported dataset CSV exactly as the build does (same schema, same messages), then checks what
 * ties it to the data already loaded: ids unique in the file, known source and channel ids, ends after starts.
 */
import { readCsv } from '$lib/data/csv';
import { DATASETS, type DatasetKey, type RowOf } from '$lib/data/datasets';
import { rowContext, rowProblems } from '$lib/data/integrity';
import type { DataBundle } from '$lib/data/load';
import { expectedColumns, validateCsv, type DataIssue } from '$lib/data/validate';
import { rowKey, type ImportMode } from './merge';

export interface Checked {
	/** Rows with no issue, and their lines. */
	rows: Record<string, unknown>[];
	lines: number[];
	/** Every issue, located in the imported file. */
	issues: DataIssue[];
	/** Data rows in the file (valid or not). */
	total: number;
}

/** Checks `text` as dataset `key` against `bundle` (the data it will be applied to). */
export function checkImport(
	key: DatasetKey,
	file: string,
	text: string,
	bundle: DataBundle,
	mode: ImportMode
): Checked {
	// Validation is row by row: the valid rows come back alongside the issues of the others.
	const all = validateCsv(file, text, DATASETS[key].schema, DATASETS[key].added);
	if (!all.ok && all.issues.some((i) => i.line === 1))
		return { rows: [], lines: [], issues: all.issues, total: 0 };
	const issues: DataIssue[] = all.ok ? [] : [...all.issues];
	const perRow = { rows: all.rows, lines: all.lines };
	const rows: Record<string, unknown>[] = [];
	const lines: number[] = [];
	// Columns as the file has them (it may leave out Chinese-name and added columns), so issues point at its cells.
	const fileColumns = expectedColumns(
		Object.keys(DATASETS[key].schema.entries),
		readCsv(text).header,
		DATASETS[key].added
	);
	const columnOf = (name: string) => fileColumns.indexOf(name) + 1;
	const ctx = rowContext(
		bundle.sources,
		bundle.channels.map((c) => c.id),
		{ sources: 'sources.csv (import your sources first, with Merge)', channels: 'channels.csv' }
	);
	const seen = new Set<string>();
	perRow.rows.forEach((row: Record<string, unknown>, i: number) => {
		const line = perRow.lines[i];
		const found: DataIssue[] = [];
		const at = (column: string, value: string, expected: string) =>
			found.push({ file, line, column: columnOf(column), columnName: column, value, expected });
		const k = rowKey(key, row);
		if (seen.has(k))
			at(
				key === 'channelPeriods' ? 'start' : key === 'people' ? 'period' : 'id',
				k,
				'expected a row not repeated earlier in the file'
			);
		seen.add(k);
		for (const p of rowProblems(key, row as RowOf<typeof key>, ctx)) at(p.column, p.value, p.expected);
		if (found.length) issues.push(...found);
		else {
			rows.push(row);
			lines.push(line);
		}
	});
	if (key === 'sources' && mode === 'replace') issues.push(...droppedSources(file, rows, bundle));
	issues.sort((a, b) => a.line - b.line || a.column - b.column);
	return { rows, lines, issues, total: readCsv(text).records.length };
}

/** Replacing sources must keep every id the other datasets cite. */
function droppedSources(file: string, rows: Record<string, unknown>[], bundle: DataBundle): DataIssue[] {
	const kept = new Set(rows.map((r) => String(r.id)));
	const cited = new Set<string>();
	for (const key of ['channels', 'channelPeriods', 'claims', 'trips', 'events', 'people'] as const)
		for (const r of bundle[key] as { source_id: string }[]) cited.add(r.source_id);
	return [...cited]
		.filter((id) => !kept.has(id) && !id.includes('@'))
		.map((id) => ({
			file,
			line: 1,
			column: 1,
			columnName: 'id',
			value: id,
			expected: `expected source "${id}" to stay: the loaded data cites it (or choose Merge to add sources)`
		}));
}
