/**
 * What a key does while presenting, as a pure function: next/previous, first/last, a typed number then
 * Enter to jump, and the mode keys (fullscreen, black, overview, presenter view, leave). Clickers send
 * PageDown/PageUp (some send arrows, B or F5/Esc), so those are all handled the same way.
 */
export type PresentAction =
	| { type: 'goto'; index: number }
	| { type: 'fullscreen' }
	| { type: 'black' }
	| { type: 'overview' }
	| { type: 'presenter' }
	| { type: 'leave' }
	| { type: 'digits'; buffer: string }
	| { type: 'none' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export interface KeyContext {
	/** 0-based index of the slide shown. */
	index: number;
	/** Number of slides. */
	count: number;
	/** Digits typed so far ("1", "12"). */
	buffer: string;
}

/** presentKey() maps a key (KeyboardEvent.key) to what the deck should do. */
export function presentKey(key: string, ctx: KeyContext): PresentAction {
	const last = Math.max(0, ctx.count - 1);
	const clamp = (i: number) => Math.max(0, Math.min(last, i));
	if (/^[0-9]$/.test(key)) return { type: 'digits', buffer: (ctx.buffer + key).slice(-4) };
	if (key === 'Enter' && ctx.buffer) {
		const n = Number(ctx.buffer);
		return n >= 1 ? { type: 'goto', index: clamp(n - 1) } : { type: 'digits', buffer: '' };
	}
	if (NEXT.has(key)) return { type: 'goto', index: clamp(ctx.index + 1) };
	if (PREV.has(key)) return { type: 'goto', index: clamp(ctx.index - 1) };
	if (key === 'Home') return { type: 'goto', index: 0 };
	if (key === 'End') return { type: 'goto', index: last };
	switch (key.toLowerCase()) {
		case 'f':
			return { type: 'fullscreen' };
		case 'b':
		case '.':
			return { type: 'black' };
		case 'o':
			return { type: 'overview' };
		case 's':
			return { type: 'presenter' };
		case 'escape':
			return { type: 'leave' };
	}
	return { type: 'none' };
}

/** The 0-based slide index a location hash names (`#3` is the third slide); 0 when it names none. */
export function indexFromHash(hash: string, count: number): number {
	const n = Number.parseInt(hash.replace(/^#/, ''), 10);
	if (!Number.isFinite(n) || n < 1) return 0;
	return Math.min(n, Math.max(1, count)) - 1;
}
