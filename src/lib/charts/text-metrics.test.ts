import { describe, expect, it } from 'vitest';
import { charsIn, textWidth, wrapText } from './text-metrics';

describe('wrapText()', () => {
	it.each([
		['Xi meets Bill Gates', 30, ['Xi meets Bill Gates']],
		[
			'Xi replies to the US-China Youth and Student Exchange Association',
			30,
			['Xi replies to the US-China', 'Youth and Student Exchange', 'Association']
		],
		['Supercalifragilistic word', 10, ['Supercalifragilistic', 'word']],
		['', 10, []]
	])('wraps %j at %i characters', (text, max, lines) => {
		expect(wrapText(text, max)).toEqual(lines);
	});
});

describe('textWidth()', () => {
	it('grows with length and font size', () => {
		expect(textWidth('abcd', 16)).toBeGreaterThan(textWidth('abc', 16));
		expect(textWidth('abcd', 16)).toBeGreaterThan(textWidth('abcd', 14));
	});
});
describe('wrapText() with a line limit', () => {
	it('ends the last kept line in an ellipsis', () => {
		expect(wrapText('Military Maritime Consultative Agreement meetings', 20, 2)).toEqual([
			'Military Maritime',
			'Consultative…'
		]);
	});
});

describe('textWidth()', () => {
	it('grows with length and font size', () => {
		expect(textWidth('abcd', 16)).toBeGreaterThan(textWidth('abc', 16));
		expect(textWidth('abcd', 16)).toBeGreaterThan(textWidth('abcd', 14));
	});

	it('counts a Chinese character as a full em', () => {
		expect(textWidth('谷牧', 10)).toBe(20);
	});
});

describe('charsIn()', () => {
	it('is how many average characters fit, at least one', () => {
		expect(charsIn(96, 20)).toBe(10);
		expect(charsIn(1, 20)).toBe(1);
	});
});
