import { describe, expect, it } from 'vitest';
import {
	addSlide,
	duplicateSlide,
	emptyDeck,
	firstSentence,
	moveSlide,
	newSlide,
	parseDeck,
	parseDeckJson,
	removeSlide,
	updateSlide,
	type Deck
} from './deck';

const chart = (figure: string, view = '/channels') => ({ figure, view, state: {}, lang: 'en' });
const deckOf = (...figures: string[]): Deck =>
	figures.reduce((d, f) => addSlide(d, newSlide(chart(f), f, `${f} summary. More.`)), emptyDeck());
const order = (d: Deck) => d.slides.map((s) => s.chart.figure);

describe('newSlide()', () => {
	it('starts from the Figure title, the first sentence of its summary as takeaway and the summary as notes', () => {
		const s = newSlide(chart('channels-lanes'), 'Named channels', 'Nine are active. Four unknown.');
		expect(s).toMatchObject({
			title: 'Named channels',
			takeaway: 'Nine are active.',
			notes: 'Nine are active. Four unknown.'
		});
		expect(s.chart).toEqual({
			version: 1,
			figure: 'channels-lanes',
			view: '/channels',
			state: {},
			lang: 'en'
		});
	});

	it('copies the chart state, so later changes to the view do not change the slide', () => {
		const state = { window: ['2022-01', '2023-06'] };
		const s = newSlide({ ...chart('engagement-counts'), state }, 't');
		state.window[0] = 'changed';
		expect(s.chart.state).toEqual({ window: ['2022-01', '2023-06'] });
	});
});

describe('deck edits', () => {
	it('moveSlide() moves a slide and clamps the target', () => {
		const d = deckOf('a', 'b', 'c');
		expect(order(moveSlide(d, 0, 2))).toEqual(['b', 'c', 'a']);
		expect(order(moveSlide(d, 2, 0))).toEqual(['c', 'a', 'b']);
		expect(order(moveSlide(d, 1, 99))).toEqual(['a', 'c', 'b']);
		expect(moveSlide(d, 5, 0)).toBe(d);
	});

	it('duplicateSlide() puts a copy with a new id right after the original', () => {
		const d = deckOf('a', 'b');
		const out = duplicateSlide(d, d.slides[0].id);
		expect(order(out)).toEqual(['a', 'a', 'b']);
		expect(out.slides[1].id).not.toBe(out.slides[0].id);
	});

	it('removeSlide() and updateSlide() touch only the slide named', () => {
		const d = deckOf('a', 'b');
		expect(order(removeSlide(d, d.slides[0].id))).toEqual(['b']);
		const u = updateSlide(d, d.slides[1].id, { takeaway: 'New' });
		expect(u.slides.map((s) => s.takeaway)).toEqual(['a summary.', 'New']);
	});
});

describe('parseDeck()', () => {
	it('keeps fields it does not know (future filters, newer versions) so they round-trip', () => {
		const d = deckOf('a');
		const future = {
			...d,
			theme: 'dark',
			slides: [{ ...d.slides[0], chart: { ...d.slides[0].chart, state: { zoom: [1, 2] }, filter: 'x' } }]
		};
		const parsed = parseDeck(JSON.parse(JSON.stringify(future)));
		expect(parsed.ok && JSON.parse(JSON.stringify(parsed.deck))).toEqual(future);
	});

	it('names what is wrong and where', () => {
		const d = deckOf('a');
		const bad = { ...d, slides: [{ ...d.slides[0], chart: { ...d.slides[0].chart, view: 'channels' } }] };
		expect(parseDeck(bad)).toEqual({
			ok: false,
			problems: ['slides.0.chart.view: a view is a path such as /channels']
		});
		expect(parseDeck({ version: 99, slides: 'three' })).toMatchObject({
			ok: false,
			problems: [
				'version: this version of the site reads decks up to version 1',
				'slides: expected a list of slides'
			]
		});
	});

	describe('a deck from a newer version', () => {
		const d = deckOf('a', 'b', 'c');
		const future = {
			...d,
			version: 2,
			theme: 'dark',
			slides: [
				{ ...d.slides[0], layout: 'two-charts', chart: { ...d.slides[0].chart, compare: 'b' } },
				{ id: 's-new', kind: 'video', url: 'https://example.org/v' },
				d.slides[2]
			]
		};

		it('is read as far as this version can, marked newer, never silently truncated', () => {
			const parsed = parseDeck(future);
			expect(parsed.ok).toBe(true);
			if (!parsed.ok) return;
			expect(parsed.newer).toEqual({ version: 2, slides: 3, unread: 1, original: future });
			// What it can read is kept whole, fields this version does not know included.
			expect(parsed.deck.slides.map((s) => s.id)).toEqual([d.slides[0].id, d.slides[2].id]);
			expect(parsed.deck.slides[0]).toMatchObject({ layout: 'two-charts', chart: { compare: 'b' } });
			expect(parsed.deck).toMatchObject({ version: 2, theme: 'dark' });
		});

		it('keeps the value as read, to save it unchanged', () => {
			const parsed = parseDeckJson(JSON.stringify(future));
			expect(parsed.ok && JSON.stringify(parsed.newer?.original)).toBe(JSON.stringify(future));
		});

		it("this version's decks are not marked newer", () => {
			const parsed = parseDeck(d);
			expect(parsed.ok && parsed.newer).toBeUndefined();
		});
	});

	it('parseDeckJson() reports text that is not JSON', () => {
		const r = parseDeckJson('{"version":1,');
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problems[0]).toMatch(/^not JSON/);
	});
});

describe('firstSentence()', () => {
	it.each([
		['One. Two.', 'One.'],
		['No stop', 'No stop'],
		['', ''],
		[undefined, '']
	])('%j -> %j', (text, out) => expect(firstSentence(text)).toBe(out));
});
