import { shippedData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = shippedData();
	const claim = data.claims.find((c) => c.id === 'delegations-1979-rise');
	if (!claim) throw new Error('data/claims.csv has no row with id delegations-1979-rise');
	return { claim, trips: data.trips, sources: data.sources };
};
