import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertLoaded, loadDatasets } from '$lib/data/load';
import type { PeopleValue } from '$lib/data/schemas/people-series';
import { toDate } from './dates';
import { ENGAGEMENT_DOMAIN } from './engagement-counts';
import {
	PEOPLE_SERIES_META,
	formatPeopleValue,
	inWindow,
	peopleSeries,
	periodSpan,
	referenceLabel,
	unitDifference,
	valueLabel,
	windowMax
} from './people-series';

const shipped = assertLoaded(loadDatasets((file) => readFileSync(`data/${file}`, 'utf8'))).people;

const pv = (period: string, date: string, value: number, extra: Partial<PeopleValue> = {}): PeopleValue => ({
	series: 'chinese-students-in-us',
	period,
	date,
	value,
	qualifier: 'exact',
	value_high: undefined,
	unit: 'students',
	source_id: 'iie-open-doors',
	confidence: 'verified',
	note: undefined,
	...extra
});

const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('periodSpan()', () => {
	it.each([
		['an academic year', pv('2022/23', '2022-09', 1), undefined, ['2022-09-01', '2023-09-01']],
		['a calendar year', pv('2024', '2024-01', 1), undefined, ['2024-01-01', '2025-01-01']],
		[
			'"before 2020"',
			pv('before 2020', '2019-01', 1),
			pv('from 3 May 2023', '2023-05-03', 1),
			['2019-01-01', '2020-01-01']
		],
		[
			'a "from" value with a later one',
			pv('from 1 Sep 2023', '2023-09-01', 1),
			pv('x', '2023-10-29', 1),
			['2023-09-01', '2023-10-29']
		],
		['the last "from" value', pv('from 31 Mar 2024', '2024-03-31', 1), undefined, ['2024-03-31', undefined]]
	])('spans %s', (_, value, next, span) => {
		expect(periodSpan(value, next).map(iso)).toEqual(span);
	});
});

describe('peopleSeries()', () => {
	it('groups by series in schema order and sorts each by date', () => {
		const series = peopleSeries([
			pv('2022/23', '2022-09', 2),
			pv('x', '2023-05-03', 12, { series: 'weekly-flights-allowed', unit: 'u' }),
			pv('2021/22', '2021-09', 1)
		]);
		expect(series.map((s) => s.series)).toEqual(['chinese-students-in-us', 'weekly-flights-allowed']);
		expect(series[0].points.map((p) => p.period)).toEqual(['2021/22', '2022/23']);
	});

	it('breaks the line where a period is missing instead of bridging it', () => {
		const [s] = peopleSeries([
			pv('2015/16', '2015-09', 1),
			pv('2017/18', '2017-09', 2),
			pv('2018/19', '2018-09', 3)
		]);
		expect(s.runs.map((r) => r.map((p) => p.period))).toEqual([['2015/16'], ['2017/18', '2018/19']]);
		expect(s.gaps.map((g) => [g.before.period, g.after.period])).toEqual([['2015/16', '2017/18']]);
	});

	describe('on the shipped data', () => {
		const byId = Object.fromEntries(peopleSeries(shipped).map((s) => [s.series, s]));

		it('has the IIE series with no 2016/17 value: a gap between 2015/16 and 2017/18, and one run after it', () => {
			const s = byId['chinese-students-in-us'];
			expect(s.points).toHaveLength(8);
			expect(s.gaps.map((g) => [g.before.period, g.after.period])).toEqual([['2015/16', '2017/18']]);
			expect(s.runs.map((r) => r.length)).toEqual([1, 7]);
		});

		it('has US students in China with gaps after 2018/19 and after 2021/22', () => {
			const s = byId['us-students-in-china'];
			expect(s.points.map((p) => [p.period, p.value])).toEqual([
				['2018/19', 11000],
				['2021/22', 211],
				['Apr 2024', 700]
			]);
			expect(s.gaps).toHaveLength(2);
		});

		it('has flights from 3 May 2023 as one unbroken step run, apart from the level before 2020', () => {
			const s = byId['weekly-flights-allowed'];
			expect(s.runs.map((r) => r.map((p) => p.value))).toEqual([[150], [12, 18, 24, 35, 50]]);
			expect(s.unit).toBe('round-trip passenger flights a week allowed per side');
			expect(s.points.at(-1)?.end).toBeUndefined();
		});
	});
});

