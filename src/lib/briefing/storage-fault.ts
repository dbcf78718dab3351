/**
 * Why the browser refused to keep something (the deck in localStorage, an import in IndexedDB), in three
 * kinds a person can act on: its storage for this site is full, it keeps nothing for this site (a private
 * window, storage blocked by a setting or a policy), or another failure, with the browser's own words.
 */
import { m } from '$lib/i18n';

export type StorageFault = { kind: 'full' | 'blocked' | 'failed'; detail: string };

const FULL = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const BLOCKED = new Set(['SecurityError', 'InvalidStateError', 'NotAllowedError']);

/** The kind of a storage error (a DOMException, or anything thrown). */
export function storageFault(e: unknown): StorageFault {
	const error = e as { name?: unknown; code?: unknown; message?: unknown } | null;
	const name = typeof error?.name === 'string' ? error.name : '';
	const detail = typeof error?.message === 'string' && error.message ? error.message : String(e);
	// Old Safari and Firefox give the quota error only by its legacy code.
	if (FULL.has(name) || error?.code === 22 || error?.code === 1014) return { kind: 'full', detail };
	if (BLOCKED.has(name)) return { kind: 'blocked', detail };
	return { kind: 'failed', detail };
}

/** The storage is not there at all (no localStorage or indexedDB in this window). */
export const MISSING: StorageFault = { kind: 'blocked', detail: 'no storage in this window' };

/** The fault as a clause: "this browser's storage for the site is full". */
export function faultReason(fault: StorageFault): string {
	if (fault.kind === 'full') return m.app_storage_full();
	if (fault.kind === 'blocked') return m.app_storage_blocked();
	return m.app_storage_failed({ detail: fault.detail });
}
