import { shippedData } from '$lib/server/data';
import { sourcesOf } from '$lib/figure/sources';
import type { PageServerLoad } from './$types';

/** The engagement log, the people-to-people series and the sources they cite; nothing else is sent. */
export const load: PageServerLoad = () => {
	const { events, people, sources } = shippedData();
	return { events, people, sources: sourcesOf([...events, ...people], sources) };
};
