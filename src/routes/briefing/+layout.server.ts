import { render } from 'svelte/server';
import { captureFigures } from '$lib/figure/capture';
import { FIGURES } from '$lib/figures/registry';
import { getLocale, type Locale } from '$lib/i18n';
import { shippedData } from '$lib/server/data';
import type { LayoutServerLoad } from './$types';

const titles: Partial<Record<Locale, Record<string, string>>> = {};

/**
 * Each Figure's title in the page's language, read by rendering it once per language at build time (what
 * the deck editor calls its chart).
 */
function figureTitles(): Record<string, string> {
	const data = shippedData();
	return (titles[getLocale()] ??= Object.fromEntries(
		FIGURES.map((f) => {
			const [captured] = captureFigures(() => render(f.component, { props: f.props(data) }).body);
			return [f.id, captured?.meta.title ?? f.id];
		})
	));
}

/** Every briefing page draws any Figure of any view, so it gets all the shipped datasets (they are small). */
export const load: LayoutServerLoad = () => ({ shipped: shippedData(), figureTitles: figureTitles() });
