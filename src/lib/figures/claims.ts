import type { Claim } from '$lib/data/schemas/claims';
import type { DataBundle } from '$lib/data/load';

/** The claim with `id`, or undefined (an import may have replaced the claims without it). */
export const claimById = (data: Pick<DataBundle, 'claims'>, id: string): Claim | undefined =>
	data.claims.find((c) => c.id === id);

/** The claim with `id` a Figure draws; a bundle without it cannot draw that Figure. */
export function requireClaim(data: Pick<DataBundle, 'claims'>, id: string): Claim {
	const c = claimById(data, id);
	if (!c) throw new Error(`data/claims.csv has no claim with id ${id}`);
	return c;
}
