/**
 * Picks, from the self-hosted Noto Sans SC stylesheet (fontsource, ~100 unicode-range slices), only the
 * @font-face rules whose ranges cover Chinese characters the site actually shows, and only their woff2
 * source. The browser then loads a few small slices instead of a 32 kB (gzipped) stylesheet on every page.
 */

export interface FontFaceRule {
	css: string;
	ranges: [number, number][];
}

/** Splits a fontsource stylesheet into its @font-face rules with their parsed unicode ranges. */
export function parseFontFaces(css: string): FontFaceRule[] {
	return [...css.matchAll(/@font-face\s*{[^}]*}/g)].map(([rule]) => {
		const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1] ?? '';
		const ranges = range
			.split(',')
			.map((r) => r.trim().replace(/^U\+/i, ''))
			.filter(Boolean)
			.map((r): [number, number] => {
				if (r.includes('?'))
					return [parseInt(r.replace(/\?/g, '0'), 16), parseInt(r.replace(/\?/g, 'f'), 16)];
				const [a, b = a] = r.split('-');
				return [parseInt(a, 16), parseInt(b, 16)];
			});
		return { css: rule, ranges };
	});
}

/** Code points of the CJK characters in `text` (ideographs, CJK punctuation, full-width forms). */
export function cjkCodePoints(text: string): Set<number> {
	const points = new Set<number>();
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		if ((cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x20000 && cp <= 0x2fa1f))
			points.add(cp);
	}
	return points;
}

/** The rules that cover any of `points`, with `woff` fallbacks dropped (every supported browser has woff2). */
export function selectFontFaces(rules: FontFaceRule[], points: Set<number>): string[] {
	return rules
		.filter((r) => [...points].some((p) => r.ranges.some(([a, b]) => p >= a && p <= b)))
		.map((r) => r.css.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''));
}
