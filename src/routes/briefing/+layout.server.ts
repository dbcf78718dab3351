import { render } from 'svelte/server';
import { captureFigures } from '$lib/figure/capture';
import { FIGURES } from '$lib/figures/registry';
import { shippedData } from '$lib/server/data';
import type { LayoutServerLoad } from './$types';

let titles: Record<string, string> | undefined;

/** Each Figure's title, read by rendering it once at build time (what the deck editor calls its chart). */
function figureTitles(): Record<string, string> {
	const data = shippedData();
	titles ??= Object.fromEntries(
		FIGURES.map((f) => {
			const [captured] = captureFigures(() => render(f.component, { props: f.props(data) }).body);
			return [f.id, captured?.meta.title ?? f.id];
		})
	);
	return titles;
}

/** Every briefing page draws any Figure of any view, so it gets all the shipped datasets (they are small). */
export const load: LayoutServerLoad = () => ({ shipped: shippedData(), figureTitles: figureTitles() });
