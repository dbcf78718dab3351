/**
 * Loads every shipped dataset, validates each with its schema, then checks what ties them together:
 * unique ids, and the rules of `integrity.ts` (published, known sources dated no earlier than their records,
 * known channel ids, ends after starts).
 */
import { DATASETS, type DatasetKey, type RowOf } from './datasets.ts';
import { rowContext, rowProblems } from './integrity.ts';
import { formatIssue, validateCsv, type DataIssue } from './validate.ts';

export type DataBundle = { [K in DatasetKey]: RowOf<K>[] };

export type Loaded = { ok: true; data: DataBundle } | { ok: false; issues: DataIssue[] };

/** Reads each file's text through `read` (fs at build time, ?raw imports in the app, File in the browser). */
export function loadDatasets(read: (file: string) => string, dir = 'data'): Loaded {
	const issues: DataIssue[] = [];
	const data: Partial<Record<DatasetKey, unknown[]>> = {};
	const lines: Partial<Record<DatasetKey, number[]>> = {};
	for (const [key, spec] of Object.entries(DATASETS) as [DatasetKey, (typeof DATASETS)[DatasetKey]][]) {
		const path = `${dir}/${spec.file}`;
		let text: string;
		try {
			text = read(spec.file);
		} catch (e) {
			issues.push({ file: path, line: 1, column: 1, expected: `expected the file to exist (${String(e)})` });
			continue;
		}
		const result = validateCsv(path, text, spec.schema, spec.added);
		if (result.ok) {
			data[key] = result.rows;
			lines[key] = result.lines;
		} else issues.push(...result.issues);
	}
	if (issues.length > 0) return { ok: false, issues };
	const bundle = data as DataBundle;
	issues.push(...checkReferences(bundle, lines as Record<DatasetKey, number[]>, dir));
	return issues.length > 0 ? { ok: false, issues } : { ok: true, data: bundle };
}

function columnOf(key: DatasetKey, name: string): number {
	return Object.keys(DATASETS[key].schema.entries).indexOf(name) + 1;
}

function checkReferences(data: DataBundle, lines: Record<DatasetKey, number[]>, dir: string): DataIssue[] {
	const issues: DataIssue[] = [];
	const at = (key: DatasetKey, row: number, column: string, value: string, expected: string) =>
		issues.push({
			file: `${dir}/${DATASETS[key].file}`,
			line: lines[key][row],
			column: columnOf(key, column),
			columnName: column,
			value,
			expected
		});

	for (const key of ['sources', 'channels', 'claims', 'trips', 'events'] as const) {
		const seen = new Set<string>();
		(data[key] as { id: string }[]).forEach((row, i) => {
			if (seen.has(row.id)) at(key, i, 'id', row.id, 'expected an id not used by an earlier row');
			seen.add(row.id);
		});
	}
	const ctx = rowContext(
		data.sources,
		data.channels.map((c) => c.id),
		{ sources: `${dir}/sources.csv`, channels: `${dir}/channels.csv` }
	);
	for (const key of Object.keys(DATASETS) as DatasetKey[])
		(data[key] as RowOf<typeof key>[]).forEach((row, i) => {
			for (const p of rowProblems(key, row, ctx)) at(key, i, p.column, p.value, p.expected);
		});
	return issues;
}

/** Throws one error listing every issue: used where a bad file must stop the build or the dev server. */
export function assertLoaded(loaded: Loaded): DataBundle {
	if (loaded.ok) return loaded.data;
	const list = loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n');
	throw new Error(`The data files are not valid (${loaded.issues.length} problem(s)):\n${list}`);
}
