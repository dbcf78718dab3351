/**
 * The deck as a JSON file: saved with the date in its name, and opened with a size check before reading
 * (a deck is a few kilobytes; a file of gigabytes is refused unread, with the limit named).
 */
import { download } from '$lib/export/raster';
import { formatNumber, m } from '$lib/i18n';
import { parseDeckJson, type ParsedDeck } from './deck';

/** The largest deck file opened: a hundred slides with long notes are well under a megabyte. */
export const MAX_DECK_FILE_BYTES = 5 * 1024 * 1024;

const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, undefined, 1)} MB`;

/** `briefing-2025-03-01.json`. */
export const deckFileName = (now = new Date()) => `briefing-${now.toISOString().slice(0, 10)}.json`;

/** Saves a deck (or, for a deck from a newer version, the value as it was read) as a JSON file. */
export function downloadDeck(value: unknown, name = deckFileName()): string {
	download(new Blob([JSON.stringify(value, null, '\t')], { type: 'application/json' }), name);
	return name;
}

/** Saves text kept as it was (an unreadable saved deck) as a file. */
export function downloadText(text: string, name: string): void {
	download(new Blob([text], { type: 'application/json' }), name);
}

/** Reads a chosen deck file: refused unread (`refused` says why) when too big, else parsed. */
export async function readDeckFile(
	file: Pick<File, 'name' | 'size' | 'text'>
): Promise<ParsedDeck | { ok: false; refused: string }> {
	if (file.size > MAX_DECK_FILE_BYTES)
		return {
			ok: false,
			refused: m.briefing_deck_file_too_big({
				name: file.name,
				size: mb(file.size),
				limit: mb(MAX_DECK_FILE_BYTES)
			})
		};
	return parseDeckJson(await file.text());
}
