import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertLoaded, loadDatasets } from '$lib/data/load';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import { toDate } from './dates';
import {
	ENGAGEMENT_DOMAIN,
	engagementByQuarter,
	latestEventDate,
	logCoverage,
	quarterBarSegments,
	quarterLabel,
	uncoveredSpans
} from './engagement-counts';

const shipped = assertLoaded(loadDatasets((file) => readFileSync(`data/${file}`, 'utf8'))).events;

const ev = (id: string, date: string, extra: Partial<EngagementEvent> = {}): EngagementEvent => ({
	id,
	date,
	end: undefined,
	title: id,
	title_zh: undefined,
	date_label: undefined,
	kind: undefined,
	direction: undefined,
	channel_id: undefined,
	announced: false,
	track: 'official',
	actors: 'someone',
	actor_type: 'ministries',
	key: false,
	source_id: 's',
	confidence: 'verified',
	article_version: undefined,
	note: undefined,
	...extra
});

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('quarterLabel()', () => {
	it.each([
		['2023-01-01', '2023 Q1'],
		['2023-03-31', '2023 Q1'],
		['2023-07-01', '2023 Q3'],
		['2024-12-31', '2024 Q4']
	])('%s is in %s', (day, label) => {
		expect(quarterLabel(toDate(day))).toBe(label);
	});
});

describe('engagementByQuarter()', () => {
	const domain: [Date, Date] = [toDate('2023-02-15'), toDate('2023-10-01')];

	it('has one row per calendar quarter overlapping the domain, empty ones included', () => {
		const rows = engagementByQuarter([], domain);
		expect(rows.map((r) => r.quarter)).toEqual(['2023 Q1', '2023 Q2', '2023 Q3']);
		expect(rows.map((r) => [iso(r.start), iso(r.end)])).toEqual([
			['2023-01-01', '2023-04-01'],
			['2023-04-01', '2023-07-01'],
			['2023-07-01', '2023-10-01']
		]);
		expect(rows.every((r) => r.official === 0 && r.civil === 0)).toBe(true);
	});

	it.each([
		['a day', ev('a', '2023-05-20'), '2023 Q2'],
		['a month-precision date', ev('m', '2023-07', { track: 'civil' }), '2023 Q3'],
		['a multi-day event crossing a quarter end', ev('x', '2023-03-30', { end: '2023-04-02' }), '2023 Q1']
	])('counts %s in the quarter of its start date', (_, event, quarter) => {
		const rows = engagementByQuarter([event], domain);
		const row = rows.find((r) => r.quarter === quarter)!;
		expect(row[event.track]).toBe(1);
		expect(row.ids[event.track]).toEqual([event.id]);
		expect(rows.reduce((n, r) => n + r.official + r.civil, 0)).toBe(1);
	});

	it('leaves out events outside the quarters of the domain', () => {
		const rows = engagementByQuarter([ev('old', '2022-12-31'), ev('new', '2023-10-01')], domain);
		expect(rows.reduce((n, r) => n + r.official + r.civil, 0)).toBe(0);
	});

	it('counts by confidence per track', () => {
		const rows = engagementByQuarter(
			[
				ev('v', '2023-04-02'),
				ev('c', '2023-04-03', { confidence: 'claimed' }),
				ev('r', '2023-04-04', { track: 'civil', confidence: 'reported' })
			],
			domain
		);
		const q2 = rows[1];
		expect(q2.byConfidence.official).toMatchObject({ verified: 1, claimed: 1, reported: 0 });
		expect(q2.byConfidence.civil).toMatchObject({ verified: 0, reported: 1 });
	});

	describe('on the shipped log', () => {
		const rows = engagementByQuarter(shipped, ENGAGEMENT_DOMAIN);
		const at = (q: string) => rows.find((r) => r.quarter === q)!;

		it('covers 2022 Q3 to 2024 Q4, ten quarters, and counts 30 of the 31 events: 21 official, 9 civil', () => {
			expect(rows).toHaveLength(10);
			expect(rows[0].quarter).toBe('2022 Q3');
			expect(rows[9].quarter).toBe('2024 Q4');
			expect(rows.reduce((n, r) => n + r.official, 0)).toBe(21);
			expect(rows.reduce((n, r) => n + r.civil, 0)).toBe(9);
		});

		it.each([
			['2022 Q3', 2, 0],
			['2022 Q4', 0, 0],
			['2023 Q1', 1, 0],
			['2023 Q2', 2, 2],
			['2023 Q3', 2, 3],
			['2023 Q4', 4, 4],
			['2024 Q1', 2, 0],
			['2024 Q2', 3, 0],
			['2024 Q3', 3, 0],
			['2024 Q4', 2, 0]
		])('%s has %i official and %i civil events', (q, official, civil) => {
			expect([at(q).official, at(q).civil]).toEqual([official, civil]);
		});

		it('puts three letters in the civil count of 2023 Q3, and the Tsinghua delegation (summer 2023) in none', () => {
			expect(at('2023 Q3').ids.civil).toEqual([
				'xi-letter-youth-students',
				'xi-letter-stilwell-grandson',
				'xi-letter-flying-tigers'
			]);
			expect(at('2023 Q3').byConfidence.civil).toMatchObject({ verified: 3, reported: 0 });
			expect(rows.some((r) => r.ids.civil.includes('tsinghua-students-to-us'))).toBe(false);
		});

		it('counts the two claimed events: the Global Times piece and the Pillsbury speech', () => {
			expect(at('2023 Q2').byConfidence.official.claimed).toBe(1);
			expect(at('2023 Q4').byConfidence.civil.claimed).toBe(1);
			expect(
				rows.reduce((n, r) => n + r.byConfidence.official.claimed + r.byConfidence.civil.claimed, 0)
			).toBe(2);
		});
	});
});

