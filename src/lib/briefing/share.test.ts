import { describe, expect, it } from 'vitest';
import { addSlide, emptyDeck, newSlide, type Deck } from './deck';
import { deflateSync } from 'fflate';
import {
	deckFragment,
	MAX_FRAGMENT,
	MAX_UNPACKED_BYTES,
	readFragment,
	SHARE_LIMIT,
	shareLink
} from './share';

const deckWith = (n: number, notes = ''): Deck => {
	let d = emptyDeck('Shared');
	for (let i = 0; i < n; i++)
		d = addSlide(
			d,
			newSlide({ figure: 'engagement-counts', view: '/engagement', lang: 'en' }, `Slide ${i}`, notes)
		);
	return d;
};

describe('share links', () => {
	it('a deck survives the round trip through the fragment', () => {
		const d = deckWith(3, 'Notes with ünïcode and 中文.');
		expect(readFragment(`#${deckFragment(d)}`)).toEqual({ ok: true, deck: d });
	});

	it('shareLink() gives a URL under the limit, and says so when the deck is too big', () => {
		const small = shareLink(deckWith(3), 'http://localhost/briefing');
		expect(small.ok && small.url.startsWith('http://localhost/briefing#deck=')).toBe(true);
		// Random notes do not compress: a few kilobytes each push the link over the limit.
		const noise = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('');
		const big = shareLink(deckWith(4, noise), 'http://localhost/briefing');
		expect(big).toMatchObject({ ok: false, message: expect.stringContaining('too big for a link') });
		expect(SHARE_LIMIT).toBeGreaterThan(1000);
	});

	it('readFragment() ignores other hashes and reports a damaged link', () => {
		expect(readFragment('#3')).toBeNull();
		expect(readFragment('#deck=!!!')).toMatchObject({ ok: false });
	});
});

describe('links that were changed or cut short', () => {
	const deck = addSlide(
		emptyDeck('Shared'),
		newSlide({ figure: 'engagement-counts', view: '/engagement', lang: 'en' }, 'Slide', 'Notes.')
	);
	const fragment = deckFragment(deck);
	const problem = (hash: string) => {
		const r = readFragment(hash);
		return r && !r.ok ? r.problems.join(' | ') : r;
	};

	it('a link cut short says it was changed or cut short', () => {
		for (const cut of [fragment.length - 1, fragment.length - 10, 'deck='.length + 3])
			expect(problem(`#${fragment.slice(0, cut)}`)).toMatch(
				/^the link was changed or cut short when it was copied: /
			);
	});

	it('a character changed to one a link never carries is named as such', () => {
		expect(problem(`#${fragment.slice(0, 20)}!${fragment.slice(21)}`)).toBe(
			'the link was changed or cut short when it was copied: it holds characters a deck link never has'
		);
	});

	it('a tampered link that still unpacks is checked like a deck file', () => {
		const tampered = deckFragment({
			...deck,
			slides: [{ ...deck.slides[0], chart: { figure: '', view: 'x' } }]
		} as Deck);
		expect(problem(`#${tampered}`)).toMatch(/slides\.0\.chart\.figure: the figure id is empty/);
		const notJson = `deck=${btoa('not json').replace(/=+$/, '')}`;
		expect(problem(`#${notJson}`)).toMatch(/^the link was changed or cut short when it was copied: /);
	});

	it('a link far longer than any deck link is refused unread, with the limit named', () => {
		expect(problem(`#deck=${'A'.repeat(MAX_FRAGMENT + 1)}`)).toMatch(
			/^the link is [\d,]+ characters long, far more than a deck link \(this site makes them under 8,000\), so it was not read$/
		);
	});

	it('a small link that unpacks to gigabytes is stopped at the limit', () => {
		// 8 MB of spaces compress to a few kilobytes: a link under the length limit.
		const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024).fill(32), { level: 9 });
		let bin = '';
		for (const b of bomb) bin += String.fromCharCode(b);
		const hash = `#deck=${btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
		expect(hash.length).toBeLessThan(MAX_FRAGMENT);
		expect(problem(hash)).toBe(
			`the link was changed or cut short when it was copied: it unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`
		);
	});

	it('a link to a deck from a newer version opens read-only, marked newer', () => {
		const r = readFragment(`#${deckFragment({ ...deck, version: 2 } as Deck)}`);
		expect(r).toMatchObject({ ok: true, newer: { version: 2, slides: 1, unread: 0 } });
	});
});
