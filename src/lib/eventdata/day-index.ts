/**
 * The compact per-day index of imported events: for each day, counts per track and QuadClass. A few KB per
 * year of data whatever the number of events, so charts re-bin it by day, week or month without the file.
 */
import { EVENT_TRACKS, TRACK_INDEX, type EventTrack } from './classify.ts';

/** Counts per day: 3 tracks x 5 QuadClass slots (0 = none, 1-4). */
export const SLOTS = EVENT_TRACKS.length * 5;

/** The index as stored and sent between threads: sorted day numbers and SLOTS counts per day. */
export interface PackedIndex {
	days: Int32Array;
	counts: Uint32Array;
}

export class DayIndex {
	private readonly byDay = new Map<number, Uint32Array>();

	add(day: number, track: EventTrack, quad: number): void {
		let row = this.byDay.get(day);
		if (!row) this.byDay.set(day, (row = new Uint32Array(SLOTS)));
		row[TRACK_INDEX[track] * 5 + quad]++;
	}

	get size(): number {
		return this.byDay.size;
	}

	pack(): PackedIndex {
		const days = Int32Array.from([...this.byDay.keys()].sort((a, b) => a - b));
		const counts = new Uint32Array(days.length * SLOTS);
		days.forEach((d, i) => counts.set(this.byDay.get(d)!, i * SLOTS));
		return { days, counts };
	}
}

/** Adds several packed indexes (several imported files) into one. */
export function mergePacked(indexes: PackedIndex[]): PackedIndex {
	if (indexes.length === 1) return indexes[0];
	const sum = new Map<number, Uint32Array>();
	for (const { days, counts } of indexes) {
		days.forEach((d, i) => {
			let row = sum.get(d);
			if (!row) sum.set(d, (row = new Uint32Array(SLOTS)));
			for (let k = 0; k < SLOTS; k++) row[k] += counts[i * SLOTS + k];
		});
	}
	const days = Int32Array.from([...sum.keys()].sort((a, b) => a - b));
	const counts = new Uint32Array(days.length * SLOTS);
	days.forEach((d, i) => counts.set(sum.get(d)!, i * SLOTS));
	return { days, counts };
}

/** Total events in an index. */
export function totalEvents({ counts }: PackedIndex): number {
	let n = 0;
	for (const c of counts) n += c;
	return n;
}

/** True when a value read back from storage still has the shape of a packed index. */
export function isPackedIndex(value: unknown): value is PackedIndex {
	if (typeof value !== 'object' || value === null) return false;
	const { days, counts } = value as Partial<PackedIndex>;
	return days instanceof Int32Array && counts instanceof Uint32Array && counts.length === days.length * SLOTS;
}