describe('quarterBarSegments()', () => {
	it('stacks verified at the bottom, then reported, then claimed on top', () => {
		const events = [
			ev('c', '2023-04-01', { confidence: 'claimed' }),
			ev('v1', '2023-04-02'),
			ev('r', '2023-04-03', { confidence: 'reported' }),
			ev('v2', '2023-04-04')
		];
		const segments = quarterBarSegments(
			engagementByQuarter(events, [toDate('2023-04-01'), toDate('2023-07-01')]),
			events
		);
		expect(segments.map((s) => [s.confidence, s.from, s.to, s.ids])).toEqual([
			['verified', 0, 2, ['v1', 'v2']],
			['reported', 2, 3, ['r']],
			['claimed', 3, 4, ['c']]
		]);
	});

	it('on the shipped log gives 2023 Q4 civil a verified piece of 3 and a claimed piece of 1', () => {
		const rows = engagementByQuarter(shipped, ENGAGEMENT_DOMAIN);
		const civil = quarterBarSegments(rows, shipped).filter(
			(s) => s.quarter === '2023 Q4' && s.track === 'civil'
		);
		expect(civil.map((s) => [s.confidence, s.from, s.to])).toEqual([
			['verified', 0, 3],
			['claimed', 3, 4]
		]);
		expect(civil[1].ids).toEqual(['pillsbury-peking-university']);
	});
});

describe('logCoverage() and uncoveredSpans()', () => {
	it('spans from the first event month to the end of the last event month, counting end dates', () => {
		const events = [ev('a', '2022-08-05'), ev('b', '2024-10-30', { end: '2024-11-02' })];
		expect(logCoverage(events)?.map(iso)).toEqual(['2022-08-01', '2024-12-01']);
	});

	it.each([
		['no events', [], [['2022-07-01', '2025-01-01']]],
		[
			'events inside',
			[ev('a', '2022-08-05'), ev('b', '2024-11-16')],
			[
				['2022-07-01', '2022-08-01'],
				['2024-12-01', '2025-01-01']
			]
		],
		['events filling the window', [ev('a', '2022-07-01'), ev('b', '2024-12-31')], []]
	])('with %s leaves the rest of the window uncovered', (_, events, spans) => {
		expect(uncoveredSpans(events, ENGAGEMENT_DOMAIN).map((s) => s.map(iso))).toEqual(spans);
	});

	it('on the shipped log: the log runs Aug 2022 - Nov 2024, so Jul 2022 and Dec 2024 are not in it', () => {
		expect(uncoveredSpans(shipped, ENGAGEMENT_DOMAIN).map((s) => s.map(iso))).toEqual([
			['2022-07-01', '2022-08-01'],
			['2024-12-01', '2025-01-01']
		]);
	});
});

describe('latestEventDate()', () => {
	it('on the shipped log: the latest civil event is the Xi dinner of 15 Nov 2023, official 16 Nov 2024', () => {
		expect(latestEventDate(shipped)).toEqual({ official: '2024-11-16', civil: '2023-11-15' });
	});
});
