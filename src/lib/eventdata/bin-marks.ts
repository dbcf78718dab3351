/**
 * The bars of the imported event-data chart, from its bins: per bin, the three tracks stacked (official at
 * the bottom), and cooperative beside conflictual. Only non-zero counts become bars, so empty bins draw
 * nothing rather than lines lying on top of each other at 0. Each bar carries the tooltip of a mark.
 */
import type { Confidence } from '$lib/data/fields';
import type { Tip } from '$lib/figure/types';
import { formatDay } from '$lib/transforms/dates';
import type { BinUnit, EventBin } from './bins.ts';
import { EVENT_TRACKS, TRACK_LABEL } from './classify.ts';

/**
 * Machine-coded events from news reports, imported by the user: "reported" in our key (commonly reported,
 * or a single weak source). The bars are drawn in the reported style and each tooltip says it is an import.
 */
export const IMPORTED_CONFIDENCE: Confidence = 'reported';
export const IMPORTED_NOTE =
	'Machine-coded from news reports in the file you imported; not part of the curated log.';

export type BinSeries = (typeof EVENT_TRACKS)[number] | 'cooperative' | 'conflictual';

export const SERIES_LABEL: Record<BinSeries, string> = {
	...TRACK_LABEL,
	cooperative: 'Cooperative (QuadClass 1–2)',
	conflictual: 'Conflictual (QuadClass 3–4)'
};

/** One bar: a bin's span, the value range it covers, and the part of the bin's width it takes. */
export interface BinMark {
	key: string;
	series: BinSeries;
	start: Date;
	end: Date;
	from: number;
	to: number;
	/** Fractions of the bin's width: [0, 1] stacked, [0, 0.5] and [0.5, 1] side by side. */
	part: [number, number];
	tip: Tip;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Jan 2023", "Week of 2 Jan 2023" (Monday) or "Jan 2023". */
export function binLabel(bin: Pick<EventBin, 'start'>, unit: BinUnit): string {
	if (unit === 'day') return formatDay(bin.start);
	if (unit === 'week') return `Week of ${formatDay(bin.start)}`;
	return `${MONTHS[bin.start.getUTCMonth()]} ${bin.start.getUTCFullYear()}`;
}

const events = (n: number) => `${n.toLocaleString('en-US')} event${n === 1 ? '' : 's'}`;

/** All events of a bin, whatever the track. */
export const binTotal = (b: EventBin) => b.official + b.civil + b.untyped;

function mark(
	b: EventBin,
	unit: BinUnit,
	series: BinSeries,
	[from, to]: [number, number],
	part: [number, number],
	of: string,
	source: string
): BinMark {
	return {
		key: `${b.start.getTime()}-${series}`,
		series,
		start: b.start,
		end: b.end,
		from,
		to,
		part,
		tip: {
			title: SERIES_LABEL[series],
			value: `${(to - from).toLocaleString('en-US')} ${of}`,
			date: binLabel(b, unit),
			source,
			confidence: IMPORTED_CONFIDENCE,
			note: IMPORTED_NOTE
		}
	};
}

/** trackMarks() stacks official, civil and untyped in each bin, leaving out zero counts. */
export function trackMarks(bins: EventBin[], unit: BinUnit, source: string): BinMark[] {
	return bins.flatMap((b) => {
		let base = 0;
		const of = `of ${events(binTotal(b))} this ${unit}`;
		return EVENT_TRACKS.flatMap((track) => {
			const n = b[track];
			if (n === 0) return [];
			const m = mark(b, unit, track, [base, base + n], [0, 1], of, source);
			base += n;
			return [m];
		});
	});
}

/** toneMarks() puts cooperative (left half) beside conflictual (right half) in each bin, leaving out zeros. */
export function toneMarks(bins: EventBin[], unit: BinUnit, source: string): BinMark[] {
	return bins.flatMap((b) => {
		const of = `of ${events(binTotal(b))} this ${unit} (all tracks)`;
		const out: BinMark[] = [];
		if (b.cooperative > 0) out.push(mark(b, unit, 'cooperative', [0, b.cooperative], [0, 0.5], of, source));
		if (b.conflictual > 0) out.push(mark(b, unit, 'conflictual', [0, b.conflictual], [0.5, 1], of, source));
		return out;
	});
}
