// Modules made by the Vite plugins in src/lib/fonts/vite-plugin.ts.

/** The Chinese font slices the site's own text needs (self-hosted). */
declare module 'virtual:cjk-font.css';

/** Every font slice an export may embed, with its built URL. */
declare module 'virtual:font-slices' {
	const slices: { family: string; weight: number; ranges: [number, number][]; url: string }[];
	export default slices;
}
