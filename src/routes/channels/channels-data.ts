/**
 * What /channels draws, picked from a data bundle: the shipped one at build time, or the shipped data with
 * the user's imports applied in the browser. One function for both, so the view cannot differ between them.
 */
import type { DataBundle } from '$lib/data/load';
import { keyEvents } from '$lib/explore/event-layer';

/** The claim drawn as units, and the events drawn as rules on the lanes. */
export const CHANNELS_CLAIM_ID = 'five-of-fifty-channels';
const RULE_EVENT_IDS = ['eight-countermeasures', 'woodside-summit'];

/** channelsView() keeps the register, the claim, the rule events, the key events of the event layer and the sources they cite. */
export function channelsView(data: DataBundle) {
	const claim = data.claims.find((c) => c.id === CHANNELS_CLAIM_ID);
	const events = data.events.filter((e) => RULE_EVENT_IDS.includes(e.id));
	const keys = keyEvents(data.events);
	const cited = [...data.channels, ...data.channelPeriods, ...events, ...keys, ...(claim ? [claim] : [])];
	const used = new Set(cited.map((r) => r.source_id));
	return {
		channels: data.channels,
		channelPeriods: data.channelPeriods,
		claim,
		events,
		keyEvents: keys,
		sources: data.sources.filter((s) => used.has(s.id))
	};
}
