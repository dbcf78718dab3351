/**
 * What the user imported, kept in IndexedDB so it survives reloads: dataset CSVs (as text, re-validated on
 * every load), event-data indexes, and imports that can no longer be read, kept aside rather than dropped.
 *
 * When the browser will not store an import (its storage full, IndexedDB missing or blocked in a private
 * window, or broken), the import is kept in this page instead, so the page still shows it, and `add` says
 * why it was not saved. A failed write changes nothing stored: every write is one transaction.
 */
import { MISSING, storageFault, type StorageFault } from '$lib/briefing/storage-fault';
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

/** Imports the browser would not store, for this page's life; their ids are negative. */
const unsaved: Record<StoreName, { id: number }[]> = { datasets: [], events: [], aside: [] };
let nextUnsavedId = -1;

const hasIndexedDb = () => {
	try {
		return typeof indexedDB !== 'undefined' && indexedDB !== null;
	} catch {
		return false;
	}
};

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		if (!hasIndexedDb()) throw new DOMException(MISSING.detail, 'SecurityError');
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

/** The stored records of `name` and this page's unsaved ones; throws when the browser cannot read them. */
export async function readAll(name: StoreName): Promise<unknown[]> {
	const stored = hasIndexedDb()
		? ((await tx<unknown[]>(name, 'readonly', (t) => t.objectStore(name).getAll())) ?? [])
		: [];
	return [...stored, ...unsaved[name]];
}

/** Only this page's unsaved records: what can be shown when the stored ones cannot be read. */
export const readUnsaved = (name: StoreName): unknown[] => [...unsaved[name]];

export type Saved = { saved: true } | { saved: false; fault: StorageFault };

/** Stores a record; when the browser refuses, keeps it in this page and says why. */
export async function add(name: StoreName, value: object): Promise<Saved> {
	try {
		await tx(name, 'readwrite', (t) => t.objectStore(name).add(value));
		return { saved: true };
	} catch (e) {
		unsaved[name].push({ ...value, id: nextUnsavedId-- });
		return { saved: false, fault: hasIndexedDb() ? storageFault(e) : MISSING };
	}
}

const dropUnsaved = (name: StoreName, id: number) =>
	(unsaved[name] = unsaved[name].filter((r) => r.id !== id));

export async function remove(name: StoreName, id: number): Promise<void> {
	if (id < 0) dropUnsaved(name, id);
	else await tx(name, 'readwrite', (t) => t.objectStore(name).delete(id));
}

/**
 * Moves a record that cannot be read to the "aside" store, with the reason, in one transaction: if the
 * browser refuses (full), the record stays where it was and this throws.
 */
export async function putAside(name: StoreName, value: { id?: number }, reason: string): Promise<void> {
	const { id, ...rest } = value;
	const record = { store: name, value: rest, reason, at: new Date().toISOString() };
	if (id !== undefined && id < 0) {
		dropUnsaved(name, id);
		unsaved.aside.push({ ...record, id: nextUnsavedId-- });
		return;
	}
	await tx([name, 'aside'], 'readwrite', (t) => {
		if (id !== undefined) t.objectStore(name).delete(id);
		t.objectStore('aside').add(record);
	});
}

/** Reset to shipped data: forgets every import (records kept aside stay until the user discards them). */
export async function clearImports(): Promise<void> {
	unsaved.datasets = [];
	unsaved.events = [];
	if (!hasIndexedDb()) return;
	await tx(['datasets', 'events'], 'readwrite', (t) => {
		t.objectStore('datasets').clear();
		t.objectStore('events').clear();
	});
}

export async function clearAside(): Promise<void> {
	unsaved.aside = [];
	if (hasIndexedDb()) await tx('aside', 'readwrite', (t) => t.objectStore('aside').clear());
}

/** How many records all stores hold: zero means there is nothing to load. */
export async function countAll(): Promise<number> {
	const inPage = STORES.reduce((n, name) => n + unsaved[name].length, 0);
	if (!hasIndexedDb()) return inPage;
	const counts = await Promise.all(
		STORES.map((name) => tx<number>(name, 'readonly', (t) => t.objectStore(name).count()))
	);
	return counts.reduce<number>((a, b) => a + (b ?? 0), inPage);
}
