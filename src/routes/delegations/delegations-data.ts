/**
 * What /delegations draws, picked from a data bundle: the shipped one at build time, or the shipped data
 * with the user's imports applied in the browser.
 */
import type { DataBundle } from '$lib/data/load';

export const DELEGATIONS_CLAIM_ID = 'delegations-1979-rise';

/** delegationsView() keeps the claimed rise, the 1978 trips and the sources they cite. */
export function delegationsView(data: DataBundle) {
	const claim = data.claims.find((c) => c.id === DELEGATIONS_CLAIM_ID);
	const used = new Set([...data.trips, ...(claim ? [claim] : [])].map((r) => r.source_id));
	return { claim, trips: data.trips, sources: data.sources.filter((s) => used.has(s.id)) };
}
