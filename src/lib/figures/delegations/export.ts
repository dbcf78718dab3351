/** What the /delegations Figure exports beside its picture. */
import type { Source } from '$lib/data/schemas/sources';
import type { Trip } from '$lib/data/schemas/trips-1978';
import { citeById } from '$lib/figure/sources';
import type { FigureExport } from '$lib/figure/types';
import { m } from '$lib/i18n';
import type { IndexPoint } from '$lib/transforms/delegation-index';

/** What an index point means, in the page's language (the row keys stay English: they are the data's). */
const MEANING: Record<IndexPoint['kind'], () => string> = {
	base: m.delegations_export_base,
	'claimed-lower-bound': m.delegations_export_claimed_lower_bound,
	'claimed-upper-bound': m.delegations_export_claimed_upper_bound,
	claimed: m.delegations_export_claimed
};

export function delegationsExport(points: IndexPoint[], trips: Trip[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: [
			...points.map((p) => ({
				kind: 'index',
				year: p.year,
				value: p.value,
				meaning: MEANING[p.kind](),
				who: p.kind === 'base' ? '' : p.claim.speaker,
				source: cite(p.claim.source_id),
				confidence: p.claim.confidence
			})),
			...trips.map((t) => ({
				kind: 'trip',
				year: Number(t.start.slice(0, 4)),
				start: t.start,
				end: t.end,
				who: t.leader,
				where: t.destinations,
				meaning: t.detail,
				source: cite(t.source_id),
				confidence: t.confidence
			}))
		]
	};
}
