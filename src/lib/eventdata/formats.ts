/**
 * The two event-data formats we read and how to tell them apart from a file's first line
 * (domain-facts.md section 4): GDELT 2.0 event exports and ICEWS .tab files.
 */

import { m } from '$lib/i18n';

export type EventFormat = 'gdelt' | 'icews';

/** Each format described in the page's language (messages: call them when drawing). */
export const FORMAT_LABEL: Record<EventFormat, () => string> = {
	gdelt: m.engagement_format_gdelt,
	icews: m.engagement_format_icews
};

/** 0-based GDELT 2.0 columns we read. */
export const GDELT = {
	columns: 61,
	day: 1,
	actor1Country: 7,
	actor1Types: [12, 13, 14],
	actor2Country: 17,
	actor2Types: [22, 23, 24],
	quadClass: 29
} as const;

/** GDELT 2.0 names of the columns we read, by 0-based index, for messages. */
export const GDELT_NAMES: Record<number, string> = {
	1: 'Day',
	7: 'Actor1CountryCode',
	17: 'Actor2CountryCode',
	29: 'QuadClass'
};

export const ICEWS_HEADER = [
	'Event ID',
	'Event Date',
	'Source Name',
	'Source Sectors',
	'Source Country',
	'Event Text',
	'CAMEO Code',
	'Intensity',
	'Target Name',
	'Target Sectors',
	'Target Country',
	'Story ID',
	'Sentence Number',
	'Publisher',
	'City',
	'District',
	'Province',
	'Country',
	'Latitude',
	'Longitude'
] as const;

/** 0-based ICEWS columns we read. */
export const ICEWS = {
	columns: 20,
	date: 1,
	sourceSectors: 3,
	sourceCountry: 4,
	cameo: 6,
	targetSectors: 9,
	targetCountry: 10
} as const;

export type Detected = { ok: true; format: EventFormat } | { ok: false; expected: string };

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, '$1');

/** Tells the format from the first line of a file (without its line break). */
export function detectFormat(firstLine: string): Detected {
	const line = firstLine.charCodeAt(0) === 0xfeff ? firstLine.slice(1) : firstLine;
	const cells = line.split('\t');
	const names = cells.map((c) => unquote(c).toLowerCase());
	if (names.length === ICEWS.columns && ICEWS_HEADER.every((h, i) => names[i] === h.toLowerCase())) {
		return { ok: true, format: 'icews' };
	}
	// 61 tab-separated columns is GDELT 2.0's shape and no other's: a first row with a damaged date (or a
	// header someone added) is reported as that row's problem, not by refusing every row after it.
	if (cells.length === GDELT.columns) return { ok: true, format: 'gdelt' };
	if (cells.length === 57 || cells.length === 58) {
		return {
			ok: false,
			expected: `this looks like a GDELT 1.0 file (${cells.length} columns); expected a GDELT 2.0 events export with 61 tab-separated columns`
		};
	}
	if (names.includes('event date') || names.includes('source sectors')) {
		return {
			ok: false,
			expected: `expected the ICEWS header of 20 tab-separated columns: ${ICEWS_HEADER.join(', ')}`
		};
	}
	const seen = cells.length === 1 ? `1 column (no tabs)` : `${cells.length} tab-separated columns`;
	return {
		ok: false,
		expected: `expected a GDELT 2.0 events export (61 tab-separated columns, no header, a YYYYMMDD date in column 2) or an ICEWS .tab file (a header row of 20 tab-separated columns starting "Event ID, Event Date"); found ${seen}`
	};
}
