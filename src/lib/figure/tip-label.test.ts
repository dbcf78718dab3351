import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n';
import { tipLabel } from './tooltip.svelte';

const tip = {
	title: 'Military Maritime Consultative Agreement',
	value: 'Active',
	date: '5 Aug 2022',
	source: 'Xinhua, 9 Feb 2018',
	confidence: 'verified' as const
};

describe('tipLabel()', () => {
	it('says what the tooltip shows, as the English marks always have', () => {
		expect(tipLabel(tip)).toBe(
			'Military Maritime Consultative Agreement; Active; 5 Aug 2022; verified; source: Xinhua, 9 Feb 2018'
		);
		expect(tipLabel({ ...tip, value: undefined, confidence: 'estimate' })).toBe(
			'Military Maritime Consultative Agreement; 5 Aug 2022; estimate; source: Xinhua, 9 Feb 2018'
		);
	});

	it('reads the confidence level and source in Chinese', () => {
		expect(inLocale('zh-CN', () => tipLabel({ ...tip, value: '运行中', confidence: 'claimed' }))).toBe(
			'Military Maritime Consultative Agreement；运行中；5 Aug 2022；声称；来源：Xinhua, 9 Feb 2018'
		);
	});
});
