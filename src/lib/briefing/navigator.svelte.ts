/**
 * Where a presenting window is in the deck: the slide (kept in the URL hash, 1-based: `#3`), the black
 * screen and a typed slide number. Moves are sent to the other window (presenter view or audience view)
 * over BroadcastChannel, and its moves are followed, so either one drives both.
 */
import { replaceState } from '$app/navigation';
import { indexFromHash, presentKey, type PresentAction } from './keys';
import { deckChannel, type DeckChannel } from './sync';

export class DeckNavigator {
	/** 0-based slide shown. */
	index = $state(0);
	black = $state(false);
	/** Digits typed before Enter. */
	buffer = $state('');
	private channel: DeckChannel | undefined;

	constructor(private count: () => number) {}

	/** Reads the hash, follows it and the other window; returns the cleanup. */
	start(): () => void {
		this.index = indexFromHash(location.hash, this.count());
		const onHash = () => this.go(indexFromHash(location.hash, this.count()));
		window.addEventListener('hashchange', onHash);
		this.channel = deckChannel((m) => {
			if (m.type === 'goto' && m.index !== this.index) this.go(m.index, false);
			else if (m.type === 'black') this.black = m.on;
			else if (m.type === 'hello') this.channel?.post({ type: 'goto', index: this.index });
		});
		this.channel.post({ type: 'hello' });
		// SvelteKit's router starts right after hydration (when onMount runs): write the hash once it has.
		setTimeout(() => this.writeHash());
		return () => {
			window.removeEventListener('hashchange', onHash);
			this.channel?.close();
		};
	}

	/** Shows slide `index` (clamped), writes the hash and, unless it came from there, tells the other window. */
	go(index: number, broadcast = true): void {
		this.index = Math.max(0, Math.min(this.count() - 1, index));
		this.writeHash();
		if (broadcast) this.channel?.post({ type: 'goto', index: this.index });
	}

	toggleBlack(): void {
		this.black = !this.black;
		this.channel?.post({ type: 'black', on: this.black });
	}

	private writeHash() {
		const hash = `#${this.index + 1}`;
		// A hash on the current page: nothing to resolve against the base path.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (location.hash !== hash) replaceState(hash, {});
	}

	/**
	 * Handles a key press: moves and black screen here; other actions (fullscreen, overview, presenter view,
	 * leave) are returned for the page. Keys typed into fields, and shortcuts with modifiers, are left alone.
	 */
	key(e: KeyboardEvent): PresentAction['type'] | undefined {
		if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
		const t = e.target as HTMLElement | null;
		if (t?.closest('input, textarea, select, [contenteditable="true"]')) return undefined;
		// A focused button keeps Enter and Space for itself.
		if (t?.closest('button, a') && (e.key === 'Enter' || e.key === ' ') && !this.buffer) return undefined;
		const action = presentKey(e.key, { index: this.index, count: this.count(), buffer: this.buffer });
		if (action.type === 'none') return undefined;
		e.preventDefault();
		if (action.type === 'digits') this.buffer = action.buffer;
		else this.buffer = '';
		if (action.type === 'goto') {
			if (this.black) this.toggleBlack();
			this.go(action.index);
		} else if (action.type === 'black') this.toggleBlack();
		return action.type;
	}
}
