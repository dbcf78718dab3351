import { describe, expect, it } from 'vitest';
import { addSlide, emptyDeck, newSlide, type Deck } from './deck';
import { deckFragment, readFragment, SHARE_LIMIT, shareLink } from './share';

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
