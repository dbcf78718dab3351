/**
 * Counts of the curated engagement log per calendar quarter, per track and per confidence level.
 *
 * Quarters, not months: the log holds about 30 events over Aug 2022 - Nov 2024 (28 months), so monthly bars
 * would be mostly 0s and 1s, and the two tracks could not be compared at a glance. A quarter holds 0-4 events
 * per track, which reads as a shape.
 */
import { CONFIDENCE_LEVELS, type Confidence } from '$lib/data/fields';
import { TRACKS, type EngagementEvent, type Track } from '$lib/data/schemas/engagement-events';
import { getLocale, isChinese, m, type Locale } from '$lib/i18n';
import { endOfPeriod, monthName, precisionOf, toDate } from './dates';

/** The time window every engagement chart draws, so stacked charts share one axis. */
export const ENGAGEMENT_DOMAIN: [Date, Date] = [toDate('2022-07-01'), toDate('2025-01-01')];

export type ConfidenceCounts = Record<Confidence, number>;

/** One calendar quarter of the log. */
export interface QuarterCount {
	/** "2023 Q3". */
	quarter: string;
	/** First instant of the quarter (UTC). */
	start: Date;
	/** First instant of the next quarter (UTC). */
	end: Date;
	/** Events per track that start in the quarter. */
	official: number;
	civil: number;
	/** The ids of those events, per track, in date order. */
	ids: Record<Track, string[]>;
	/** The same counts split by confidence, per track. */
	byConfidence: Record<Track, ConfidenceCounts>;
}

/** The start of the calendar quarter that contains `date` (UTC). */
export function quarterStart(date: Date): Date {
	return new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));
}

/** "2023 Q3" for any instant in Jul-Sep 2023. */
export function quarterLabel(date: Date): string {
	return `${date.getUTCFullYear()} Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** "2023 Q3" as a reader sees it: "2023年第3季度" in Chinese (the label itself stays a key). */
export function quarterName(quarter: string, locale: Locale = getLocale()): string {
	const [year, q] = quarter.split(' Q');
	return q === undefined ? quarter : m.engagement_quarter({ year, quarter: q }, { locale });
}

/** "Jul–Sep 2023" ("2023年7–9月") for the quarter starting at `start`. */
export function quarterMonths(start: Date, locale: Locale = getLocale()): string {
	const month = start.getUTCMonth();
	// "2023年7–9月": the first month without its 月, which the last one carries.
	const first = isChinese(locale) ? String(month + 1) : monthName(month, locale);
	const last = monthName(month + 2, locale);
	return m.engagement_quarter_months({ first, last, year: start.getUTCFullYear() }, { locale });
}

const zeroCounts = (): ConfidenceCounts =>
	Object.fromEntries(CONFIDENCE_LEVELS.map((c) => [c, 0])) as ConfidenceCounts;

/**
 * One row per calendar quarter that overlaps `domain` (oldest first), with the events of each track counted in
 * the quarter of their start date. Events outside the domain's quarters are left out, and so are events known
 * only to the year (`yearOnly`): no quarter can be said to hold them.
 */
export function engagementByQuarter(events: EngagementEvent[], [from, to]: [Date, Date]): QuarterCount[] {
	const rows: QuarterCount[] = [];
	for (let start = quarterStart(from); start < to;) {
		const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1));
		rows.push({
			quarter: quarterLabel(start),
			start,
			end,
			official: 0,
			civil: 0,
			ids: { official: [], civil: [] },
			byConfidence: { official: zeroCounts(), civil: zeroCounts() }
		});
		start = end;
	}
	const byKey = new Map(rows.map((r) => [r.quarter, r]));
	const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
	for (const e of sorted) {
		if (yearOnly(e)) continue;
		const row = byKey.get(quarterLabel(toDate(e.date)));
		if (!row) continue;
		row[e.track] += 1;
		row.ids[e.track].push(e.id);
		row.byConfidence[e.track][e.confidence] += 1;
	}
	return rows;
}

/** True for an event whose date the sources give only to the year ("Summer 2023" is stored as 2023). */
export const yearOnly = (e: Pick<EngagementEvent, 'date'>) => precisionOf(e.date) === 'year';

/** One stacked piece of a quarter's bar: the events of one track at one confidence level. */
export interface BarSegment {
	quarter: string;
	start: Date;
	end: Date;
	track: Track;
	confidence: Confidence;
	/** Bottom and top of the piece, in events. */
	from: number;
	to: number;
	/** The events in this piece. */
	ids: string[];
}

/** Stack order inside a bar: the surest events at the bottom, claims on top. */
const STACK_ORDER: Confidence[] = ['verified', 'reported', 'estimate', 'claimed'];

/**
 * Splits each quarter's bar per track into pieces by confidence, verified at the bottom and claimed on top, so
 * the bars can draw claimed events hatched while still counting them.
 */
export function quarterBarSegments(rows: QuarterCount[], events: EngagementEvent[]): BarSegment[] {
	const confidenceOf = new Map(events.map((e) => [e.id, e.confidence]));
	const segments: BarSegment[] = [];
	for (const row of rows) {
		for (const track of TRACKS) {
			let from = 0;
			for (const confidence of STACK_ORDER) {
				const n = row.byConfidence[track][confidence];
				if (n === 0) continue;
				const ids = row.ids[track].filter((id) => confidenceOf.get(id) === confidence);
				segments.push({
					quarter: row.quarter,
					start: row.start,
					end: row.end,
					track,
					confidence,
					from,
					to: from + n,
					ids
				});
				from += n;
			}
		}
	}
	return segments;
}

/** The months the log spans: from the start of its first event's month to the end of its last event's month. */
export function logCoverage(events: EngagementEvent[]): [Date, Date] | undefined {
	if (events.length === 0) return undefined;
	const starts = events.map((e) => e.date).sort();
	const ends = events.map((e) => e.end ?? e.date).sort();
	const first = starts[0].slice(0, 7);
	const last = ends[ends.length - 1].slice(0, 7);
	return [toDate(first), endOfPeriod(last)];
}

/** The stretches of `domain` that the log does not span, for shading as "not in the curated log". */
export function uncoveredSpans(events: EngagementEvent[], [from, to]: [Date, Date]): [Date, Date][] {
	const coverage = logCoverage(events);
	if (!coverage) return [[from, to]];
	const spans: [Date, Date][] = [];
	if (coverage[0] > from) spans.push([from, coverage[0] < to ? coverage[0] : to]);
	if (coverage[1] < to) spans.push([coverage[1] > from ? coverage[1] : from, to]);
	return spans;
}

/** The date of the latest event of each track, as written in the log (undefined for a track with none). */
export function latestEventDate(events: EngagementEvent[]): Record<Track, string | undefined> {
	const latest: Record<Track, string | undefined> = { official: undefined, civil: undefined };
	for (const e of events) {
		const current = latest[e.track];
		if (current === undefined || e.date > current) latest[e.track] = e.date;
	}
	return latest;
}
