import { dataFor } from '$lib/figures/define';
import { engagementCounts, engagementPeople, engagementTracks } from '$lib/figures/engagement/figures';
import { shippedData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

/** The engagement log, the people-to-people series and the sources they cite; nothing else is sent. */
export const load: PageServerLoad = () =>
	dataFor([engagementTracks, engagementCounts, engagementPeople], shippedData());
