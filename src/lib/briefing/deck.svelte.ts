/**
 * The deck shared by every page of a tab: read from localStorage once, written back on every edit (a deck
 * is a few kilobytes, so writing synchronously costs nothing and a crashed tab loses no keystroke), and
 * reloaded when another tab or window changes it. `deck` is null while no deck has been saved: the deck
 * page then shows the default deck.
 */
import { addSlide, emptyDeck, type Deck, type Slide } from './deck';
import { m } from '$lib/i18n';
import { DECK_KEY, loadDeck, saveDeck, unreadableMessage } from './storage';

const storage = (): Storage | undefined => {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage disabled by the browser's settings
	}
};

class DeckStore {
	/** The saved deck, or null when there is none yet. */
	deck: Deck | null = $state(null);
	/** Why the saved deck could not be read, and where it was kept. */
	problem: string | undefined = $state();
	/** Why the last edit could not be saved. */
	saveError: string | undefined = $state();
	/** True once the browser's storage has been read. */
	ready = $state(false);
	private started = false;

	/** Reads the saved deck (once per page load) and follows changes made in other windows. */
	init(): void {
		const s = storage();
		if (this.started || !s) {
			this.ready = true;
			return;
		}
		this.started = true;
		this.read(s);
		window.addEventListener('storage', (e) => {
			if (e.key === DECK_KEY || e.key === null) this.read(s);
		});
		this.ready = true;
	}

	private read(s: Storage) {
		const result = loadDeck(s);
		if (result.status === 'ok') this.deck = result.deck;
		else this.deck = null;
		if (result.status === 'unreadable') this.problem = unreadableMessage(result.asideKey, result.problems);
	}

	/** Replaces the deck and saves it at once. */
	set(deck: Deck): void {
		this.deck = deck;
		const s = storage();
		this.saveError = s ? saveDeck(s, $state.snapshot(deck) as Deck) : m.briefing_no_storage();
	}

	/** Adds a slide to the saved deck (a new deck if there is none) and returns its 1-based number. */
	add(slide: Slide): number {
		this.init();
		const next = addSlide(this.deck ?? emptyDeck(), slide);
		this.set(next);
		return next.slides.length;
	}

	/** Forgets the saved deck: the deck page shows the default deck again. */
	clear(): void {
		this.deck = null;
		storage()?.removeItem(DECK_KEY);
	}

	dismissProblem(): void {
		this.problem = undefined;
	}
}

export const deckStore = new DeckStore();
