import { describe, expect, it } from 'vitest';
import { deltaE, type Deficiency } from './colour-vision';
import { COLORS } from './palette';

const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia', 'achromatopsia'];

/** Pairs a reader must tell apart, with the smallest difference we accept (CIE76 delta E). */
const PAIRS: [string, string, string, number][] = [
	['official vs civil (the two tracks)', COLORS.official, COLORS.civil, 20],
	['official vs untyped/context grey', COLORS.official, COLORS.context, 10],
	['civil vs untyped/context grey', COLORS.civil, COLORS.context, 15],
	['active vs suspended (channel status)', COLORS.official, COLORS.officialTint, 20]
];

describe('the palette for colour-vision deficiencies and grey print', () => {
	it('checks what it claims: identical colours have no difference, black and white a large one', () => {
		expect(deltaE('#0072B2', '#0072B2', 'deuteranopia')).toBe(0);
		expect(deltaE('#000000', '#FFFFFF')).toBeGreaterThan(99);
		// Red and green, told apart normally, collapse for deuteranopia: the simulation does something.
		expect(deltaE('#D62728', '#2CA02C')).toBeGreaterThan(60);
		expect(deltaE('#D62728', '#2CA02C', 'deuteranopia')).toBeLessThan(25);
	});

	for (const [name, a, b, min] of PAIRS)
		it.each(DEFICIENCIES)(`keeps ${name} distinct with %s`, (deficiency) => {
			expect(deltaE(a, b, deficiency)).toBeGreaterThan(min);
		});
});
