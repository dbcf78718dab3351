/**
 * Export sizes. Each preset has a type scale: the chart is laid out again at (width / scale) logical px and
 * drawn `scale` times larger, so a 16 px label becomes 24 px on a 1920 x 1080 slide, readable at the back
 * of the room, and nothing is stretched.
 */
import { m } from '$lib/i18n';

export const PRESET_IDS = ['slide-16x9', 'slide-4x3', 'a4-landscape', 'square', 'as-shown'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
	id: PresetId;
	width: number;
	/** Fixed height, or null to fit the content (as shown). */
	height: number | null;
	/** How much larger type and marks are drawn than on screen. */
	typeScale: number;
}

/** A4 at 96 px per inch: 297 x 210 mm. */
const A4 = { width: 1123, height: 794 };

export const PRESETS: Record<Exclude<PresetId, 'as-shown'>, Preset> = {
	'slide-16x9': { id: 'slide-16x9', width: 1920, height: 1080, typeScale: 1.5 },
	'slide-4x3': { id: 'slide-4x3', width: 1600, height: 1200, typeScale: 1.3 },
	'a4-landscape': { id: 'a4-landscape', ...A4, typeScale: 0.9 },
	square: { id: 'square', width: 1080, height: 1080, typeScale: 1.05 }
};

/** The Figure at the width it has on screen, as tall as its content. */
export function asShown(width: number): Preset {
	return { id: 'as-shown', width: Math.round(width), height: null, typeScale: 1 };
}

const PRESET_LABEL: Record<PresetId, () => string> = {
	'slide-16x9': m.figure_preset_slide_16x9,
	'slide-4x3': m.figure_preset_slide_4x3,
	'a4-landscape': m.figure_preset_a4_landscape,
	square: m.figure_preset_square,
	'as-shown': m.figure_preset_as_shown
};

/** The menu label of a preset in the page's language ("Slide 16:9", "幻灯片 16:9"): the accessible names tests rely on. */
export function presetLabel(id: PresetId): string {
	return PRESET_LABEL[id]();
}

export function presetFor(id: PresetId, shownWidth = 1200): Preset {
	return id === 'as-shown' ? asShown(shownWidth) : PRESETS[id];
}

/** `<chart-id>-<preset>-<YYYY-MM-DD>.<ext>`, the file name every export uses. */
export function exportFileName(chartId: string, preset: PresetId, date: Date, ext: string): string {
	return `${chartId}-${preset}-${date.toISOString().slice(0, 10)}.${ext}`;
}

/** The picture box of a PowerPoint slide (12.33 x 4.75 in under the title): the chart with legend and key. */
export const SLIDE_PICTURE: Preset = {
	id: 'slide-16x9',
	width: 1920,
	height: Math.round((1920 * 4.75) / 12.333),
	typeScale: 1.5
};
