import { error } from '@sveltejs/kit';
import { shippedData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

/** The claim drawn as units, and the events drawn as rules on the lanes. */
const CLAIM_ID = 'five-of-fifty-channels';
const RULE_EVENT_IDS = ['eight-countermeasures', 'woodside-summit'];

export const load: PageServerLoad = () => {
	const data = shippedData();
	const claim = data.claims.find((c) => c.id === CLAIM_ID);
	if (!claim) error(500, `data/claims.csv has no claim with id ${CLAIM_ID}`);
	const events = data.events.filter((e) => RULE_EVENT_IDS.includes(e.id));
	const used = new Set([...data.channels, ...data.channelPeriods, claim, ...events].map((r) => r.source_id));
	return {
		channels: data.channels,
		channelPeriods: data.channelPeriods,
		claim,
		events,
		sources: data.sources.filter((s) => used.has(s.id))
	};
};
