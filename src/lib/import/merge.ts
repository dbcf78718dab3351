/**
 * Applies one imported dataset to a bundle: replace the shipped rows, or merge (a row with the same key
 * replaces the old one, new rows are added). Imported rows cite their source "via imported file <name>",
 * so every Figure's source line names the file.
 */
import type { DatasetKey } from '$lib/data/datasets';
import type { DataBundle } from '$lib/data/load';
import type { Source } from '$lib/data/schemas/sources';

export type ImportMode = 'replace' | 'merge';

type Row = Record<string, unknown>;

/** The key that identifies a row of each dataset, for merging. */
export function rowKey(key: DatasetKey, row: Row): string {
	if (key === 'channelPeriods') return `${row.channel_id} ${row.start}`;
	if (key === 'people') return `${row.series} ${row.period}`;
	return String(row.id);
}

/** The id of the source an imported row cites: its own source, via the file. */
export const taggedSourceId = (sourceId: string, file: string) => `${sourceId}@${file}`;

function tagSources(rows: Row[], file: string, sources: Source[]): { rows: Row[]; added: Source[] } {
	const byId = new Map(sources.map((s) => [s.id, s]));
	const added = new Map<string, Source>();
	const tagged = rows.map((row) => {
		const id = String(row.source_id);
		const tag = taggedSourceId(id, file);
		const cited = byId.get(id);
		if (cited && !added.has(tag)) {
			const publisher = [cited.publisher, `via imported file ${file}`].filter(Boolean).join(', ');
			added.set(tag, { ...cited, id: tag, publisher });
		}
		return { ...row, source_id: tag };
	});
	return { rows: tagged, added: [...added.values()] };
}

/** A new bundle with `rows` (already validated) imported into dataset `key`. */
export function applyRows(
	bundle: DataBundle,
	key: DatasetKey,
	rows: Row[],
	file: string,
	mode: ImportMode
): DataBundle {
	let incoming = rows;
	let sources = bundle.sources;
	if (key !== 'sources') {
		const tagged = tagSources(rows, file, bundle.sources);
		incoming = tagged.rows;
		sources = [...sources.filter((s) => !tagged.added.some((a) => a.id === s.id)), ...tagged.added];
	}
	const old = bundle[key] as unknown as Row[];
	let next: Row[];
	if (mode === 'replace') next = incoming;
	else {
		const replaced = new Map(incoming.map((r) => [rowKey(key, r), r]));
		next = old.map((r) => replaced.get(rowKey(key, r)) ?? r);
		const present = new Set(old.map((r) => rowKey(key, r)));
		next.push(...incoming.filter((r) => !present.has(rowKey(key, r))));
	}
	const out = { ...bundle, sources, [key]: next } as DataBundle;
	if (key === 'sources') out.sources = next as unknown as Source[];
	return out;
}
