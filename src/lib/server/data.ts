/**
 * The shipped datasets, read from data/*.csv at build time and validated. A bad file stops the build
 * (and the page in the dev server) with every problem located by file, line and column.
 */
import { assertLoaded, loadDatasets, type DataBundle } from '$lib/data/load';

const files = import.meta.glob('/data/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

/** Raw text of each shipped CSV, by file name. */
export const rawCsv: Record<string, string> = Object.fromEntries(
	Object.entries(files).map(([path, text]) => [path.slice('/data/'.length), text])
);

function read(file: string): string {
	const text = rawCsv[file];
	if (text === undefined) throw new Error(`data/${file} is missing`);
	return text;
}

/** When this build ran: every page's "built <date>" (the data's own date is computed from the records). */
export const BUILT = new Date();

let cached: DataBundle | undefined;

export function shippedData(): DataBundle {
	cached ??= assertLoaded(loadDatasets(read));
	return cached;
}
