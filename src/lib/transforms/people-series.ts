/**
 * The people-to-people series (students, flights) as time spans: each value holds for its period (an academic
 * year, a calendar year, or "from" a date until the next value), and where the data skip a period the series
 * has a gap that a chart must leave open rather than interpolate across.
 */
import { PEOPLE_SERIES, type PeopleSeriesId, type PeopleValue } from '$lib/data/schemas/people-series';
import { formatNumber, m } from '$lib/i18n';
import { toDate } from './dates';

export interface PeopleSeriesMeta {
	/** The series' name in the page's language (a message: call it when drawing). */
	title: () => string;
	/** Bars for yearly counts; a step line for levels that hold until they change. */
	mark: 'bars' | 'steps';
	/** The part of the unit the title already says; reference labels add only the rest ("a week per side"). */
	baseUnit: string;
}

export const PEOPLE_SERIES_META: Record<PeopleSeriesId, PeopleSeriesMeta> = {
	'chinese-students-in-us': {
		title: m.engagement_people_title_chinese_students,
		mark: 'bars',
		baseUnit: 'students'
	},
	'us-students-in-china': {
		title: m.engagement_people_title_us_students,
		mark: 'bars',
		baseUnit: 'students'
	},
	'weekly-flights-allowed': {
		title: m.engagement_people_title_flights_allowed,
		mark: 'steps',
		// The title says it all ("allowed per side"), so the labels are the numbers alone, in either language.
		baseUnit: 'round-trip passenger flights a week allowed per side'
	}
};

/** A value placed on the time axis over the period it holds for. */
export interface PeoplePoint extends PeopleValue {
	start: Date;
	/** End of the period; undefined for a "from" value with no later one (it holds as far as our sources go). */
	end: Date | undefined;
}

export interface PeopleSeries {
	series: PeopleSeriesId;
	/** Values in date order. */
	points: PeoplePoint[];
	/** Runs of values with no missing period between them: a line is drawn within a run, never across runs. */
	runs: PeoplePoint[][];
	/** Where a period is missing: the value before and the value after the gap. */
	gaps: { before: PeoplePoint; after: PeoplePoint }[];
	/** The unit most values of the series are in. */
	unit: string;
}

const addYears = (d: Date, n: number) =>
	new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate()));

/** The span a value holds for, read from how the source names its period. */
export function periodSpan(v: PeopleValue, next?: PeopleValue): [Date, Date | undefined] {
	const start = toDate(v.date);
	if (/^\d{4}\/\d{2}$/.test(v.period) || /^\d{4}$/.test(v.period)) return [start, addYears(start, 1)];
	const before = /^before (\d{4})$/i.exec(v.period);
	if (before) return [start, toDate(before[1])];
	return [start, next ? toDate(next.date) : undefined];
}

function mostCommon(values: string[]): string {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Groups values by series (in the schema's order), sorts them by date, and finds the gaps. */
export function peopleSeries(values: PeopleValue[]): PeopleSeries[] {
	return PEOPLE_SERIES.map((series) => {
		const sorted = values.filter((v) => v.series === series).sort((a, b) => a.date.localeCompare(b.date));
		const points: PeoplePoint[] = sorted.map((v, i) => {
			const [start, end] = periodSpan(v, sorted[i + 1]);
			return { ...v, start, end };
		});
		const runs: PeoplePoint[][] = [];
		const gaps: PeopleSeries['gaps'] = [];
		points.forEach((p, i) => {
			const prev = points[i - 1];
			if (prev && prev.end !== undefined && p.start > prev.end) gaps.push({ before: prev, after: p });
			if (!prev || gaps.at(-1)?.after === p) runs.push([p]);
			else runs[runs.length - 1].push(p);
		});
		return { series, points, runs, gaps, unit: mostCommon(sorted.map((v) => v.unit)) };
	}).filter((s) => s.points.length > 0);
}

/** A value drawn inside the window, its span clipped to it. */
export interface WindowPoint extends PeoplePoint {
	from: Date;
	to: Date;
}

/** A value from before the window, drawn as a labelled reference level. */
export interface ReferenceLevel {
	point: PeoplePoint;
	/** True when it is the highest of several values before the window. */
	peak: boolean;
}

/**
 * What a chart of `domain` draws of a series: the values whose periods overlap it (clipped), and the highest
 * value from before it as a reference level. Values after the window are left out.
 */
export function inWindow(s: PeopleSeries, [from, to]: [Date, Date]) {
	const inside: WindowPoint[] = s.points
		.filter((p) => p.start < to && (p.end === undefined || p.end > from))
		.map((p) => ({
			...p,
			from: p.start > from ? p.start : from,
			to: p.end === undefined || p.end > to ? to : p.end
		}));
	const before = s.points.filter((p) => p.end !== undefined && p.end <= from);
	const highest = before.reduce<PeoplePoint | undefined>(
		(m, p) => (m && m.value > p.value ? m : p),
		undefined
	);
	const references: ReferenceLevel[] = highest ? [{ point: highest, peak: before.length > 1 }] : [];
	return { inside, references };
}

/** The largest value a window draws (the high end of ranges and reference levels included). */
export function windowMax(w: ReturnType<typeof inWindow>): number {
	const all = [...w.inside, ...w.references.map((r) => r.point)];
	return Math.max(0, ...all.map((p) => p.value_high ?? p.value));
}

const fmt = (n: number) => formatNumber(n);

/**
 * "289,526", "over 150", "about 90", "700–800" (Chinese: "150以上", "约90"): the value with its qualifier,
 * never rounded.
 */
export function formatPeopleValue(v: PeopleValue): string {
	if (v.qualifier === 'range' && v.value_high !== undefined) return `${fmt(v.value)}–${fmt(v.value_high)}`;
	if (v.qualifier === 'over') return m.engagement_people_over({ value: fmt(v.value) });
	if (v.qualifier === 'about') return m.engagement_people_about({ value: fmt(v.value) });
	return fmt(v.value);
}

/** What `unit` says beyond `base`: "(Chinese carriers)" for a flights value counted differently from the rest. */
export function unitDifference(unit: string, base: string): string {
	const a = unit.split(' ');
	const b = base.split(' ');
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return a.slice(i).join(' ');
}

/** The direct label of a value: its number, plus how its unit differs from the series' usual one, if it does. */
export function valueLabel(p: PeopleValue, seriesUnit: string): string {
	const extra = unitDifference(p.unit, seriesUnit);
	return extra ? `${formatPeopleValue(p)} ${extra}` : formatPeopleValue(p);
}

/** "2019/20 peak: 372,532", "before 2020: over 150 a week per side", "2018/19: over 11,000". */
export function referenceLabel(r: ReferenceLevel, base: string): string {
	const unit = unitDifference(r.point.unit, base);
	const value = `${formatPeopleValue(r.point)}${unit ? ` ${unit}` : ''}`;
	const label = r.peak ? m.engagement_people_reference_peak : m.engagement_people_reference;
	return label({ period: r.point.period, value });
}
