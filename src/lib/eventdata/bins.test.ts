import { describe, expect, it } from 'vitest';
import { autoUnit, binIndex, monthlyCsv, monthlyRows, type BinUnit } from './bins.ts';
import type { EventTrack } from './classify.ts';
import { dayNumber, dayToIso } from './day.ts';
import { DayIndex } from './day-index.ts';

/** Day number of an ISO date. */
const day = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return dayNumber(y, m, d)!;
};

/** An index of [date, track, QuadClass] events (fixture values). */
function indexOf(events: [string, EventTrack, number][]) {
	const index = new DayIndex();
	for (const [date, track, quad] of events) index.add(day(date), track, quad);
	return index.pack();
}

// 2023-01-02 is a Monday; 2023-01-01 a Sunday.
const EVENTS: [string, EventTrack, number][] = [
	['2023-01-01', 'official', 1],
	['2023-01-02', 'official', 4],
	['2023-01-02', 'civil', 0],
	['2023-01-08', 'untyped', 2],
	['2023-01-09', 'civil', 3],
	['2023-02-28', 'official', 1]
];

describe('autoUnit()', () => {
	it.each([
		[1, 'day'],
		[124, 'day'],
		[125, 'week'],
		[3 * 366, 'week'],
		[3 * 366 + 1, 'month']
	] as [number, BinUnit][])('a window of %i days -> %s', (span, unit) => {
		expect(autoUnit(1000, 1000 + span)).toBe(unit);
	});
});

describe('binIndex()', () => {
	const index = indexOf(EVENTS);
	const cases: {
		name: string;
		unit: BinUnit;
		from: string;
		to: string;
		/** [bin start, official, civil, untyped, cooperative, conflictual] */
		bins: [string, number, number, number, number, number][];
	}[] = [
		{
			name: 'days: one bin a day, empty days included, the end excluded',
			unit: 'day',
			from: '2023-01-01',
			to: '2023-01-04',
			bins: [
				['2023-01-01', 1, 0, 0, 1, 0],
				['2023-01-02', 1, 1, 0, 0, 1],
				['2023-01-03', 0, 0, 0, 0, 0]
			]
		},
		{
			name: 'weeks run Monday to Sunday: a Sunday falls in the week before',
			unit: 'week',
			from: '2023-01-01',
			to: '2023-01-10',
			bins: [
				['2022-12-26', 1, 0, 0, 1, 0],
				['2023-01-02', 1, 1, 1, 1, 1],
				['2023-01-09', 0, 1, 0, 0, 1]
			]
		},
		{
			name: 'months start on the 1st; QuadClass 0 counts on its track but neither in tone',
			unit: 'month',
			from: '2023-01-01',
			to: '2023-03-01',
			bins: [
				['2023-01-01', 2, 2, 1, 2, 2],
				['2023-02-01', 1, 0, 0, 1, 0]
			]
		},
		{
			name: 'events outside the window are left out even when their bin is drawn',
			unit: 'month',
			from: '2023-01-02',
			to: '2023-01-09',
			bins: [['2023-01-01', 1, 1, 1, 1, 1]]
		}
	];

	it.each(cases)('$name', ({ unit, from, to, bins }) => {
		const out = binIndex(index, unit, day(from), day(to));
		expect(
			out.map((b) => [
				b.start.toISOString().slice(0, 10),
				b.official,
				b.civil,
				b.untyped,
				b.cooperative,
				b.conflictual
			])
		).toEqual(bins);
	});

	it('each bin ends where the next starts', () => {
		const out = binIndex(index, 'month', day('2023-01-01'), day('2023-04-01'));
		expect(out.map((b) => dayToIso(b.end.getTime() / 864e5))).toEqual([
			'2023-02-01',
			'2023-03-01',
			'2023-04-01'
		]);
	});
});

describe('monthlyRows()', () => {
	it('counts each month and track with events, by QuadClass, oldest first', () => {
		const rows = monthlyRows(indexOf(EVENTS));
		expect(rows.map((r) => [r.month, r.track, r.events])).toEqual([
			['2023-01', 'official', 2],
			['2023-01', 'civil', 2],
			['2023-01', 'untyped', 1],
			['2023-02', 'official', 1]
		]);
		expect(rows[1]).toMatchObject({ no_quad_class: 1, verbal_conflict: 1, material_conflict: 0 });
		expect(rows[0]).toMatchObject({ verbal_cooperation: 1, material_conflict: 1 });
	});

	it('writes a header and one line per row', () => {
		const csv = monthlyCsv(monthlyRows(indexOf([['2023-05-31', 'civil', 2]])));
		expect(csv).toBe(
			'month,track,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,no_quad_class\n' +
				'2023-05,civil,1,0,1,0,0,0\n'
		);
	});
});
