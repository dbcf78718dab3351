/**
 * The deck shared by every page of a tab: read from localStorage once, written back on every edit (a deck
 * is a few kilobytes, so writing synchronously costs nothing and a crashed tab loses no keystroke), and
 * reloaded when another tab or window changes it. `deck` is null while no deck has been saved: the deck
 * page then shows the default deck.
 *
 * When the browser will not keep the deck (storage full, blocked, a private window) the deck still works
 * in this tab and the page says what is not saved; a deck from a newer version is shown read-only
 * (`readOnly`) and never written over.
 */
import { addSlide, emptyDeck, type Deck, type NewerDeck, type Slide } from './deck';
import { getLocale, m } from '$lib/i18n';
import { DECK_KEY, keepAside, loadDeck, saveDeck, unreadableMessage } from './storage';
import { faultReason, MISSING } from './storage-fault';

const storage = (): Storage | undefined => {
	try {
		return typeof localStorage === 'undefined' || localStorage === null ? undefined : localStorage;
	} catch {
		return undefined; // storage disabled by the browser's settings
	}
};

/** A deck shown but not editable: written by a newer version of the site. */
export interface ReadOnlyDeck {
	deck: Deck;
	newer: NewerDeck;
	/** The browser's saved deck (left as it is), a file opened, or a shared link. */
	from: 'saved' | 'file' | 'link';
	/** The file's name, when from a file. */
	name?: string;
}

const clock = (d: Date) =>
	new Intl.DateTimeFormat(getLocale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

class DeckStore {
	/** The saved deck, or null when there is none yet. */
	deck: Deck | null = $state(null);
	/** A deck from a newer version, shown instead of `deck` and never saved. */
	readOnly: ReadOnlyDeck | undefined = $state();
	/** Why the saved deck could not be read, and where it was kept. */
	problem: string | undefined = $state();
	/** The text of a saved deck that could not be read nor kept aside: it stays, and is offered as a file. */
	stuck: string | undefined = $state();
	/** What is not saved, and why. */
	saveError: string | undefined = $state();
	/** The browser keeps nothing for this site: the deck lives in this tab only. */
	storageMissing = $state(false);
	/** True once the browser's storage has been read. */
	ready = $state(false);
	private started = false;
	private unsavedSince: Date | undefined;

	/** The deck the pages show and present: a read-only one if open, else the saved deck. */
	get shown(): Deck | null {
		return this.readOnly?.deck ?? this.deck;
	}

	/** Reads the saved deck (once per page load) and follows changes made in other windows. */
	init(): void {
		if (this.started) return;
		this.started = true;
		const s = storage();
		if (!s) {
			this.storageMissing = true;
			this.ready = true;
			return;
		}
		this.read(s);
		window.addEventListener('storage', (e) => {
			if (e.key === DECK_KEY || e.key === null) this.read(s);
		});
		this.ready = true;
	}

	private read(s: Storage) {
		const result = loadDeck(s);
		this.deck = result.status === 'ok' ? result.deck : null;
		if (this.readOnly?.from === 'saved') this.readOnly = undefined;
		if (result.status === 'newer') this.readOnly = { deck: result.deck, newer: result.newer, from: 'saved' };
		if (result.status === 'unreadable') this.problem = unreadableMessage(result.asideKey, result.problems);
		if (result.status === 'stuck') {
			this.stuck = result.text;
			this.problem = m.briefing_unreadable_stuck({
				problems: result.problems.join(m.figure_list_separator()),
				reason: faultReason(result.fault)
			});
		}
		if (result.status === 'unavailable') this.storageMissing = true;
	}

	/** Replaces the deck and saves it at once (a read-only deck is never replaced this way). */
	set(deck: Deck): void {
		if (this.readOnly) return;
		this.deck = deck;
		const reason = this.save(deck);
		if (reason === undefined) {
			this.saveError = undefined;
			this.unsavedSince = undefined;
			return;
		}
		this.unsavedSince ??= new Date();
		this.saveError = m.briefing_not_saved({ since: clock(this.unsavedSince), reason });
	}

	/** Writes the deck; why not, when it was not written. */
	private save(deck: Deck): string | undefined {
		if (this.stuck !== undefined) return m.briefing_not_saved_stuck();
		const s = storage();
		if (!s) {
			this.storageMissing = true;
			return faultReason(MISSING);
		}
		const fault = saveDeck(s, $state.snapshot(deck) as Deck);
		return fault && faultReason(fault);
	}

	/** Adds a slide to the saved deck (a new deck if there is none); says where it went, or why not. */
	add(slide: Slide): string {
		this.init();
		if (this.readOnly?.from === 'saved') return m.briefing_not_added_newer();
		const next = addSlide(this.deck ?? emptyDeck(), slide);
		this.set(next);
		const added = m.briefing_added({ n: next.slides.length });
		return this.saveError ? `${added} ${this.saveError}` : added;
	}

	/** Opens a deck from a file or a link: this version's replaces the deck, a newer one is shown read-only. */
	open(deck: Deck, from: 'file' | 'link', newer?: NewerDeck, name?: string): string | undefined {
		if (this.readOnly?.from === 'saved') return m.briefing_not_opened_newer();
		if (newer) this.readOnly = { deck, newer, from, name };
		else {
			this.readOnly = undefined;
			this.set(deck);
		}
		return undefined;
	}

	/** Leaves a read-only deck from a file or link: the saved deck shows again. */
	closeReadOnly(): void {
		if (this.readOnly && this.readOnly.from !== 'saved') this.readOnly = undefined;
	}

	/**
	 * Keeps a saved deck from a newer version aside under its own key and frees the deck's key, so this
	 * version can start a deck of its own. When the browser refuses, nothing moves and `problem` says why.
	 */
	setAsideNewer(): void {
		const s = storage();
		if (this.readOnly?.from !== 'saved' || !s) return;
		const kept = keepAside(s, JSON.stringify(this.readOnly.newer.original));
		if (!kept.ok) {
			this.problem = m.briefing_not_set_aside({ reason: faultReason(kept.fault) });
			return;
		}
		this.readOnly = undefined;
		this.deck = null;
		this.problem = m.briefing_newer_set_aside({ key: kept.key });
	}

	/** Forgets the saved deck: the deck page shows the default deck again. Never a newer or unreadable one. */
	clear(): void {
		if (this.readOnly?.from === 'saved' || this.stuck !== undefined) return;
		this.deck = null;
		this.saveError = undefined;
		this.unsavedSince = undefined;
		try {
			storage()?.removeItem(DECK_KEY);
		} catch {
			// Nothing was removed; the saved deck stays as it was.
		}
	}

	dismissProblem(): void {
		if (this.stuck === undefined) this.problem = undefined;
	}
}

export const deckStore = new DeckStore();
