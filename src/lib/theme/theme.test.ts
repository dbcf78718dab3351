import { describe, expect, it } from 'vitest';
import { nextTheme, readTheme, saveTheme } from './theme';

const memory = () => {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k),
		map
	};
};

describe('theme choice', () => {
	it('is "system" until the reader chooses, and remembers light or dark', () => {
		const s = memory();
		expect(readTheme(s)).toBe('system');
		saveTheme(s, 'dark');
		expect(readTheme(s)).toBe('dark');
		saveTheme(s, 'system');
		expect(s.map.size).toBe(0);
	});

	it('reads an unknown stored value, or storage that throws, as "system"', () => {
		const s = memory();
		s.setItem('us-china-channels:theme', 'purple');
		expect(readTheme(s)).toBe('system');
		expect(
			readTheme({
				getItem: () => {
					throw new Error('denied');
				}
			})
		).toBe('system');
	});

	it('cycles system, light, dark', () => {
		expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'system']);
	});
});
