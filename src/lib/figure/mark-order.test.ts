import { describe, expect, it } from 'vitest';
import { markOrder, stepIndex } from './mark-order';

const box = (left: number, top: number, width = 10, height = 10) => ({ left, top, width, height });

describe('markOrder()', () => {
	it('walks marks left to right by their centres', () => {
		expect(markOrder([box(50, 0), box(10, 0), box(30, 0)])).toEqual([1, 2, 0]);
	});

	it('walks marks in one column (lanes, stacked bars) top to bottom', () => {
		expect(markOrder([box(10, 40), box(10, 0), box(11, 20)])).toEqual([1, 2, 0]);
	});

	it('uses the centre, so a wide bar starting early comes after a point at its middle', () => {
		expect(markOrder([box(0, 0, 100), box(30, 0)])).toEqual([1, 0]);
	});
});

describe('stepIndex()', () => {
	it.each([
		[0, 1, 5, 1],
		[4, 1, 5, 4],
		[0, -1, 5, 0],
		[2, -10, 5, 0],
		[2, 10, 5, 4]
	])('from %i by %i of %i is %i', (current, step, count, expected) => {
		expect(stepIndex(current, step, count)).toBe(expected);
	});
});
