import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS } from '$lib/data/fields';
import { inLocale } from '$lib/i18n';
import { confidenceLabel, confidenceMeaning } from './palette';

describe('confidenceLabel() and confidenceMeaning()', () => {
	it('name every level in English', () => {
		expect(CONFIDENCE_LEVELS.map((l) => confidenceLabel(l))).toEqual(
			CONFIDENCE_LEVELS.map((l) => l.charAt(0).toUpperCase() + l.slice(1))
		);
		expect(confidenceMeaning('claimed')).toBe('asserted by someone, not confirmed');
	});

	it('name and explain every level in Chinese, read when called', () => {
		const zh = inLocale('zh-CN', () =>
			Object.fromEntries(CONFIDENCE_LEVELS.map((l) => [l, [confidenceLabel(l), confidenceMeaning(l)]]))
		);
		expect(zh).toEqual({
			verified: ['已核实', '见于公开发表的来源'],
			reported: ['有报道', '多方报道，或仅有单一、较弱的来源'],
			estimate: ['估计', '本站估计，方法见注释'],
			claimed: ['声称', '有人声称，未经证实']
		});
		// The page's language again once the Chinese drawing is done.
		expect(confidenceLabel('verified')).toBe('Verified');
	});
});
