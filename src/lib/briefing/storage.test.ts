import { describe, expect, it } from 'vitest';
import { addSlide, emptyDeck, newSlide } from './deck';
import { ASIDE_PREFIX, asideKeys, DECK_KEY, loadDeck, saveDeck } from './storage';

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

	it('saveDeck() returns a message when the browser refuses to store', () => {
		const s = memoryStorage();
		s.setItem = () => {
			throw new Error('QuotaExceededError');
		};
		expect(saveDeck(s, deck)).toMatch(/could not be saved.*QuotaExceededError.*save it as a file/);
	});
});
