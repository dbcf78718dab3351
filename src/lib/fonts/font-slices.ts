/**
 * The font files an export may embed: Source Sans 3 (Latin, regular and semibold) and Noto Sans SC
 * (Simplified Chinese), as fontsource's unicode-range slices. An export embeds only the slices that cover
 * the characters it contains, so a file carries its fonts without weighing megabytes.
 */
import { parseFontFaces } from './cjk-font-css.ts';

export interface FontSlice {
	family: string;
	weight: number;
	/** The woff2 file name inside the package's files/ folder. */
	file: string;
	ranges: [number, number][];
}

/** The stylesheets the slices come from, by package. */
export const FONT_SOURCES = [
	{ pkg: '@fontsource/source-sans-3', css: '400.css', keep: /latin/ },
	{ pkg: '@fontsource/source-sans-3', css: '600.css', keep: /latin/ },
	{ pkg: '@fontsource/noto-sans-sc', css: '400.css', keep: /./ }
] as const;

/** Reads a fontsource stylesheet into its woff2 slices. */
export function slicesOf(css: string, keep: RegExp = /./): FontSlice[] {
	return parseFontFaces(css)
		.map((rule) => ({
			family: /font-family:\s*'([^']+)'/.exec(rule.css)?.[1] ?? '',
			weight: Number(/font-weight:\s*(\d+)/.exec(rule.css)?.[1] ?? 400),
			file: /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule.css)?.[1] ?? '',
			ranges: rule.ranges
		}))
		.filter((s) => s.file && keep.test(s.file));
}

/** The slices needed to draw `text`: for each family and weight, those whose ranges hold a character of it. */
export function slicesFor<T extends Pick<FontSlice, 'ranges'>>(text: string, slices: T[]): T[] {
	const points = new Set<number>();
	for (const ch of text) points.add(ch.codePointAt(0)!);
	return slices.filter((s) => [...points].some((p) => s.ranges.some(([a, b]) => p >= a && p <= b)));
}

/** An @font-face rule with the font inlined as a data: URL. */
export function fontFaceCss(slice: Pick<FontSlice, 'family' | 'weight' | 'ranges'>, base64: string): string {
	const range = slice.ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
	return (
		`@font-face{font-family:'${slice.family}';font-style:normal;font-weight:${slice.weight};` +
		`src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${range}}`
	);
}

const hex = (n: number) => n.toString(16).toUpperCase();
