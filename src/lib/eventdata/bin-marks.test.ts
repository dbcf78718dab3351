import { describe, expect, it } from 'vitest';
import { binLabel, toneMarks, trackMarks } from './bin-marks.ts';
import type { BinUnit, EventBin } from './bins.ts';

const bin = (start: string, end: string, c: Partial<EventBin> = {}): EventBin => ({
	start: new Date(`${start}T00:00:00Z`),
	end: new Date(`${end}T00:00:00Z`),
	official: 0,
	civil: 0,
	untyped: 0,
	cooperative: 0,
	conflictual: 0,
	...c
});

describe('binLabel()', () => {
	it.each([
		['day', '2023-01-02', '2 Jan 2023'],
		['week', '2023-01-02', 'Week of 2 Jan 2023'],
		['month', '2023-01-01', 'Jan 2023']
	] as [BinUnit, string, string][])('%s %s -> %s', (unit, start, label) => {
		expect(binLabel(bin(start, start), unit)).toBe(label);
	});
});

describe('trackMarks()', () => {
	it.each([
		{
			name: 'stacks official, civil and untyped from 0',
			b: bin('2023-01-02', '2023-01-03', { official: 2, civil: 3, untyped: 1 }),
			stacks: [
				['official', 0, 2],
				['civil', 2, 5],
				['untyped', 5, 6]
			]
		},
		{
			name: 'leaves out zero counts, so empty tracks draw nothing at 0',
			b: bin('2023-01-02', '2023-01-03', { civil: 4 }),
			stacks: [['civil', 0, 4]]
		},
		{ name: 'an empty bin draws nothing', b: bin('2023-01-02', '2023-01-03'), stacks: [] }
	])('$name', ({ b, stacks }) => {
		expect(trackMarks([b], 'day', 'f.csv').map((m) => [m.series, m.from, m.to])).toEqual(stacks);
	});

	it('gives each bar the tooltip of a mark: value, bin, source and the imported confidence', () => {
		const [m] = trackMarks([bin('2023-01-02', '2023-01-09', { official: 1, civil: 2 })], 'week', 'f.csv');
		expect(m.tip).toEqual({
			title: 'Official',
			value: '1 of 3 events this week',
			date: 'Week of 2 Jan 2023',
			source: 'f.csv',
			confidence: 'reported',
			note: 'Machine-coded from news reports in the file you imported; not part of the curated log.'
		});
	});
});

describe('toneMarks()', () => {
	it('puts cooperative in the left half and conflictual in the right, both from 0', () => {
		const marks = toneMarks(
			[bin('2023-01-01', '2023-02-01', { official: 9, cooperative: 5, conflictual: 2 })],
			'month',
			'f'
		);
		expect(marks.map((m) => [m.series, m.from, m.to, m.part])).toEqual([
			['cooperative', 0, 5, [0, 0.5]],
			['conflictual', 0, 2, [0.5, 1]]
		]);
		expect(marks[1].tip.value).toBe('2 of 9 events this month (all tracks)');
	});

	it('leaves out zero counts', () => {
		expect(
			toneMarks([bin('2023-01-01', '2023-02-01', { civil: 1, conflictual: 1 })], 'month', 'f')
		).toHaveLength(1);
	});
});
