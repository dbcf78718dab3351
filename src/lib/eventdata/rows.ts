/**
 * Reads one line of GDELT 2.0 or ICEWS into what the index keeps: day, track and QuadClass. Works on the
 * line's bytes and decodes only the few cells it needs, so millions of rows parse quickly.
 */
import {
	classifyCameoTypes,
	classifyIcewsSectors,
	eventTrack,
	quadClassOfCameo,
	type EventTrack
} from './classify.ts';
import { dayNumber } from './day.ts';
import { GDELT, GDELT_NAMES, ICEWS, ICEWS_HEADER } from './formats.ts';

/** A row that counts: a China-US event on a valid day. */
export interface EventRow {
	day: number;
	track: EventTrack;
	/** 1-4, or 0 when the file gives none. */
	quad: number;
}

/** A problem in a row, located by 1-based column. */
export interface RowProblem {
	column: number;
	columnName?: string;
	value?: string;
	expected: string;
}

/** The result of one line: kept, skipped as not a China-US dyad, or a located problem. */
export type RowResult = EventRow | 'other' | RowProblem;

const MAX_CELLS = 64;
const starts = new Int32Array(MAX_CELLS + 1);

/** Finds the cells of a tab-separated line; returns how many there are (capped at MAX_CELLS + 1). */
function splitTabs(buf: Uint8Array, start: number, end: number): number {
	let n = 0;
	starts[n++] = start;
	for (let i = buf.indexOf(9, start); i !== -1 && i < end; i = buf.indexOf(9, i + 1)) {
		if (n > MAX_CELLS) return n;
		starts[n++] = i + 1;
	}
	starts[n] = end + 1;
	return n;
}

/** The text of cell `i` (ASCII only: codes, dates and numbers). */
function ascii(buf: Uint8Array, i: number): string {
	const from = starts[i];
	const to = starts[i + 1] - 1;
	let s = '';
	for (let k = from; k < to; k++) s += String.fromCharCode(buf[k]);
	return s;
}

function cellIs(buf: Uint8Array, i: number, word: string): boolean {
	const from = starts[i];
	if (starts[i + 1] - 1 - from !== word.length) return false;
	for (let k = 0; k < word.length; k++) if (buf[from + k] !== word.charCodeAt(k)) return false;
	return true;
}

const decoder = new TextDecoder('utf-8');
function text(buf: Uint8Array, i: number): string {
	return decoder
		.decode(buf.subarray(starts[i], starts[i + 1] - 1))
		.trim()
		.replace(/^"(.*)"$/, '$1');
}

const columnsProblem = (expected: number, found: number): RowProblem => ({
	column: Math.min(found, expected) + 1,
	expected: `expected ${expected} tab-separated columns, found ${found > MAX_CELLS ? `more than ${MAX_CELLS}` : found}`
});

/** One GDELT 2.0 line. */
export function readGdeltRow(buf: Uint8Array, start: number, end: number): RowResult {
	const n = splitTabs(buf, start, end);
	if (n !== GDELT.columns) return columnsProblem(GDELT.columns, n);
	const a = GDELT.actor1Country;
	const b = GDELT.actor2Country;
	const dyad =
		(cellIs(buf, a, 'CHN') && cellIs(buf, b, 'USA')) || (cellIs(buf, a, 'USA') && cellIs(buf, b, 'CHN'));
	if (!dyad) return 'other';
	const raw = ascii(buf, GDELT.day);
	const day = /^\d{8}$/.test(raw)
		? dayNumber(Number(raw.slice(0, 4)), Number(raw.slice(4, 6)), Number(raw.slice(6, 8)))
		: undefined;
	if (day === undefined)
		return {
			column: GDELT.day + 1,
			columnName: GDELT_NAMES[GDELT.day],
			value: raw,
			expected: 'expected a date as YYYYMMDD'
		};
	const side1 = classifyCameoTypes(GDELT.actor1Types.map((i) => ascii(buf, i)));
	const side2 = classifyCameoTypes(GDELT.actor2Types.map((i) => ascii(buf, i)));
	const q = ascii(buf, GDELT.quadClass);
	const quad = q.length === 1 && q >= '1' && q <= '4' ? Number(q) : 0;
	return { day, track: eventTrack(side1, side2), quad };
}

/** One ICEWS data line (not the header). */
export function readIcewsRow(buf: Uint8Array, start: number, end: number): RowResult {
	const n = splitTabs(buf, start, end);
	if (n !== ICEWS.columns) return columnsProblem(ICEWS.columns, n);
	const a = text(buf, ICEWS.sourceCountry);
	const b = text(buf, ICEWS.targetCountry);
	const dyad = (a === 'China' && b === 'United States') || (a === 'United States' && b === 'China');
	if (!dyad) return 'other';
	const raw = text(buf, ICEWS.date);
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	const day = m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
	if (day === undefined)
		return {
			column: ICEWS.date + 1,
			columnName: ICEWS_HEADER[ICEWS.date],
			value: raw,
			expected: 'expected a date as YYYY-MM-DD'
		};
	const side1 = classifyIcewsSectors(text(buf, ICEWS.sourceSectors));
	const side2 = classifyIcewsSectors(text(buf, ICEWS.targetSectors));
	return { day, track: eventTrack(side1, side2), quad: quadClassOfCameo(text(buf, ICEWS.cameo)) };
}
