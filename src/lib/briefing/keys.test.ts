import { describe, expect, it } from 'vitest';
import { indexFromHash, presentKey } from './keys';

const at = (index: number, buffer = '') => ({ index, count: 5, buffer });

describe('presentKey()', () => {
	it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%j goes to the next slide', (key) =>
		expect(presentKey(key, at(1))).toEqual({ type: 'goto', index: 2 })
	);
	it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j goes to the previous slide', (key) =>
		expect(presentKey(key, at(1))).toEqual({ type: 'goto', index: 0 })
	);
	it('stays inside the deck', () => {
		expect(presentKey('ArrowRight', at(4))).toEqual({ type: 'goto', index: 4 });
		expect(presentKey('ArrowLeft', at(0))).toEqual({ type: 'goto', index: 0 });
	});
	it('Home and End go to the first and last slide', () => {
		expect(presentKey('Home', at(3))).toEqual({ type: 'goto', index: 0 });
		expect(presentKey('End', at(0))).toEqual({ type: 'goto', index: 4 });
	});
	it('a number then Enter jumps there (clamped)', () => {
		expect(presentKey('1', at(0))).toEqual({ type: 'digits', buffer: '1' });
		expect(presentKey('2', at(0, '1'))).toEqual({ type: 'digits', buffer: '12' });
		expect(presentKey('Enter', at(0, '3'))).toEqual({ type: 'goto', index: 2 });
		expect(presentKey('Enter', at(0, '12'))).toEqual({ type: 'goto', index: 4 });
	});
	it.each([
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['b', 'black'],
		['o', 'overview'],
		['s', 'presenter'],
		['Escape', 'leave'],
		['x', 'none']
	])('%j -> %s', (key, type) => expect(presentKey(key, at(0)).type).toBe(type));
});

describe('indexFromHash()', () => {
	it.each([
		['#3', 2],
		['#1', 0],
		['', 0],
		['#0', 0],
		['#99', 4],
		['#deck=abc', 0]
	])('%j -> %i', (hash, index) => expect(indexFromHash(hash, 5)).toBe(index));
});
