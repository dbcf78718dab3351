/**
 * Rebuilds the data the pages show: the shipped CSVs (fetched from /data, validated as at build time) with
 * every stored import applied in order. A stored import that no longer validates is put aside and reported.
 */
import { resolve } from '$app/paths';
import { latestRecordDate } from '$lib/data/as-of';
import { DATASETS, type DatasetKey } from '$lib/data/datasets';
import { assertLoaded, loadDatasets, type DataBundle } from '$lib/data/load';
import { formatIssue } from '$lib/data/validate';
import { isPackedIndex } from '$lib/eventdata/day-index';
import { checkImport } from './check';
import { applyRows } from './merge';
import {
	putAside,
	readAll,
	readUnsaved,
	type AsideRecord,
	type StoredDataset,
	type StoredEvents
} from './store';

export interface ActiveState {
	bundle: DataBundle | null;
	datasets: StoredDataset[];
	events: StoredEvents[];
	aside: AsideRecord[];
	/** The latest record date of `bundle` (its as-of date; imports can move it past the build day). */
	latest?: string;
	/** Why the imports stored in the browser could not be read (they are left as they are, not shown). */
	error?: string;
}

let shipped: Promise<DataBundle> | undefined;

/** The shipped data, from the raw CSV downloads the site already serves. */
export function shippedBundle(): Promise<DataBundle> {
	shipped ??= (async () => {
		const files = Object.values(DATASETS).map((d) => d.file);
		const texts = await Promise.all(
			files.map(async (file) => {
				const res = await fetch(resolve('/data/[file]', { file }));
				if (!res.ok) throw new Error(`GET /data/${file}: ${res.status}`);
				return [file, await res.text()] as const;
			})
		);
		const byFile = new Map(texts);
		return assertLoaded(loadDatasets((f) => byFile.get(f) ?? ''));
	})();
	return shipped;
}

const isDatasetKey = (k: unknown): k is DatasetKey => typeof k === 'string' && k in DATASETS;

function isStoredDataset(v: unknown): v is StoredDataset {
	const d = v as StoredDataset;
	return (
		typeof d === 'object' &&
		d !== null &&
		isDatasetKey(d.key) &&
		typeof d.file === 'string' &&
		typeof d.text === 'string' &&
		(d.mode === 'replace' || d.mode === 'merge')
	);
}

function isStoredEvents(v: unknown): v is StoredEvents {
	const e = v as StoredEvents;
	return typeof e === 'object' && e !== null && isPackedIndex(e.index) && typeof e.summary?.file === 'string';
}

/**
 * Moves a record that can no longer be read aside. When the browser refuses the move (its storage full),
 * the record stays where it is and is listed as kept aside for this page, so it is still reported.
 */
async function setAside(
	name: 'datasets' | 'events',
	value: { id?: number },
	reason: string,
	refused: AsideRecord[]
): Promise<void> {
	try {
		await putAside(name, value, reason);
	} catch {
		refused.push({ store: name, value, reason, at: new Date().toISOString() });
	}
}

/** Applies stored datasets to `base`, putting aside those that no longer validate. */
export async function applyStored(
	base: DataBundle,
	stored: unknown[],
	refused: AsideRecord[] = []
): Promise<{ bundle: DataBundle; applied: StoredDataset[] }> {
	let bundle = base;
	const applied: StoredDataset[] = [];
	for (const d of stored) {
		if (!isStoredDataset(d)) {
			await setAside(
				'datasets',
				d as { id?: number },
				'the stored import is not in a form this version can read',
				refused
			);
			continue;
		}
		const checked = checkImport(d.key, d.file, d.text, bundle, d.mode);
		if (checked.issues.length > 0 && (!d.validOnly || checked.rows.length === 0)) {
			const first = formatIssue(checked.issues[0]);
			await setAside(
				'datasets',
				d,
				`it no longer validates (${checked.issues.length} problem(s), first: ${first})`,
				refused
			);
			continue;
		}
		bundle = applyRows(bundle, d.key, checked.rows, d.file, d.mode);
		applied.push(d);
	}
	return { bundle, applied };
}

export async function loadActive(): Promise<ActiveState> {
	let error: string | undefined;
	// What the browser cannot read is left as it is; this page's own imports are shown all the same.
	const read = async (name: 'datasets' | 'events' | 'aside') => {
		try {
			return await readAll(name);
		} catch (e) {
			error ??= e instanceof Error ? e.message : String(e);
			return readUnsaved(name);
		}
	};
	const [datasets, events] = [await read('datasets'), await read('events')];
	const refused: AsideRecord[] = [];
	let bundle: DataBundle | null = null;
	let applied: StoredDataset[] = [];
	if (datasets.length > 0)
		({ bundle, applied } = await applyStored(await shippedBundle(), datasets, refused));
	const good: StoredEvents[] = [];
	for (const e of events) {
		if (isStoredEvents(e)) good.push(e);
		else
			await setAside(
				'events',
				e as { id?: number },
				'the stored event index is not in a form this version can read',
				refused
			);
	}
	const aside = [...((await read('aside')) as AsideRecord[]), ...refused];
	const shown = applied.length ? bundle : null;
	const latest = shown ? latestRecordDate(shown, new Date()) : undefined;
	return { bundle: shown, datasets: applied, events: good, aside, latest, error };
}
