import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n';
import { claimAttribution, claimFraction, claimUnits } from './claim-units';

describe('claimUnits()', () => {
	it('draws the total as units, the first `value` of them remaining', () => {
		const units = claimUnits({ value: 5, total: 50 });
		expect(units).toHaveLength(50);
		expect(units.filter((u) => u.remaining).map((u) => u.index)).toEqual([0, 1, 2, 3, 4]);
	});

	it.each([
		[0, { column: 0, row: 0 }],
		[9, { column: 9, row: 0 }],
		[10, { column: 0, row: 1 }],
		[49, { column: 9, row: 4 }]
	])('places unit %i on a 10-column grid at %o', (index, at) => {
		expect(claimUnits({ value: 5, total: 50 })[index]).toMatchObject(at);
	});

	it('returns no units when the claim names no total', () => {
		expect(claimUnits({ value: 30, total: undefined })).toEqual([]);
	});

	it('takes the number of columns', () => {
		expect(claimUnits({ value: 1, total: 6 }, 3).at(-1)).toMatchObject({ column: 2, row: 1 });
	});
});

describe('claimFraction()', () => {
	it.each([
		[{ value: 5, total: 50 }, '5 of 50'],
		[{ value: 30, total: undefined }, '30']
	])('%o reads as %s', (claim, label) => {
		expect(claimFraction(claim)).toBe(label);
	});
});

describe('claimAttribution()', () => {
	it.each([
		[
			{ speaker: 'Michael Pillsbury', venue: 'Speech at Peking University', said_on: '2023-10-23' },
			'Liye Hong, E-International Relations, Nov 2023',
			'Claimed by Michael Pillsbury (speech at Peking University, 23 Oct 2023), as reported by Liye Hong, E-International Relations, Nov 2023.'
		],
		[
			{ speaker: 'Liye Hong', venue: undefined, said_on: '2023-11' },
			undefined,
			'Claimed by Liye Hong (Nov 2023).'
		]
	])('names speaker, venue, date and source for %o', (claim, via, text) => {
		expect(claimAttribution(claim, via)).toBe(text);
	});
});

describe('claimFraction() and claimAttribution() in Chinese', () => {
	it('reads "5 of 50" as 50个中的5个, and a bare value as itself', () => {
		expect(inLocale('zh-CN', () => claimFraction({ value: 5, total: 50 }))).toBe('50个中的5个');
		expect(inLocale('zh-CN', () => claimFraction({ value: 30, total: undefined }))).toBe('30');
	});

	it('names speaker, venue (as the data spells it), date and source', () => {
		expect(
			inLocale('zh-CN', () =>
				claimAttribution(
					{ speaker: 'Michael Pillsbury', venue: 'Speech at Peking University', said_on: '2023-10-23' },
					'Liye Hong, E-International Relations, Nov 2023'
				)
			)
		).toBe(
			'Michael Pillsbury的说法（Speech at Peking University，2023年10月23日），据Liye Hong, E-International Relations, Nov 2023报道。'
		);
		expect(
			inLocale('zh-CN', () =>
				claimAttribution({ speaker: 'Liye Hong', venue: undefined, said_on: '2023-11' })
			)
		).toBe('Liye Hong的说法（2023年11月）。');
	});
});
