import { describe, expect, it } from 'vitest';
import { timeTicks } from './ticks';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('timeTicks()', () => {
	it('ticks each year over a long span on a wide chart', () => {
		const ticks = timeTicks([d('2021-07-01'), d('2025-01-01')], 900);
		expect(ticks.map((t) => t.label)).toEqual([
			'Jul 2021',
			'2022',
			'Jul',
			'2023',
			'Jul',
			'2024',
			'Jul',
			'2025'
		]);
	});

	it('thins to whole years when the chart is narrow', () => {
		const ticks = timeTicks([d('2021-07-01'), d('2025-01-01')], 300);
		expect(ticks.map((t) => t.label)).toEqual(['2022', '2023', '2024', '2025']);
	});

	it('labels months in a single year', () => {
		const ticks = timeTicks([d('1978-01-01'), d('1979-01-01')], 900);
		expect(ticks[0].label).toBe('1978');
		expect(ticks[1].label).toBe('Feb');
		expect(ticks).toHaveLength(13);
	});
});

describe('time ticks in Chinese', () => {
	it('names months 1月...12月 and gives the first tick its year', () => {
		const ticks = timeTicks([new Date(Date.UTC(2022, 7, 1)), new Date(Date.UTC(2023, 5, 1))], 900, 'zh-CN');
		expect(ticks[0].label).toBe('2022年8月');
		expect(ticks.map((t) => t.label)).toContain('2023');
		expect(ticks.slice(1).every((t) => /^(\d+月|\d{4})$/.test(t.label))).toBe(true);
	});
});
