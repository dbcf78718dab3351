/**
 * The deck JSON file, the `#deck=` share link, the deck saved in the browser and the URL view state: whatever
 * arrives ends in a deck or named problems, never a throw; a valid deck survives every round trip; a link
 * changed or cut short says so; a stored deck that cannot be read is kept aside exactly, and nothing else moves.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { parseDeck, parseDeckJson, type Deck } from '$lib/briefing/deck';
import { deckFragment, readFragment } from '$lib/briefing/share';
import { ASIDE_PREFIX, DECK_KEY, loadDeck, saveDeck } from '$lib/briefing/storage';
import { CONFIDENCE_LEVELS } from '$lib/data/fields';
import { decodeViewState, encodeViewState, viewStateOfRecord } from '$lib/explore/view-state';
import { anyChar, fuzz } from './harness';

const text = fc.string({
	unit: fc.oneof(fc.constantFrom('a', ' ', '中', '"', '\\'), anyChar),
	maxLength: 30
});

const slide = fc.record(
	{
		id: fc.string({ minLength: 1, maxLength: 12 }),
		chart: fc.record(
			{
				version: fc.constant(1),
				figure: fc.string({ minLength: 1, maxLength: 20 }),
				view: fc.string({ maxLength: 20 }).map((s) => `/${s}`),
				state: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
				lang: fc.constantFrom('en', 'zh-CN')
			},
			{ requiredKeys: ['figure', 'view'] }
		),
		title: text,
		takeaway: text,
		notes: text
	},
	{ requiredKeys: ['id', 'chart', 'title'] }
);
/** A valid deck, with the defaults the schema fills in (a slide without notes gets empty notes...). */
const deck = fc
	.record({ version: fc.constant(1), title: text, slides: fc.array(slide, { maxLength: 6 }) })
	.map((d) => {
		const parsed = parseDeck(d);
		if (!parsed.ok) throw new Error(`not a valid deck: ${parsed.problems.join('; ')}`);
		return parsed.deck;
	}) as fc.Arbitrary<Deck>;

/** The same as JSON: what a file or link carries (undefined fields and -0 do not survive JSON anyway). */
const asJson = (value: unknown) => JSON.stringify(value);

/** Changes a string the way copying damages it: cut short, a character changed, inserted or dropped. */
const damage = (s: string) =>
	fc.tuple(fc.constantFrom('cut', 'change', 'insert', 'drop'), fc.nat(), anyChar).map(([how, at, c]) => {
		const i = at % (s.length + 1);
		if (how === 'cut') return s.slice(0, i);
		if (how === 'change') return s.slice(0, i) + c + s.slice(i + 1);
		if (how === 'insert') return s.slice(0, i) + c + s.slice(i);
		return s.slice(0, i) + s.slice(i + 1);
	});

const settledDeck = (r: ReturnType<typeof parseDeck>) => {
	if (r.ok) {
		expect(Array.isArray(r.deck.slides)).toBe(true);
		if (r.newer) expect(r.newer.unread).toBe(r.newer.slides - r.deck.slides.length);
	} else {
		expect(r.problems.length).toBeGreaterThan(0);
		for (const p of r.problems) expect(p.trim().length).toBeGreaterThan(0);
	}
};

describe('the deck JSON file', () => {
	const anyValue = fc.oneof(
		fc.jsonValue(),
		fc.anything({
			key: fc.constantFrom('version', 'slides', 'title', 'chart', '__proto__', 'constructor', 'id')
		}),
		deck.map((d) => ({ ...d, version: 2 })),
		deck.chain((d) =>
			fc.constantFrom<unknown>(d, { ...d, slides: d.slides.map((s) => ({ ...s, chart: 3 })) })
		)
	);

	fuzz(
		'any text ends in a deck or named problems',
		[
			fc.oneof(
				fc.string({ unit: anyChar }),
				fc.jsonValue().map(asJson),
				deck.chain((d) => damage(asJson(d)))
			)
		],
		(t) => {
			settledDeck(parseDeckJson(t));
		}
	);

	fuzz('any value ends in a deck or named problems', [anyValue], (value) => {
		settledDeck(parseDeck(value));
	});

	fuzz(
		'a valid deck reads back exactly, and a newer one keeps everything as read',
		[deck, fc.boolean()],
		(d, newer) => {
			const json = asJson(newer ? { ...d, version: 2 } : d);
			const r = parseDeckJson(json);
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			if (newer) expect(asJson(r.newer?.original)).toBe(json);
			else expect(asJson(r.deck)).toBe(json);
		}
	);
});

