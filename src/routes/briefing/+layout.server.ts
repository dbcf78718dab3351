import { FIGURES } from '$lib/figures/registry';
import { shippedData } from '$lib/server/data';
import type { LayoutServerLoad } from './$types';

/**
 * Every briefing page draws any Figure of any view, so it gets all the shipped datasets (they are small),
 * and each Figure's title in the page's language (what the deck editor calls its chart).
 */
export const load: LayoutServerLoad = () => {
	const shipped = shippedData();
	return { shipped, figureTitles: Object.fromEntries(FIGURES.map((f) => [f.id, f.title(shipped)])) };
};
