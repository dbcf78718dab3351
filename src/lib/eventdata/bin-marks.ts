/**
 * The bars of the imported event-data chart, from its bins: per bin, the three tracks stacked (official at
 * the bottom), and cooperative beside conflictual. Only non-zero counts become bars, so empty bins draw
 * nothing rather than lines lying on top of each other at 0. Each bar carries the tooltip of a mark.
 */
import type { Confidence } from '$lib/data/fields';
import type { Tip } from '$lib/figure/types';
import { formatNumber, isChinese, m } from '$lib/i18n';
import { formatDay, formatIsoDate } from '$lib/transforms/dates';
import type { BinUnit, EventBin } from './bins.ts';
import { EVENT_TRACKS, TRACK_LABEL } from './classify.ts';

/**
 * Machine-coded events from news reports, imported by the user: "reported" in our key (commonly reported,
 * or a single weak source). The bars are drawn in the reported style and each tooltip says it is an import.
 */
export const IMPORTED_CONFIDENCE: Confidence = 'reported';
export const IMPORTED_NOTE: () => string = m.engagement_imported_note;

export type BinSeries = (typeof EVENT_TRACKS)[number] | 'cooperative' | 'conflictual';

/** Each series' name in the page's language (messages: call them when drawing). */
export const SERIES_LABEL: Record<BinSeries, () => string> = {
	...TRACK_LABEL,
	cooperative: m.engagement_series_cooperative,
	conflictual: m.engagement_series_conflictual
};

/** A bin unit as a word: "day", "week", "month" (Chinese 日, 周, 月). */
export const UNIT_WORD: Record<BinUnit, () => string> = {
	day: m.engagement_unit_day,
	week: m.engagement_unit_week,
	month: m.engagement_unit_month
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

/** "2 Jan 2023", "Week of 2 Jan 2023" (Monday) or "Jan 2023" (Chinese: "2023年1月2日当周", "2023年1月"). */
export function binLabel(bin: Pick<EventBin, 'start'>, unit: BinUnit): string {
	if (unit === 'day') return formatDay(bin.start);
	if (unit === 'week') return m.engagement_bin_week({ day: formatDay(bin.start) });
	if (isChinese()) return formatIsoDate(bin.start.toISOString().slice(0, 7));
	return `${MONTHS[bin.start.getUTCMonth()]} ${bin.start.getUTCFullYear()}`;
}

/** All events of a bin, whatever the track. */
export const binTotal = (b: EventBin) => b.official + b.civil + b.untyped;

function mark(
	b: EventBin,
	unit: BinUnit,
	series: BinSeries,
	[from, to]: [number, number],
	part: [number, number],
	allTracks: boolean,
	source: string
): BinMark {
	const total = binTotal(b);
	const value = allTracks ? m.engagement_bin_tip_value_all : m.engagement_bin_tip_value;
	return {
		key: `${b.start.getTime()}-${series}`,
		series,
		start: b.start,
		end: b.end,
		from,
		to,
		part,
		tip: {
			title: SERIES_LABEL[series](),
			value: value({
				n: formatNumber(to - from),
				total: formatNumber(total),
				count: total,
				unit: UNIT_WORD[unit]()
			}),
			date: binLabel(b, unit),
			source,
			confidence: IMPORTED_CONFIDENCE,
			note: IMPORTED_NOTE()
		}
	};
}

/** trackMarks() stacks official, civil and untyped in each bin, leaving out zero counts. */
export function trackMarks(bins: EventBin[], unit: BinUnit, source: string): BinMark[] {
	return bins.flatMap((b) => {
		let base = 0;
		return EVENT_TRACKS.flatMap((track) => {
			const n = b[track];
			if (n === 0) return [];
			const bar = mark(b, unit, track, [base, base + n], [0, 1], false, source);
			base += n;
			return [bar];
		});
	});
}

/** toneMarks() puts cooperative (left half) beside conflictual (right half) in each bin, leaving out zeros. */
export function toneMarks(bins: EventBin[], unit: BinUnit, source: string): BinMark[] {
	return bins.flatMap((b) => {
		const out: BinMark[] = [];
		if (b.cooperative > 0) out.push(mark(b, unit, 'cooperative', [0, b.cooperative], [0, 0.5], true, source));
		if (b.conflictual > 0) out.push(mark(b, unit, 'conflictual', [0, b.conflictual], [0.5, 1], true, source));
		return out;
	});
}
