/**
 * The register of named channels as status lanes over time, and how many lanes are in each status at
 * every moment. A lane covers the whole time domain drawn: before a channel was created it reads
 * "not yet created"; where our sources say nothing it reads "unknown", never a guessed status.
 */
import type { Confidence } from '$lib/data/fields';
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import { CHANNEL_GROUPS, type Channel, type ChannelGroup } from '$lib/data/schemas/channels';
import { formatIsoDate, formatIsoRange, toDate } from './dates';

export const LANE_STATUSES = ['active', 'suspended', 'unknown', 'not-yet-created'] as const;
export type LaneStatus = (typeof LANE_STATUSES)[number];

export const LANE_STATUS_LABEL: Record<LaneStatus, string> = {
	active: 'Active',
	suspended: 'Suspended or cancelled',
	unknown: 'Status unknown',
	'not-yet-created': 'Not yet created'
};

export const GROUP_LABEL: Record<ChannelGroup, string> = {
	'dialogues-2017': 'Comprehensive dialogues of 2017',
	'countermeasures-2022': 'Cancelled or suspended by China on 5 Aug 2022',
	'opened-2023-24': 'Opened in 2023-24'
};

/** One stretch of a lane in one status, clipped to the domain drawn. */
export interface LaneSegment {
	status: LaneStatus;
	start: Date;
	end: Date;
	/** The ISO dates the source gives for this stretch (not clipped); undefined where it is open. */
	from?: string;
	to?: string;
	source_id: string;
	confidence: Confidence;
	note?: string;
}

export interface Lane {
	channel: Channel;
	segments: LaneSegment[];
}

/** One status stretch before clipping: a period from the data, or a stretch the rules fill in. */
type Stretch = Omit<LaneSegment, 'start' | 'end'> & { start: number; end: number };

function laneOf(channel: Channel, periods: ChannelPeriod[], [d0, d1]: [number, number]): LaneSegment[] {
	const own = periods
		.filter((p) => p.channel_id === channel.id)
		.sort((a, b) => toDate(a.start).getTime() - toDate(b.start).getTime());
	const fromChannel = { source_id: channel.source_id, confidence: channel.confidence, note: channel.note };
	const stretches: Stretch[] = [];
	let cursor = -Infinity;
	let cursorIso: string | undefined;
	if (channel.created) {
		cursor = toDate(channel.created).getTime();
		cursorIso = channel.created;
		stretches.push({ status: 'not-yet-created', start: -Infinity, end: cursor, to: channel.created, ...fromChannel });
	}
	for (const p of own) {
		const start = Math.max(toDate(p.start).getTime(), cursor);
		if (start > cursor) {
			stretches.push({ status: 'unknown', start: cursor, end: start, from: cursorIso, to: p.start, ...fromChannel });
		}
		const end = p.end ? toDate(p.end).getTime() : Infinity;
		stretches.push({ ...p, start, end, from: p.start, to: p.end });
		if (end >= cursor) [cursor, cursorIso] = [end, p.end];
	}
	if (cursor < Infinity) {
		stretches.push({ status: 'unknown', start: cursor, end: Infinity, from: cursorIso, ...fromChannel });
	}
	return stretches
		.map((s) => ({ ...s, start: Math.max(s.start, d0), end: Math.min(s.end, d1) }))
		.filter((s) => s.end > s.start)
		.map((s) => ({ ...s, start: new Date(s.start), end: new Date(s.end) }));
}

/** One lane per channel, in register order within the groups of the register, each covering `domain`. */
export function channelLanes(channels: Channel[], periods: ChannelPeriod[], domain: [Date, Date]): Lane[] {
	const d: [number, number] = [domain[0].getTime(), domain[1].getTime()];
	return CHANNEL_GROUPS.flatMap((group) =>
		channels.filter((c) => c.group === group).map((channel) => ({ channel, segments: laneOf(channel, periods, d) }))
	);
}

/** "16 Jul 2023 - 8 Jan 2024", "since 16 Jul 2023", "until 22 Sep 2023": the source's dates, not the clipped ones. */
export function segmentPeriod(s: Pick<LaneSegment, 'from' | 'to'>): string {
	if (s.from && s.to) return formatIsoRange(s.from, s.to);
	if (s.from) return `since ${formatIsoDate(s.from)}`;
	if (s.to) return `until ${formatIsoDate(s.to)}`;
	return 'no dates in our sources';
}

/** The segment of a lane in force at `date` (segments are half-open: start <= date < end). */
export function segmentAt(lane: Lane, date: Date): LaneSegment | undefined {
	const t = date.getTime();
	return lane.segments.find((s) => s.start.getTime() <= t && t < s.end.getTime());
}

/** How many lanes are in each status from `start` until the next change. */
export interface StatusCount {
	start: Date;
	end: Date;
	counts: Record<LaneStatus, number>;
	/** Of those, how many rest on a record that is not verified (reported or less sure). */
	reported: Record<LaneStatus, number>;
	/** The lanes in each status, for tooltips and the table. */
	lanes: Record<LaneStatus, Lane[]>;
}

const zero = () => ({ active: 0, suspended: 0, unknown: 0, 'not-yet-created': 0 });

/** A step series: one step per stretch between change points of any lane. */
export function statusCountsOverTime(lanes: Lane[]): StatusCount[] {
	const times = [...new Set(lanes.flatMap((l) => l.segments.flatMap((s) => [s.start.getTime(), s.end.getTime()])))];
	times.sort((a, b) => a - b);
	return times.slice(0, -1).map((t, i) => {
		const step: StatusCount = {
			start: new Date(t),
			end: new Date(times[i + 1]),
			counts: zero(),
			reported: zero(),
			lanes: { active: [], suspended: [], unknown: [], 'not-yet-created': [] }
		};
		for (const lane of lanes) {
			const s = segmentAt(lane, step.start);
			if (!s) continue;
			step.counts[s.status] += 1;
			if (s.confidence !== 'verified') step.reported[s.status] += 1;
			step.lanes[s.status].push(lane);
		}
		return step;
	});
}

/** The step in force at `date`, if any. */
export function countsAt(steps: StatusCount[], date: Date): StatusCount | undefined {
	const t = date.getTime();
	return steps.find((s) => s.start.getTime() <= t && t < s.end.getTime());
}
