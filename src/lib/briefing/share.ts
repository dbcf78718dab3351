/**
 * A deck in a link: compressed JSON (fflate) as base64url in the URL fragment (`/briefing#deck=…`), so it
 * never reaches a server. Links over SHARE_LIMIT characters are refused: mail and chat clients cut them.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { formatNumber, m } from '$lib/i18n';
import { parseDeck, type Deck } from './deck';

export const SHARE_LIMIT = 8000;
export const SHARE_PREFIX = 'deck=';

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The fragment (without '#') that carries `deck`. */
export function deckFragment(deck: Deck): string {
	return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(deck)), { level: 9 }));
}

/** shareLink() builds the link, or says why it cannot (too long). */
export function shareLink(
	deck: Deck,
	base: string
): { ok: true; url: string } | { ok: false; message: string } {
	const url = `${base}#${deckFragment(deck)}`;
	if (url.length <= SHARE_LIMIT) return { ok: true, url };
	return {
		ok: false,
		message: m.briefing_share_too_big({
			length: formatNumber(url.length),
			limit: formatNumber(SHARE_LIMIT)
		})
	};
}

/** readFragment() reads a deck from a location hash; null when the hash carries none. */
export function readFragment(
	hash: string
): { ok: true; deck: Deck } | { ok: false; problems: string[] } | null {
	const h = hash.replace(/^#/, '');
	if (!h.startsWith(SHARE_PREFIX)) return null;
	try {
		const json = strFromU8(inflateSync(fromBase64Url(h.slice(SHARE_PREFIX.length))));
		return parseDeck(JSON.parse(json));
	} catch (e) {
		return {
			ok: false,
			problems: [m.briefing_problem_link_damaged({ error: e instanceof Error ? e.message : String(e) })]
		};
	}
}
