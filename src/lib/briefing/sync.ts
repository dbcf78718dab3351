/**
 * Keeps the presenting window and the presenter view together over BroadcastChannel('briefing'): either
 * one moving sends where it went, the other follows. Same origin only, no server, works offline.
 */
export type SyncMessage =
	| { type: 'goto'; index: number }
	| { type: 'black'; on: boolean }
	/** A window that just opened asks where the deck is. */
	| { type: 'hello' };

export interface DeckChannel {
	post(message: SyncMessage): void;
	close(): void;
}

export const CHANNEL_NAME = 'briefing';

/** deckChannel() listens for the other window's moves; a no-op where BroadcastChannel is missing. */
export function deckChannel(onMessage: (message: SyncMessage) => void): DeckChannel {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL_NAME);
	channel.onmessage = (e: MessageEvent<SyncMessage>) => onMessage(e.data);
	return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
