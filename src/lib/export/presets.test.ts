import { describe, expect, it } from 'vitest';
import { exportFileName, PRESETS, presetFor } from './presets';

describe('presets', () => {
	it('has the sizes the briefing room needs', () => {
		expect([PRESETS['slide-16x9'].width, PRESETS['slide-16x9'].height]).toEqual([1920, 1080]);
		expect([PRESETS['slide-4x3'].width, PRESETS['slide-4x3'].height]).toEqual([1600, 1200]);
		expect([PRESETS.square.width, PRESETS.square.height]).toEqual([1080, 1080]);
		expect(PRESETS['a4-landscape'].width / PRESETS['a4-landscape'].height!).toBeCloseTo(297 / 210, 2);
	});

	it('sizes "as shown" to the on-screen width with the height left to the content', () => {
		expect(presetFor('as-shown', 1150.4)).toMatchObject({ width: 1150, height: null, typeScale: 1 });
	});

	it('names files <chart-id>-<preset>-<YYYY-MM-DD>.<ext>', () => {
		expect(exportFileName('channels-lanes', 'slide-16x9', new Date('2026-11-28T15:00:00Z'), 'png')).toBe(
			'channels-lanes-slide-16x9-2026-11-28.png'
		);
	});
});
