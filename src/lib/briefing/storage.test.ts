import { describe, expect, it } from 'vitest';
import { addSlide, emptyDeck, newSlide } from './deck';
import { ASIDE_PREFIX, asideKeys, DECK_KEY, keepAside, loadDeck, saveDeck } from './storage';

/** A Map-backed Storage, as localStorage behaves. */
function memoryStorage(init: Record<string, string> = {}): Storage {
	const m = new Map(Object.entries(init));
	return {
		get length() {
			return m.size;
		},
		key: (i) => [...m.keys()][i] ?? null,
		getItem: (k) => m.get(k) ?? null,
		setItem: (k, v) => void m.set(k, String(v)),
		removeItem: (k) => void m.delete(k),
		clear: () => m.clear()
	};
}

const deck = addSlide(
	emptyDeck('Mine'),
	newSlide({ figure: 'channels-lanes', view: '/channels', lang: 'en' }, 'T')
);
const NOW = new Date('2025-03-01T10:00:00Z');

describe('loadDeck()', () => {
	it('reads back what saveDeck() wrote', () => {
		const s = memoryStorage();
		expect(saveDeck(s, deck)).toBeUndefined();
		expect(loadDeck(s)).toEqual({ status: 'ok', deck });
	});

	it('reports "empty" when nothing is saved', () => {
		expect(loadDeck(memoryStorage())).toEqual({ status: 'empty' });
	});

	it.each([
		['text that is not JSON', '{"version":1,"slides":[{'],
		['JSON that is not a deck', '{"version":1,"slides":"three"}']
	])('keeps a corrupt deck (%s) aside, reports it, and leaves the other keys alone', (_, text) => {
		const s = memoryStorage({ [DECK_KEY]: text, 'other-app': 'keep me', 'us-china-channels:lang': 'zh-CN' });
		const result = loadDeck(s, NOW);
		expect(result).toMatchObject({
			status: 'unreadable',
			asideKey: `${ASIDE_PREFIX}2025-03-01T10:00:00.000Z`
		});
		expect(result.status === 'unreadable' && result.problems.length).toBeGreaterThan(0);
		expect(s.getItem(`${ASIDE_PREFIX}2025-03-01T10:00:00.000Z`)).toBe(text);
		expect(s.getItem(DECK_KEY)).toBeNull();
		expect(s.getItem('other-app')).toBe('keep me');
		expect(s.getItem('us-china-channels:lang')).toBe('zh-CN');
		expect(asideKeys(s)).toEqual([`${ASIDE_PREFIX}2025-03-01T10:00:00.000Z`]);
	});

	it('saveDeck() says why when the browser refuses, and the deck saved before is unchanged', () => {
		const s = memoryStorage({ [DECK_KEY]: JSON.stringify(deck) });
		s.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		const bigger = addSlide(deck, newSlide({ figure: 'channels-count', view: '/channels', lang: 'en' }, 'U'));
		expect(saveDeck(s, bigger)).toEqual({ kind: 'full', detail: 'The quota has been exceeded.' });
		expect(loadDeck(s)).toEqual({ status: 'ok', deck });
	});

	it('a deck that cannot be read nor copied aside (storage full) stays where it is, unchanged', () => {
		const text = '{"version":1,"slides":[{';
		const s = memoryStorage({ [DECK_KEY]: text });
		s.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const result = loadDeck(s, NOW);
		expect(result).toMatchObject({ status: 'stuck', text, fault: { kind: 'full' } });
		expect(s.getItem(DECK_KEY)).toBe(text);
		expect(asideKeys(s)).toEqual([]);
	});

	it('a deck from a newer version is read for showing, and nothing in storage moves', () => {
		const future = { ...deck, version: 3, slides: [...deck.slides, { id: 'x', kind: 'video' }] };
		const text = JSON.stringify(future);
		const s = memoryStorage({ [DECK_KEY]: text });
		const result = loadDeck(s, NOW);
		expect(result).toMatchObject({
			status: 'newer',
			deck: { version: 3, slides: deck.slides },
			newer: { version: 3, slides: 2, unread: 1 }
		});
		expect(s.getItem(DECK_KEY)).toBe(text);
		expect(asideKeys(s)).toEqual([]);
	});

	it('storage that throws on reading (blocked) is reported, not thrown', () => {
		const s = memoryStorage();
		s.getItem = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		expect(loadDeck(s)).toEqual({
			status: 'unavailable',
			fault: { kind: 'blocked', detail: 'The operation is insecure.' }
		});
	});

	it('keepAside() frees the deck key only once the copy is written', () => {
		const s = memoryStorage({ [DECK_KEY]: 'text' });
		expect(keepAside(s, 'text', NOW)).toEqual({ ok: true, key: `${ASIDE_PREFIX}2025-03-01T10:00:00.000Z` });
		expect(s.getItem(DECK_KEY)).toBeNull();
		const full = memoryStorage({ [DECK_KEY]: 'text' });
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(keepAside(full, 'text', NOW)).toMatchObject({ ok: false, fault: { kind: 'full' } });
		expect(full.getItem(DECK_KEY)).toBe('text');
	});
});
