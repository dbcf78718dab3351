import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { formatNumber, getLocale, inEachLocale, inLocale, localEnglish, localHref, localName } from './index';

describe('i18n helpers', () => {
	it('draws in another language and then restores the page language', () => {
		expect(getLocale()).toBe('en');
		expect(inLocale('zh-CN', () => m.app_nav_channels())).toBe('沟通渠道');
		expect(m.app_nav_channels()).toBe('Channels');
		expect(getLocale()).toBe('en');
	});

	it('restores the language even when drawing throws', () => {
		expect(() =>
			inLocale('zh-CN', () => {
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(getLocale()).toBe('en');
	});

	it('gives each language its own drawing', () => {
		expect(inEachLocale(() => m.app_nav_briefing())).toEqual({ en: 'Briefing', 'zh-CN': '简报' });
	});

	it('falls back to the English name when no Chinese name is recorded', () => {
		expect(localName('Comprehensive Economic Dialogue', '中美全面经济对话', 'zh-CN')).toBe(
			'中美全面经济对话'
		);
		expect(localName('Military Maritime Consultative Agreement talks', undefined, 'zh-CN')).toBe(
			'Military Maritime Consultative Agreement talks'
		);
		expect(localName('Comprehensive Economic Dialogue', '中美全面经济对话', 'en')).toBe(
			'Comprehensive Economic Dialogue'
		);
	});

	it('marks English text as English on Chinese pages only', () => {
		expect(localEnglish(true, 'zh-CN')).toBe('en');
		expect(localEnglish(false, 'zh-CN')).toBeUndefined();
		expect(localEnglish(true, 'en')).toBeUndefined();
	});

	it('puts Chinese pages under /zh-CN and English ones at bare paths, without a trailing slash', () => {
		expect(localHref('/channels', 'zh-CN')).toBe('/zh-CN/channels');
		expect(localHref('/', 'zh-CN')).toBe('/zh-CN');
		expect(localHref('/channels', 'en')).toBe('/channels');
	});

	it('groups thousands in both languages', () => {
		expect(formatNumber(363341, 'en')).toBe('363,341');
		expect(formatNumber(363341, 'zh-CN')).toBe('363,341');
	});
});
