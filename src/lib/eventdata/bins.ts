/**
 * Re-bins the per-day index by day, week (Monday to Sunday) or month over a window, for the chart, and into
 * monthly rows for the ingest command and the SQL check.
 */
import { EVENT_TRACKS, type EventTrack } from './classify.ts';
import { dayToDate, dayToIso } from './day.ts';
import { SLOTS, type PackedIndex } from './day-index.ts';

export type BinUnit = 'day' | 'week' | 'month';

/** One bin of the chart. */
export interface EventBin {
	start: Date;
	end: Date;
	official: number;
	civil: number;
	untyped: number;
	/** QuadClass 1-2, all tracks. */
	cooperative: number;
	/** QuadClass 3-4, all tracks. */
	conflictual: number;
}

function binStart(day: number, unit: BinUnit): number {
	if (unit === 'day') return day;
	const date = dayToDate(day);
	if (unit === 'week') return day - ((date.getUTCDay() + 6) % 7);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}

function nextBin(start: number, unit: BinUnit): number {
	if (unit === 'day') return start + 1;
	if (unit === 'week') return start + 7;
	const d = dayToDate(start);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
}

/** The bin that fits a window: days up to ~4 months, weeks up to ~3 years, months beyond. */
export function autoUnit(fromDay: number, toDay: number): BinUnit {
	const span = toDay - fromDay;
	if (span <= 124) return 'day';
	if (span <= 3 * 366) return 'week';
	return 'month';
}

/** Bins covering [fromDay, toDay) (whole bins, empty ones included), counted from the index. */
export function binIndex(index: PackedIndex, unit: BinUnit, fromDay: number, toDay: number): EventBin[] {
	const bins: EventBin[] = [];
	const at = new Map<number, EventBin>();
	for (let s = binStart(fromDay, unit); s < toDay; s = nextBin(s, unit)) {
		const bin = {
			start: dayToDate(s),
			end: dayToDate(nextBin(s, unit)),
			official: 0,
			civil: 0,
			untyped: 0,
			cooperative: 0,
			conflictual: 0
		};
		bins.push(bin);
		at.set(s, bin);
	}
	const { days, counts } = index;
	for (let i = 0; i < days.length; i++) {
		if (days[i] < fromDay || days[i] >= toDay) continue;
		const bin = at.get(binStart(days[i], unit));
		if (!bin) continue;
		EVENT_TRACKS.forEach((track, t) => {
			const o = i * SLOTS + t * 5;
			bin[track] += counts[o] + counts[o + 1] + counts[o + 2] + counts[o + 3] + counts[o + 4];
			bin.cooperative += counts[o + 1] + counts[o + 2];
			bin.conflictual += counts[o + 3] + counts[o + 4];
		});
	}
	return bins;
}

/** One month and track, as `npm run ingest` writes it and data/queries/*.sql returns it. */
export interface MonthlyRow {
	month: string;
	track: EventTrack;
	events: number;
	verbal_cooperation: number;
	material_cooperation: number;
	verbal_conflict: number;
	material_conflict: number;
	no_quad_class: number;
}

export const MONTHLY_COLUMNS = [
	'month',
	'track',
	'events',
	'verbal_cooperation',
	'material_cooperation',
	'verbal_conflict',
	'material_conflict',
	'no_quad_class'
] as const;

/** Monthly rows (only months and tracks with events), oldest first, tracks in a fixed order. */
export function monthlyRows({ days, counts }: PackedIndex): MonthlyRow[] {
	const rows = new Map<string, MonthlyRow>();
	for (let i = 0; i < days.length; i++) {
		const month = dayToIso(days[i]).slice(0, 7);
		EVENT_TRACKS.forEach((track, t) => {
			const o = i * SLOTS + t * 5;
			const n = counts[o] + counts[o + 1] + counts[o + 2] + counts[o + 3] + counts[o + 4];
			if (n === 0) return;
			const key = `${month} ${t}`;
			let row = rows.get(key);
			if (!row) {
				row = {
					month,
					track,
					events: 0,
					verbal_cooperation: 0,
					material_cooperation: 0,
					verbal_conflict: 0,
					material_conflict: 0,
					no_quad_class: 0
				};
				rows.set(key, row);
			}
			row.events += n;
			row.no_quad_class += counts[o];
			row.verbal_cooperation += counts[o + 1];
			row.material_cooperation += counts[o + 2];
			row.verbal_conflict += counts[o + 3];
			row.material_conflict += counts[o + 4];
		});
	}
	return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
}

/** The monthly rows as CSV text. */
export function monthlyCsv(rows: MonthlyRow[]): string {
	const lines = rows.map((r) => MONTHLY_COLUMNS.map((c) => r[c]).join(','));
	return [MONTHLY_COLUMNS.join(','), ...lines].join('\n') + '\n';
}
