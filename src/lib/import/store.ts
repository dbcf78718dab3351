/**
 * What the user imported, kept in IndexedDB so it survives reloads: dataset CSVs (as text, re-validated on
 * every load), event-data indexes, and imports that can no longer be read, kept aside rather than dropped.
 */
import type { PackedIndex } from '$lib/eventdata/day-index';
import type { IngestSummary } from '$lib/eventdata/ingest';
import type { DatasetKey } from '$lib/data/datasets';
import type { ImportMode } from './merge';

const DB = 'us-china-channels-imports';
const VERSION = 1;
export const STORES = ['datasets', 'events', 'aside'] as const;
type StoreName = (typeof STORES)[number];

/** An imported dataset CSV. */
export interface StoredDataset {
	id?: number;
	key: DatasetKey;
	file: string;
	mode: ImportMode;
	/** The user chose to keep only the valid rows. */
	validOnly: boolean;
	text: string;
	importedAt: string;
}

/** An imported event-data file: its per-day index and what the import found, never its rows. */
export interface StoredEvents {
	id?: number;
	summary: Omit<IngestSummary, 'problems'>;
	index: PackedIndex;
	importedAt: string;
}

/** An import that could not be read back, with why; kept so nothing is lost. */
export interface AsideRecord {
	id?: number;
	store: StoreName;
	value: unknown;
	reason: string;
	at: string;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, VERSION);
		req.onupgradeneeded = () => {
			for (const name of STORES)
				if (!req.result.objectStoreNames.contains(name))
					req.result.createObjectStore(name, { keyPath: 'id', autoIncrement: true });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function tx<T>(
	name: StoreName | StoreName[],
	mode: IDBTransactionMode,
	run: (t: IDBTransaction) => IDBRequest<T> | void
): Promise<T | undefined> {
	const db = await open();
	try {
		return await new Promise<T | undefined>((resolve, reject) => {
			const t = db.transaction(name, mode);
			const req = run(t);
			t.oncomplete = () => resolve(req ? req.result : undefined);
			t.onerror = () => reject(t.error);
			t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

export const readAll = async (name: StoreName): Promise<unknown[]> =>
	(await tx<unknown[]>(name, 'readonly', (t) => t.objectStore(name).getAll())) ?? [];

export const add = (name: StoreName, value: object) =>
	tx(name, 'readwrite', (t) => t.objectStore(name).add(value));

export const remove = (name: StoreName, id: number) =>
	tx(name, 'readwrite', (t) => t.objectStore(name).delete(id));

/** Moves a record that cannot be read to the "aside" store, with the reason. */
export const putAside = (name: StoreName, value: { id?: number }, reason: string) =>
	tx([name, 'aside'], 'readwrite', (t) => {
		if (value.id !== undefined) t.objectStore(name).delete(value.id);
		const { id: _id, ...rest } = value;
		void _id;
		t.objectStore('aside').add({ store: name, value: rest, reason, at: new Date().toISOString() });
	});

/** Reset to shipped data: forgets every import (records kept aside stay until the user discards them). */
export const clearImports = () =>
	tx(['datasets', 'events'], 'readwrite', (t) => {
		t.objectStore('datasets').clear();
		t.objectStore('events').clear();
	});

export const clearAside = () => tx('aside', 'readwrite', (t) => t.objectStore('aside').clear());

/** How many records all stores hold: zero means there is nothing to load. */
export async function countAll(): Promise<number> {
	const counts = await Promise.all(
		STORES.map((name) => tx<number>(name, 'readonly', (t) => t.objectStore(name).count()))
	);
	return counts.reduce<number>((a, b) => a + (b ?? 0), 0);
}
