// Modules made by the Vite plugins in src/lib/fonts/vite-plugin.ts.

/** The Chinese font slices the site's own text needs (self-hosted). */
declare module 'virtual:cjk-font.css';

/** Every font slice an export may embed, with its built URL. */
declare module 'virtual:font-slices' {
	const slices: { family: string; weight: number; ranges: [number, number][]; url: string }[];
	export default slices;
}

/** URL of Noto Sans SC as TrueType, cut to the site's characters, for PowerPoint exports. */
declare module 'virtual:cjk-ttf' {
	const url: string;
	export default url;
}

/** subset-font ships no types: harfbuzz subsetting of a font buffer to the given text. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer | Uint8Array,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; keepFeatures?: string[] }
	): Promise<Buffer>;
}
