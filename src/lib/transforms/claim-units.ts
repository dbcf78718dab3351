/**
 * A "value of total" claim ("5 of 50 channels remain") as a grid of units, and the words that say who
 * claimed it, where and via whom. The units stand for the claim, not for named or counted things.
 */
import type { Claim } from '$lib/data/schemas/claims';
import { isChinese, m } from '$lib/i18n';
import { formatIsoDate } from './dates';

export interface ClaimUnit {
	index: number;
	/** Grid position, row by row from the top left. */
	column: number;
	row: number;
	/** Among the claimed value ("remaining"), or the rest of the total. */
	remaining: boolean;
}

/** `claim.total` units, `columns` to a row, the first `claim.value` remaining; [] when there is no total. */
export function claimUnits(claim: Pick<Claim, 'value' | 'total'>, columns = 10): ClaimUnit[] {
	const total = claim.total ?? 0;
	return Array.from({ length: total }, (_, index) => ({
		index,
		column: index % columns,
		row: Math.floor(index / columns),
		remaining: index < claim.value
	}));
}

/** "5 of 50" ("50个中的5个"), or the bare value when the claim names no total. */
export function claimFraction(claim: Pick<Claim, 'value' | 'total'>): string {
	return claim.total === undefined
		? String(claim.value)
		: m.channels_claim_fraction({ value: claim.value, total: claim.total });
}

/**
 * "Claimed by Michael Pillsbury (speech at Peking University, 23 Oct 2023), as reported by Liye Hong,
 * E-International Relations, Nov 2023." `via` is the cited source, when the claim reached us through one.
 */
export function claimAttribution(claim: Pick<Claim, 'speaker' | 'venue' | 'said_on'>, via?: string): string {
	// Mid-sentence in English the venue starts lower case; Chinese keeps the data's own spelling.
	const venue =
		claim.venue && !isChinese() ? claim.venue.charAt(0).toLowerCase() + claim.venue.slice(1) : claim.venue;
	const where = [venue, formatIsoDate(claim.said_on)].filter(Boolean).join(m.figure_cite_separator());
	return m.channels_claim_attribution({
		speaker: claim.speaker,
		where,
		via: via ? m.channels_claim_via({ via }) : ''
	});
}
