/** What the /delegations Figure exports beside its picture. */
import type { Source } from '$lib/data/schemas/sources';
import type { Trip } from '$lib/data/schemas/trips-1978';
import { citeById } from '$lib/figure/sources';
import type { FigureExport } from '$lib/figure/types';
import type { IndexPoint } from '$lib/transforms/delegation-index';

export function delegationsExport(points: IndexPoint[], trips: Trip[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: [
			...points.map((p) => ({
				kind: 'index',
				year: p.year,
				value: p.value,
				meaning: p.kind === 'base' ? '1978 = 100 by definition' : `claimed ${p.kind.replace('claimed-', '')}`,
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
