import { error } from '@sveltejs/kit';
import { FIGURES, isFigureId } from '$lib/figures/registry';
import { shippedData } from '$lib/server/data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => FIGURES.map((f) => ({ chart: f.id }));

/**
 * One Figure from the shipped data, for the page that shows it alone in someone else's iframe. The datasets
 * come along (they are small) so the view state in the embed's query can filter it in the browser.
 */
export const load: PageServerLoad = ({ params }) => {
	const id = params.chart;
	if (!isFigureId(id)) error(404, `No chart named ${id}`);
	return { id, shipped: shippedData() };
};
