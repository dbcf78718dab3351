/** What the channel filters keep of the register (apart from filter.ts, so the engagement view does not load the lanes). */
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import type { Channel } from '$lib/data/schemas/channels';
import { channelLanes } from '$lib/transforms/channel-timeline';
import { passes, type ViewState } from './view-state';

/**
 * filterChannels() keeps the channels of the chosen categories whose lane, within `domain`, has a stretch of
 * one of the chosen statuses. Status periods of a hidden confidence level are dropped, so the stretch they
 * covered reads as unknown: a hidden claim is not drawn as a fact.
 */
export function filterChannels(
	channels: Channel[],
	periods: ChannelPeriod[],
	state: ViewState,
	domain: [Date, Date]
): { channels: Channel[]; periods: ChannelPeriod[] } {
	const keptPeriods = periods.filter((p) => passes(state.confidence, p.confidence));
	let kept = channels.filter((c) => passes(state.category, c.category));
	if (state.status.length > 0) {
		const lanes = channelLanes(kept, keptPeriods, domain);
		const shown = new Set(
			lanes.filter((l) => l.segments.some((s) => state.status.includes(s.status))).map((l) => l.channel.id)
		);
		kept = kept.filter((c) => shown.has(c.id));
	}
	const ids = new Set(kept.map((c) => c.id));
	return { channels: kept, periods: keptPeriods.filter((p) => ids.has(p.channel_id)) };
}
