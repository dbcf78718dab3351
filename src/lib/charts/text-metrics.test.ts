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

describe('wrapText in Chinese', () => {
	it('breaks between Chinese characters, counting each as wide as two Latin ones', () => {
		const lines = wrapText('中美全面经济对话于二零一七年举行', 9);
		expect(lines).toEqual(['中美全面', '经济对话', '于二零一', '七年举行']);
	});

	it('never starts a line with a comma or full stop', () => {
		const lines = wrapText('五十个渠道，只剩五个。', 9);
		expect(lines.every((l) => !/^[，。]/.test(l))).toBe(true);
		expect(lines.join('')).toBe('五十个渠道，只剩五个。');
	});

	it('never ends a line with an opening bracket or quote', () => {
		const lines = wrapText('白邦瑞的说法（北京大学演讲）', 11);
		expect(lines.every((l) => !/[（“]$/.test(l))).toBe(true);
		expect(lines.join('')).toBe('白邦瑞的说法（北京大学演讲）');
	});

	it('keeps the spaces of mixed Latin and Chinese text', () => {
		expect(wrapText('共 5 个渠道', 40)).toEqual(['共 5 个渠道']);
	});
});
