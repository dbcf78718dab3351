/** The Figure of /delegations, as the registry wires it (see ../registry.ts). */
import { m } from '$lib/i18n';
import { requireClaim } from '../claims';
import { defineFigure } from '../define';
import DelegationsFigure from './DelegationsFigure.svelte';

/** The claimed 1979 rise drawn as an index. */
export const DELEGATIONS_CLAIM_ID = 'delegations-1979-rise';

export const delegationsIndex = defineFigure({
	id: 'delegations-index',
	component: DelegationsFigure,
	uses: ['claims', 'trips', 'sources'],
	title: () => m.delegations_title(),
	props: (d) => ({ claim: requireClaim(d, DELEGATIONS_CLAIM_ID), trips: d.trips, sources: d.sources })
});
