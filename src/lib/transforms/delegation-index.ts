/**
 * The op-ed's claim that Chinese delegations abroad rose by more than 30% in 1979, as an index with the
 * base year at 100. Nobody published the counts, so the index has exactly two points: the base, which
 * is 100 by definition, and the claimed lower bound.
 */
import type { Claim } from '$lib/data/schemas/claims';

export interface IndexPoint {
	year: number;
	/** Index value, base year = 100. */
	value: number;
	/** base: 100 by definition; claimed-lower-bound: "more than"; claimed-upper-bound: "fewer than"; claimed: as stated. */
	kind: 'base' | 'claimed-lower-bound' | 'claimed-upper-bound' | 'claimed';
	claim: Claim;
}

/** delegationIndex() turns a "+N% over the base period" claim into [base = 100, claimed value]. */
export function delegationIndex(claim: Claim): IndexPoint[] {
	const base = Number(claim.base_period);
	const year = Number(claim.claim_period);
	if (!Number.isInteger(base) || !Number.isInteger(year)) return [];
	const kind =
		claim.bound === 'lower'
			? 'claimed-lower-bound'
			: claim.bound === 'upper'
				? 'claimed-upper-bound'
				: 'claimed';
	return [
		{ year: base, value: 100, kind: 'base', claim },
		{ year, value: 100 + claim.value, kind, claim }
	];
}
