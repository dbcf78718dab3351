import { describe, expect, it } from 'vitest';
import {
	dodgeRows,
	eventLabelLines,
	groupedBarX,
	labelsExtent,
	linesBox,
	liftLabels,
	placeLabels,
	rowOffset,
	trackLayout
} from './engagement-layout';

describe('dodgeRows()', () => {
	it.each([
		[
			'marks apart stay on row 0',
			[
				[0, 10],
				[20, 30]
			],
			[0, 0]
		],
		[
			'two overlapping marks take rows 0 and 1',
			[
				[0, 16],
				[3, 19]
			],
			[0, 1]
		],
		[
			'three overlapping marks take rows 0, 1 and 2',
			[
				[0, 16],
				[1, 17],
				[2, 18]
			],
			[0, 1, 2]
		],
		[
			'a row is reused once it is clear',
			[
				[0, 16],
				[3, 19],
				[20, 36]
			],
			[0, 1, 0]
		],
		[
			'rows follow x, not input order',
			[
				[3, 19],
				[0, 16]
			],
			[1, 0]
		],
		[
			'a mark fits back between two on a row',
			[
				[0, 10],
				[40, 50],
				[5, 15],
				[20, 30]
			],
			[0, 0, 1, 0]
		]
	])('%s', (_, marks, rows) => {
		expect(dodgeRows(marks.map(([x0, x1]) => ({ x0, x1 })))).toEqual(rows);
	});

	it('gives labelled marks the centre row first, whatever their x', () => {
		// The CIIE (5-10 Nov 2023) and Xi's dinner speech (15 Nov 2023, labelled) overlap.
		const rows = dodgeRows([
			{ x0: 0, x1: 30 },
			{ x0: 20, x1: 36, first: true }
		]);
		expect(rows).toEqual([1, 0]);
	});

	it('maps rows to offsets from the centre line: 0, 1, -1, 2, -2', () => {
		expect([0, 1, 2, 3, 4].map(rowOffset)).toEqual([0, 1, -1, 2, -2]);
	});
});

describe('placeLabels()', () => {
	const opts = { left: 0, right: 1000, gap: 0 };
	const box = (id: string, x: number, width = 100, height = 20) => ({ id, x, width, height });

	it('keeps labels far apart on the lane (offset 0) at their marks', () => {
		const placed = placeLabels([box('a', 100), box('b', 400)], opts);
		expect(placed.map((p) => [p.id, p.left, p.offset])).toEqual([
			['a', 100, 0],
			['b', 400, 0]
		]);
		expect(labelsExtent(placed, 0)).toBe(20);
	});

	it('puts a label left of its mark when the right side is taken by a later mark’s label', () => {
		// Pelosi's visit (2 Aug 2022) and the countermeasures (5 Aug 2022) are a few px apart.
		const placed = placeLabels([box('pelosi', 100), box('countermeasures', 103)], opts);
		expect(placed.map((p) => [p.id, p.offset, p.align, p.left])).toEqual([
			['pelosi', 0, 'end', 0],
			['countermeasures', 0, 'start', 103]
		]);
	});

	it('climbs when neither side is free, never letting a box cross a leader line', () => {
		const placed = placeLabels([box('a', 100), box('b', 150), box('c', 180)], { ...opts, left: 100 });
		expect(placed.map((p) => [p.offset, p.align])).toEqual([
			[40, 'start'],
			[20, 'start'],
			[0, 'start']
		]);
	});

	it('shifts a label left where it would run past the right edge, keeping its mark x for the leader', () => {
		const [p] = placeLabels([box('late', 950)], opts);
		expect([p.x, p.left, p.offset]).toEqual([950, 900, 0]);
	});

	it('keeps labels on the lane when each fits on one side of its mark', () => {
		const placed = placeLabels([box('a', 100), box('b', 300), box('c', 320)], opts);
		expect(placed.map((p) => [p.offset, p.align])).toEqual([
			[0, 'start'],
			[0, 'end'],
			[0, 'start']
		]);
	});

	it('does not put a box over the mark of a label still to be placed, so that label keeps a clear leader', () => {
		const placed = placeLabels([box('a', 100), box('b', 150), box('c', 200)], opts);
		expect(placed.map((p) => [p.id, p.offset, p.align])).toEqual([
			['a', 0, 'end'],
			['b', 20, 'start'],
			['c', 0, 'start']
		]);
	});

	it('pads boxes by the gap', () => {
		const placed = placeLabels([box('a', 100), box('b', 203)], { left: 100, right: 1000, gap: 6 });
		expect(placed.map((p) => p.offset)).toEqual([26, 0]);
	});
});