describe('the #deck= share link', () => {
	fuzz('a valid deck survives the round trip', [deck], (d) => {
		const r = readFragment(`#${deckFragment(d)}`);
		expect(r?.ok && asJson(r.deck)).toBe(asJson(d));
	});

	fuzz(
		'a link changed or cut short ends in a deck or a clear problem',
		[deck.chain((d) => damage(deckFragment(d)))],
		(fragment) => {
			const r = readFragment(`#${fragment}`);
			if (r === null) expect(fragment.startsWith('deck=')).toBe(false);
			else settledDeck(r);
		}
	);

	fuzz(
		'any hash ends in null, a deck or named problems',
		[fc.string({ unit: anyChar }).map((s) => `#deck=${s}`)],
		(hash) => {
			const r = readFragment(hash);
			expect(r).not.toBeNull();
			if (r) settledDeck(r);
		}
	);
});

/** A Map-backed Storage that can refuse writes. */
function memoryStorage(init: Record<string, string>, refuse: boolean): Storage {
	const m = new Map(Object.entries(init));
	return {
		get length() {
			return m.size;
		},
		key: (i) => [...m.keys()][i] ?? null,
		getItem: (k) => m.get(k) ?? null,
		setItem: (k, v) => {
			if (refuse) throw new DOMException('full', 'QuotaExceededError');
			m.set(k, String(v));
		},
		removeItem: (k) => void m.delete(k),
		clear: () => m.clear()
	};
}

describe('the deck saved in the browser', () => {
	const stored = fc.oneof(
		fc.string({ unit: anyChar }),
		deck.map(asJson),
		deck.chain((d) => damage(asJson(d))),
		deck.map((d) => asJson({ ...d, version: 5 }))
	);

	fuzz(
		'whatever is stored: read, kept aside exactly, or left in place; other keys untouched',
		[stored, fc.boolean(), deck],
		(text, full, next) => {
			const s = memoryStorage({ [DECK_KEY]: text, 'someone-else': 'keep' }, full);
			const result = loadDeck(s, new Date('2025-03-01T10:00:00Z'));
			const aside = `${ASIDE_PREFIX}2025-03-01T10:00:00.000Z`;
			expect(s.getItem('someone-else')).toBe('keep');
			if (result.status === 'unreadable') {
				expect(s.getItem(aside)).toBe(text);
				expect(s.getItem(DECK_KEY)).toBeNull();
			} else expect(s.getItem(DECK_KEY)).toBe(text);
			if (result.status === 'stuck') expect(full).toBe(true);
			// A refused save leaves what was stored as it was.
			if (full) {
				expect(saveDeck(s, next)?.kind).toBe('full');
				expect(s.getItem(DECK_KEY) ?? s.getItem(aside)).toBe(text);
			}
		}
	);
});

describe('the URL view state', () => {
	const words = [
		'official',
		'civil',
		'verified',
		'reported',
		'active',
		'suspended',
		'economic',
		'business',
		'x',
		''
	];
	const value = fc.oneof(
		fc.string({ unit: anyChar, maxLength: 30 }),
		fc.array(fc.constantFrom(...words), { maxLength: 5 }).map((w) => w.join(',')),
		fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
		fc.constantFrom('2023-02-30', 'off', 'woodside-summit', '0000-01-01'),
		// Searches near the 200-character cap, in characters of one and two UTF-16 units.
		fc.string({ unit: fc.constantFrom('a', '中', '😀', ' '), minLength: 90, maxLength: 120 })
	);
	const key = fc.constantFrom(
		'events',
		'event',
		'from',
		'to',
		'category',
		'status',
		'track',
		'confidence',
		'actor',
		'q',
		'other'
	);
	const query = fc.oneof(
		fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs)),
		fc.string({ unit: anyChar }).map((s) => new URLSearchParams(s))
	);

	fuzz(
		'any query decodes to a state in its domain, and encoding it reads back the same',
		[query],
		(params) => {
			const state = decodeViewState(params);
			for (const c of state.confidence) expect(CONFIDENCE_LEVELS).toContain(c);
			if (state.from && state.to) expect(state.from <= state.to).toBe(true);
			expect(state.q.length).toBeLessThanOrEqual(200);
			const again = decodeViewState(new URLSearchParams(encodeViewState(state).toString()));
			expect(again).toEqual(state);
		}
	);

	fuzz(
		'a search of any length survives the round trip through the URL',
		[fc.string({ unit: fc.constantFrom('a', '中', '😀', '😀'), minLength: 100, maxLength: 200 })],
		(q) => {
			const state = decodeViewState(new URLSearchParams({ q }));
			expect(decodeViewState(new URLSearchParams(encodeViewState(state).toString())).q).toBe(state.q);
		}
	);

	fuzz(
		'any record a slide kept reads as a state',
		[fc.dictionary(key, fc.oneof(value, fc.jsonValue()))],
		(record) => {
			const state = viewStateOfRecord(record);
			expect(decodeViewState(encodeViewState(state))).toEqual(state);
		}
	);
});
