/** Embeds, as data: URLs, the font slices an exported SVG needs, fetched from the site itself. */
import slices from 'virtual:font-slices';
import { fontFaceCss, slicesFor } from '$lib/fonts/font-slices';

const cache = new Map<string, Promise<string>>();

function base64Of(url: string): Promise<string> {
	let p = cache.get(url);
	if (!p) {
		p = fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`could not load the font ${url} (${r.status})`);
				return r.blob();
			})
			.then(
				(blob) =>
					new Promise<string>((resolve, reject) => {
						const reader = new FileReader();
						reader.onload = () => resolve(String(reader.result).split(',')[1]);
						reader.onerror = () => reject(reader.error);
						reader.readAsDataURL(blob);
					})
			);
		cache.set(url, p);
	}
	return p;
}

/** @font-face rules for every slice that covers a character of `text`. */
export async function embeddedFontCss(text: string): Promise<string> {
	const needed = slicesFor(text, slices);
	const faces = await Promise.all(needed.map(async (s) => fontFaceCss(s, await base64Of(s.url))));
	return faces.join('');
}