describe('liftLabels()', () => {
	it('lifts a label that would overlap an earlier one just above it', () => {
		const ys = liftLabels(
			[
				{ id: '24', x: 100, y: 80, width: 20, height: 14 },
				{ id: '35', x: 103, y: 72, width: 20, height: 14 },
				{ id: 'far', x: 300, y: 72, width: 20, height: 14 }
			],
			2
		);
		expect(ys).toEqual([80, 64, 72]);
	});
});

describe('trackLayout()', () => {
	const lines = [{ text: 'A key event', size: 16, strong: true }];
	const item = (id: string, track: 'official' | 'civil', x: number, labelled = false) => ({
		id,
		track,
		x0: x,
		x1: x,
		lines: labelled ? lines : undefined
	});

	it('puts the official lane above the civil lane and the axis below both', () => {
		const l = trackLayout([item('o', 'official', 100), item('c', 'civil', 100)], {
			labelLeft: 0,
			right: 500,
			r: 8
		});
		expect(l.lanes.map((lane) => lane.track)).toEqual(['official', 'civil']);
		expect(l.lanes[0].top + l.lanes[0].height).toBeLessThan(l.lanes[1].top);
		expect(l.axisY).toBeGreaterThan(l.lanes[1].top + l.lanes[1].height);
		expect(l.cy.o).toBe(l.lanes[0].center);
	});

	it('labels official events above their lane and civil events below, leaders reaching the blocks', () => {
		const l = trackLayout([item('o', 'official', 100, true), item('c', 'civil', 100, true)], {
			labelLeft: 0,
			right: 500,
			r: 8
		});
		const [o, c] = l.labels;
		expect(o.top + linesBox(lines).height).toBeLessThanOrEqual(l.lanes[0].top);
		expect(o.leader).toEqual([l.cy.o - 9, o.top + linesBox(lines).height]);
		expect(c.top).toBeGreaterThanOrEqual(l.lanes[1].top + l.lanes[1].height);
		expect(c.leader).toEqual([l.cy.c + 9, c.top]);
	});

	it('stacks marks close in time away from the labels: down in the official lane', () => {
		const l = trackLayout([item('a', 'official', 100), item('b', 'official', 103)], {
			labelLeft: 0,
			right: 500,
			r: 8
		});
		expect(l.cy.b).toBeGreaterThan(l.cy.a);
		expect(l.lanes[0].height).toBeGreaterThan(
			trackLayout([item('a', 'official', 100)], { labelLeft: 0, right: 500, r: 8 }).lanes[0].height
		);
	});
});

describe('groupedBarX()', () => {
	it('puts official left of civil inside the quarter, with padding', () => {
		const [o0, o1] = groupedBarX(0, 100, 'official');
		const [c0, c1] = groupedBarX(0, 100, 'civil');
		expect(o0).toBeGreaterThan(0);
		expect(o1).toBeLessThan(c0);
		expect(c1).toBeLessThan(100);
		expect(o1 - o0).toBeCloseTo(c1 - c0);
	});
});

describe('eventLabelLines()', () => {
	const event = {
		id: 'pillsbury-peking-university',
		date: '2023-10-23',
		end: undefined,
		title: "Pillsbury speech at Peking University (the '5 of 50' claim)",
		title_zh: undefined,
		date_label: undefined,
		kind: undefined,
		direction: undefined,
		channel_id: undefined,
		announced: false,
		track: 'civil',
		actors: 'Michael Pillsbury',
		actor_type: 'experts',
		key: false,
		source_id: 'hong-2023',
		confidence: 'claimed',
		article_version: undefined,
		note: undefined
	} as const;

	it('wraps the title, adds the date and, for a claim, who claims it', () => {
		expect(eventLabelLines(event, 30, 'Liye Hong').map((l) => l.text)).toEqual([
			'Pillsbury speech at Peking',
			"University (the '5 of 50'",
			'claim)',
			'23 Oct 2023',
			'claimed, via Liye Hong'
		]);
	});

	it('gives a verified multi-day event its date range and no attribution', () => {
		const lines = eventLabelLines(
			{ ...event, confidence: 'verified', date: '2023-06-18', end: '2023-06-19' },
			80,
			'X'
		);
		expect(lines.map((l) => l.text)).toEqual([event.title, '18-19 Jun 2023']);
	});
});
