/** Which import path a file takes, from its name and first bytes: event data (GDELT/ICEWS) or a dataset CSV. */
import { DATASETS, type DatasetKey } from '$lib/data/datasets';
import { expectedColumns } from '$lib/data/validate';

export type FileKind = 'events' | 'dataset';

/** Event data: a .zip, a .tab, a GDELT `*.export.CSV`, or any file whose first line has tabs. */
export function sniffKind(name: string, head: Uint8Array): FileKind {
	if (head[0] === 0x50 && head[1] === 0x4b) return 'events';
	if (/\.(zip|tab|tsv)$/i.test(name) || /\.export\.csv$/i.test(name)) return 'events';
	const nl = head.indexOf(10);
	const first = head.subarray(0, nl === -1 ? head.length : nl);
	return first.includes(9) ? 'events' : 'dataset';
}

/** The dataset whose header the CSV's first line matches, else the one whose file name it carries. */
export function guessDataset(name: string, text: string): DatasetKey | undefined {
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const header = firstLine.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
	for (const [key, spec] of Object.entries(DATASETS)) {
		const columns = expectedColumns(Object.keys(spec.schema.entries), header, spec.added);
		if (columns.length === header.length && columns.every((c, i) => c === header[i]))
			return key as DatasetKey;
	}
	const base = name.toLowerCase();
	return (Object.entries(DATASETS).find(([, spec]) => base.includes(spec.file.replace('.csv', '')))?.[0] ??
		undefined) as DatasetKey | undefined;
}
