import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../../tests/fixtures/data';
import { toDate } from './dates';
import { tripRows } from './trip-rows';

const trips = fixtureData().trips;
// 1978 across 600 px starting at x = 300.
const x = (d: Date) =>
	300 +
	((d.getTime() - toDate('1978').getTime()) / (toDate('1979').getTime() - toDate('1978').getTime())) * 600;

describe('tripRows()', () => {
	const rows = tripRows(trips, x, [300, 900], () => 250);

	it('gives each trip its own row in date order', () => {
		expect(rows.map((r) => r.row)).toEqual(trips.map((_, i) => i));
		expect(rows[0].trip.start <= rows[rows.length - 1].trip.start).toBe(true);
		expect(rows.at(-1)!.trip.id).toBe('first-students-to-us');
	});

	it('labels early trips on the right and late ones on the left, so labels stay inside the chart', () => {
		const side = Object.fromEntries(rows.map((r) => [r.trip.id, r.labelSide]));
		expect(side['lin-hujia-japan']).toBe('right');
		expect(side['gu-mu-western-europe']).toBe('right');
		expect(side['deng-xiaoping-japan']).toBe('left');
		expect(side['first-students-to-us']).toBe('left');
	});

	it('starts the label inside a trip known only to the year, which leaves no room on either side', () => {
		const duan = rows.find((r) => r.trip.id === 'duan-yun-hong-kong-macau')!;
		expect([duan.labelSide, duan.start.toISOString(), duan.end.toISOString()]).toEqual([
			'inside',
			'1978-01-01T00:00:00.000Z',
			'1979-01-01T00:00:00.000Z'
		]);
	});

	it('ends a month-precision trip at the end of its month', () => {
		const japan = rows.find((r) => r.trip.id === 'lin-hujia-japan')!;
		expect(japan.end.toISOString()).toBe('1978-05-01T00:00:00.000Z');
	});

	it('marks trips known only to the month, season or "about" a day as approximate', () => {
		const approx = Object.fromEntries(rows.map((r) => [r.trip.id, r.approximate]));
		expect(approx['gu-mu-western-europe']).toBe(false);
		expect(approx['lin-hujia-japan']).toBe(true);
		expect(approx['hua-guofeng-iran']).toBe(true);
		expect(approx['hua-guofeng-romania']).toBe(true);
		expect(approx['hua-guofeng-yugoslavia']).toBe(false);
	});
});
