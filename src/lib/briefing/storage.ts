/**
 * The deck in localStorage. A saved deck that cannot be read is never dropped: it is copied under its own
 * key (with the time) and reported, and only the deck's own key is touched; imported datasets live in
 * IndexedDB and other keys are left alone.
 */
import { m } from '$lib/i18n';
import { joinProblems, notJson, parseDeck, type Deck } from './deck';

export const DECK_KEY = 'us-china-channels:briefing-deck';
export const ASIDE_PREFIX = 'us-china-channels:briefing-deck-unreadable:';

export type LoadResult =
	| { status: 'empty' }
	| { status: 'ok'; deck: Deck }
	/** The saved deck could not be read; its text is now under `asideKey`. */
	| { status: 'unreadable'; asideKey: string; problems: string[] };

/** loadDeck() reads the saved deck; an unreadable one is kept aside under another key and reported. */
export function loadDeck(storage: Storage, now = new Date()): LoadResult {
	const text = storage.getItem(DECK_KEY);
	if (text === null) return { status: 'empty' };
	let problems: string[];
	try {
		const parsed = parseDeck(JSON.parse(text));
		if (parsed.ok) return { status: 'ok', deck: parsed.deck };
		problems = parsed.problems;
	} catch (e) {
		problems = [notJson(e)];
	}
	const asideKey = `${ASIDE_PREFIX}${now.toISOString()}`;
	storage.setItem(asideKey, text);
	storage.removeItem(DECK_KEY);
	return { status: 'unreadable', asideKey, problems };
}

/** saveDeck() writes the deck; returns a message when the browser refuses (full, private mode). */
export function saveDeck(storage: Storage, deck: Deck): string | undefined {
	try {
		storage.setItem(DECK_KEY, JSON.stringify(deck));
		return undefined;
	} catch (e) {
		return m.briefing_save_failed({ error: e instanceof Error ? e.message : String(e) });
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
