/**
 * A deck in a link: compressed JSON (fflate) as base64url in the URL fragment (`/briefing#deck=…`), so it
 * never reaches a server. Links over SHARE_LIMIT characters are refused: mail and chat clients cut them.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { formatNumber, m } from '$lib/i18n';
import { notJson, parseDeck, type Deck, type ParsedDeck } from './deck';

export const SHARE_LIMIT = 8000;
export const SHARE_PREFIX = 'deck=';
/**
 * What a link may carry before it is refused unread: links this site makes are under SHARE_LIMIT
 * characters, and a deck of that size unpacks to well under a megabyte. The bounds stop a crafted link from
 * filling the tab's memory (deflate unpacks up to about 1,000 times).
 */
export const MAX_FRAGMENT = 64 * 1024;
export const MAX_UNPACKED_BYTES = 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Inflates at most `max` bytes; throws TooBig past that, and fflate's error on damaged or cut data. */
class TooBig extends Error {}
function inflateBounded(data: Uint8Array, max: number): Uint8Array {
	const parts: Uint8Array[] = [];
	let size = 0;
	const inflate = new Inflate((chunk) => {
		size += chunk.length;
		if (size > max) throw new TooBig();
		parts.push(chunk);
	});
	inflate.push(data, true);
	const out = new Uint8Array(size);
	let at = 0;
	for (const part of parts) out.set(part, (at += part.length) - part.length);
	return out;
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

/**
 * readFragment() reads a deck from a location hash; null when the hash carries none. A link that was
 * changed or cut short when copied says so, in words, before any detail.
 */
export function readFragment(hash: string): ParsedDeck | null {
	const h = hash.replace(/^#/, '');
	if (!h.startsWith(SHARE_PREFIX)) return null;
	const data = h.slice(SHARE_PREFIX.length);
	const damaged = (detail: string) => ({
		ok: false as const,
		problems: [m.briefing_problem_link_damaged({ error: detail })]
	});
	if (data.length > MAX_FRAGMENT)
		return {
			ok: false,
			problems: [
				m.briefing_problem_link_too_long({
					length: formatNumber(h.length),
					limit: formatNumber(SHARE_LIMIT)
				})
			]
		};
	if (!/^[A-Za-z0-9_-]*$/.test(data)) return damaged(m.briefing_link_detail_characters());
	let bytes: Uint8Array;
	try {
		bytes = inflateBounded(fromBase64Url(data), MAX_UNPACKED_BYTES);
	} catch (e) {
		if (e instanceof TooBig)
			return damaged(m.briefing_link_detail_too_big({ limit: `${MAX_UNPACKED_BYTES / 1024 / 1024} MB` }));
		return damaged(m.briefing_link_detail_unpack({ error: e instanceof Error ? e.message : String(e) }));
	}
	let value: unknown;
	try {
		value = JSON.parse(strFromU8(bytes));
	} catch (e) {
		return damaged(notJson(e));
	}
	return parseDeck(value);
}
