/**
 * The deck in localStorage. Nothing saved is ever lost to a failed or unwise write:
 * - a saved deck that cannot be read is copied under its own key (with the time) before its key is
 *   freed, and reported; when there is no room for the copy it stays where it is and saving stops;
 * - a deck written by a newer version is read as far as this version can and shown read-only, untouched;
 * - a write the browser refuses (storage full, blocked, a private window) leaves the saved deck as it was.
 * Only the deck's own keys are touched; imported datasets live in IndexedDB and other keys are left alone.
 */
import { m } from '$lib/i18n';
import { joinProblems, notJson, parseDeck, type Deck, type NewerDeck } from './deck';
import { storageFault, type StorageFault } from './storage-fault';

export const DECK_KEY = 'us-china-channels:briefing-deck';
export const ASIDE_PREFIX = 'us-china-channels:briefing-deck-unreadable:';

export type LoadResult =
	| { status: 'empty' }
	| { status: 'ok'; deck: Deck }
	/** Written by a newer version: shown read-only, never saved over. */
	| { status: 'newer'; deck: Deck; newer: NewerDeck }
	/** The saved deck could not be read; its text is now under `asideKey`. */
	| { status: 'unreadable'; asideKey: string; problems: string[] }
	/** The saved deck could not be read, nor copied aside (`fault`): it stays under its key, unsaved over. */
	| { status: 'stuck'; text: string; problems: string[]; fault: StorageFault }
	/** The browser would not even read its storage. */
	| { status: 'unavailable'; fault: StorageFault };

/** loadDeck() reads the saved deck; an unreadable one is kept aside under another key and reported. */
export function loadDeck(storage: Storage, now = new Date()): LoadResult {
	let text: string | null;
	try {
		text = storage.getItem(DECK_KEY);
	} catch (e) {
		return { status: 'unavailable', fault: storageFault(e) };
	}
	if (text === null) return { status: 'empty' };
	let problems: string[];
	try {
		const parsed = parseDeck(JSON.parse(text));
		if (parsed.ok && parsed.newer) return { status: 'newer', deck: parsed.deck, newer: parsed.newer };
		if (parsed.ok) return { status: 'ok', deck: parsed.deck };
		problems = parsed.problems;
	} catch (e) {
		problems = [notJson(e)];
	}
	const kept = keepAside(storage, text, now);
	if (!kept.ok) return { status: 'stuck', text, problems, fault: kept.fault };
	return { status: 'unreadable', asideKey: kept.key, problems };
}

/**
 * keepAside() copies a saved deck's text under its own key and only then frees the deck's key; when the
 * browser refuses the copy, nothing is changed.
 */
export function keepAside(
	storage: Storage,
	text: string,
	now = new Date()
): { ok: true; key: string } | { ok: false; fault: StorageFault } {
	const key = `${ASIDE_PREFIX}${now.toISOString()}`;
	try {
		storage.setItem(key, text);
		if (storage.getItem(key) !== text) throw new Error('the copy kept aside did not read back');
		storage.removeItem(DECK_KEY);
	} catch (e) {
		return { ok: false, fault: storageFault(e) };
	}
	return { ok: true, key };
}

/** saveDeck() writes the deck; returns why when the browser refuses (full, blocked, private mode). */
export function saveDeck(storage: Storage, deck: Deck): StorageFault | undefined {
	try {
		storage.setItem(DECK_KEY, JSON.stringify(deck));
		return undefined;
	} catch (e) {
		return storageFault(e);
	}
}

/** Keys of decks kept aside, oldest first. */
export function asideKeys(storage: Storage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const k = storage.key(i);
		if (k?.startsWith(ASIDE_PREFIX)) keys.push(k);
	}
	return keys.sort();
}

/** What the deck page says about a saved deck that could not be read, and where it was kept. */
export function unreadableMessage(asideKey: string, problems: string[]): string {
	return m.briefing_unreadable({ problems: joinProblems(problems), key: asideKey });
}