describe('inWindow()', () => {
	const series = Object.fromEntries(
		peopleSeries(shipped).map((s) => [s.series, inWindow(s, ENGAGEMENT_DOMAIN)])
	);

	it('draws the Chinese-student years that overlap Jul 2022 - Dec 2024, clipping 2021/22 to the window', () => {
		const w = series['chinese-students-in-us'];
		expect(w.inside.map((p) => [p.period, p.value, iso(p.from), iso(p.to)])).toEqual([
			['2021/22', 290086, '2022-07-01', '2022-09-01'],
			['2022/23', 289526, '2022-09-01', '2023-09-01'],
			['2023/24', 277398, '2023-09-01', '2024-09-01']
		]);
		expect(w.inside[2].confidence).toBe('reported');
	});

	it.each([
		['chinese-students-in-us', '2019/20 peak: 372,532', 372532],
		['us-students-in-china', '2018/19: over 11,000', 11000],
		['weekly-flights-allowed', 'before 2020: over 150', 150]
	] as const)('gives %s the reference level "%s"', (id, label, max) => {
		const w = series[id];
		expect(w.references.map((r) => referenceLabel(r, PEOPLE_SERIES_META[id].baseUnit))).toEqual([label]);
		expect(windowMax(w)).toBe(max);
	});

	it('draws the last flight level (50 from 31 Mar 2024) to the end of the window', () => {
		const last = series['weekly-flights-allowed'].inside.at(-1)!;
		expect([last.value, iso(last.from), iso(last.to)]).toEqual([50, '2024-03-31', '2025-01-01']);
	});

	it('draws the count of US students in China of Apr 2024 (about 700, AP) from then to the end of the window', () => {
		const last = series['us-students-in-china'].inside.at(-1)!;
		expect([formatPeopleValue(last), iso(last.from), iso(last.to), last.confidence]).toEqual([
			'about 700',
			'2024-04-01',
			'2025-01-01',
			'reported'
		]);
	});

	it('leaves out values after the window', () => {
		const [s] = peopleSeries([pv('2025/26', '2025-09', 5)]);
		expect(inWindow(s, [toDate('2022-07-01'), toDate('2025-01-01')])).toEqual({ inside: [], references: [] });
	});
});

describe('labels', () => {
	it.each([
		[pv('a', '2020', 289526), '289,526'],
		[pv('a', '2020', 150, { qualifier: 'over' }), 'over 150'],
		[pv('a', '2020', 91000, { qualifier: 'about' }), 'about 91,000'],
		[pv('a', '2020', 700, { qualifier: 'range', value_high: 800 }), '700–800']
	])('formatPeopleValue() prints %# as %s', (v, label) => {
		expect(formatPeopleValue(v)).toBe(label);
	});

	it('unitDifference() keeps what a unit says beyond the usual one', () => {
		const usual = 'round-trip passenger flights a week per side';
		expect(unitDifference('round-trip passenger flights a week (Chinese carriers)', usual)).toBe(
			'(Chinese carriers)'
		);
		expect(unitDifference(usual, usual)).toBe('');
	});

	it('valueLabel() gives the allowed caps as numbers alone: every value has the same unit, per side', () => {
		const flights = peopleSeries(shipped).find((s) => s.series === 'weekly-flights-allowed')!;
		expect(flights.points.map((p) => valueLabel(p, flights.unit))).toEqual([
			'over 150',
			'12',
			'18',
			'24',
			'35',
			'50'
		]);
	});
});
