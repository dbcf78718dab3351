/**
 * Places the 1978 trips on a year timeline: one row each, in date order, with its label on whichever
 * side of the mark has room, so nothing runs off the chart.
 */
import type { Trip } from '$lib/data/schemas/trips-1978';
import { endOfPeriod, precisionOf, toDate } from './dates';

export interface TripRow {
	trip: Trip;
	row: number;
	start: Date;
	/** End of the trip's last day (or of its month when only the month is known). */
	end: Date;
	/** `inside`: neither side has room (a trip known only to the year spans it all), so it starts inside the mark. */
	labelSide: 'right' | 'left' | 'inside';
	/** The sources give only a month, a season or "about": the span is where the trip could be, not how long it was. */
	approximate: boolean;
}

/** tripRows() sorts by start and puts each label where `labelWidth(trip)` px fits inside [left, right]. */
export function tripRows(
	trips: Trip[],
	x: (d: Date) => number,
	[left, right]: [number, number],
	labelWidth: (trip: Trip) => number,
	gap = 8
): TripRow[] {
	return [...trips]
		.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
		.map((trip, row) => {
			const start = toDate(trip.start);
			const end = endOfPeriod(trip.end ?? trip.start);
			const roomRight = right - (x(end) + gap);
			const roomLeft = x(start) - gap - left;
			const w = labelWidth(trip);
			const labelSide =
				w > roomRight && w > roomLeft ? 'inside' : w <= roomRight || roomRight >= roomLeft ? 'right' : 'left';
			const approximate =
				trip.date_label !== undefined ||
				precisionOf(trip.start) !== 'day' ||
				precisionOf(trip.end ?? trip.start) !== 'day';
			return { trip, row, start, end, labelSide, approximate };
		});
}
