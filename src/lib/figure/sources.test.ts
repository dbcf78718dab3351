import { describe, expect, it } from 'vitest';
import type { CitedSource } from '$lib/data/schemas/sources';
import { inLocale } from '$lib/i18n';
import { citeById, citeSource, sourceLine, sourcesLabel, sourcesOf } from './sources';

const src = (id: string, extra: Partial<CitedSource> = {}): CitedSource => ({
	id,
	title: `Title ${id}`,
	author: undefined,
	publisher: '',
	original: undefined,
	date: undefined,
	url: undefined,
	note: undefined,
	...extra
});

describe('sourcesOf()', () => {
	it('keeps only the sources of the drawn records, once each, in first-use order', () => {
		const sources = [src('a'), src('b'), src('c')];
		const records = [{ source_id: 'c' }, { source_id: 'a' }, { source_id: 'c' }];
		expect(sourcesOf(records, sources).map((s) => s.id)).toEqual(['c', 'a']);
	});
});

describe('citeSource()', () => {
	it.each([
		[src('x', { publisher: 'Xinhua', date: '2018-02-09' }), 'Xinhua, 9 Feb 2018'],
		[
			src('h', { author: 'Liye Hong', publisher: 'E-International Relations', date: '2023-11' }),
			'Liye Hong, E-International Relations, Nov 2023'
		],
		[src('n'), 'Title n']
	])('cites %o as %s', (s, text) => {
		expect(citeSource(s)).toBe(text);
	});

	it('joins several into one line', () => {
		expect(sourceLine([src('a'), src('b', { publisher: 'TIME', date: '1978-09-04' })])).toBe(
			'Title a; TIME, 4 Sep 1978'
		);
	});
});

describe('citeById()', () => {
	it('cites a known id and gives an unknown one back', () => {
		const cite = citeById([src('x', { publisher: 'Xinhua', date: '2018-02-09' })]);
		expect(cite('x')).toBe('Xinhua, 9 Feb 2018');
		expect(cite('nope')).toBe('nope');
	});
});

describe('in Chinese', () => {
	it('cites with full-width punctuation and Chinese dates, names and titles as published', () => {
		const line = inLocale('zh-CN', () =>
			sourceLine([
				src('h', { author: 'Liye Hong', publisher: 'E-International Relations', date: '2023-11' }),
				src('n')
			])
		);
		expect(line).toBe('Liye Hong，E-International Relations，2023年11月；Title n');
	});

	it('labels the line 来源 whatever the count; English keeps Source / Sources', () => {
		expect(inLocale('zh-CN', () => [sourcesLabel([src('a')]), sourcesLabel([src('a'), src('b')])])).toEqual([
			'来源：',
			'来源：'
		]);
		expect([sourcesLabel([]), sourcesLabel([src('a')]), sourcesLabel([src('a'), src('b')])]).toEqual([
			'Source: ',
			'Source: ',
			'Sources: '
		]);
	});
});
