/**
 * The register of named channels as status lanes over time, and how many lanes are in each status at
 * every moment. A lane covers the whole time domain drawn: before a channel was created it reads
 * "not yet created"; where our sources say nothing it reads "unknown", never a guessed status.
 */
import type { Confidence } from '$lib/data/fields';
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import { CHANNEL_GROUPS, type Channel, type ChannelGroup } from '$lib/data/schemas/channels';
import { m } from '$lib/i18n';
import { endOfPeriod, formatIsoDate, formatIsoRange, toDate } from './dates';

/** The span the channel charts draw: a year before the countermeasures to the end of our sources. */
export const CHANNELS_DOMAIN: [Date, Date] = [toDate('2021-07-01'), toDate('2025-01-01')];

export const LANE_STATUSES = ['active', 'suspended', 'unknown', 'not-yet-created'] as const;
export type LaneStatus = (typeof LANE_STATUSES)[number];

/** Each status in the page's language ("Active", "运行中"): call at render time. */
export const LANE_STATUS_LABEL: Record<LaneStatus, () => string> = {
	active: () => m.channels_status_active(),
	suspended: () => m.channels_status_suspended(),
	unknown: () => m.channels_status_unknown(),
	'not-yet-created': () => m.channels_status_not_yet_created()
};

/** A status as a short word inside a sentence or a count ("9 active", "暂停"). */
export const LANE_STATUS_WORD: Record<LaneStatus, () => string> = {
	active: () => m.channels_count_word_active(),
	suspended: () => m.channels_count_word_suspended(),
	unknown: () => m.channels_count_word_unknown(),
	'not-yet-created': () => m.channels_count_word_not_yet_created()
};

/** Each group of the register in the page's language: call at render time. */
export const GROUP_LABEL: Record<ChannelGroup, () => string> = {
	'dialogues-2017': () => m.channels_group_dialogues_2017(),
	'countermeasures-2022': () => m.channels_group_countermeasures_2022(),
	'opened-2023-24': () => m.channels_group_opened_2023_24()
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
		stretches.push({
			status: 'not-yet-created',
			start: -Infinity,
			end: cursor,
			to: channel.created,
			...fromChannel
		});
	}
	for (const p of own) {
		const start = Math.max(toDate(p.start).getTime(), cursor);
		if (start > cursor) {
			stretches.push({
				status: 'unknown',
				start: cursor,
				end: start,
				from: cursorIso,
				to: p.start,
				...fromChannel
			});
		}
		// A period that starts and ends on the same day (a single call or meeting) lasts that day, so it is drawn.
		const end = p.end
			? Math.max(toDate(p.end).getTime(), p.end === p.start ? endOfPeriod(p.end).getTime() : 0)
			: Infinity;
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
		channels
			.filter((c) => c.group === group)
			.map((channel) => ({ channel, segments: laneOf(channel, periods, d) }))
	);
}

/**
 * "16 Jul 2023 - 8 Jan 2024", "since 16 Jul 2023", "until 22 Sep 2023" (or in Chinese, "2023年7月16日起"):
 * the source's dates, not the clipped ones.
 */
export function segmentPeriod(s: Pick<LaneSegment, 'from' | 'to'>): string {
	if (s.from && s.to) return formatIsoRange(s.from, s.to);
	if (s.from) return m.channels_period_since({ date: formatIsoDate(s.from) });
	if (s.to) return m.channels_period_until({ date: formatIsoDate(s.to) });
	return m.channels_period_none();
}

/** The segment of a lane in force at `date` (segments are half-open: start <= date < end). */
export function segmentAt(lane: Lane, date: Date): LaneSegment | undefined {
	const t = date.getTime();
	return lane.segments.find((s) => s.start.getTime() <= t && t < s.end.getTime());
}

/** A lane counted in a step, with the segment that puts it there. */
export interface Member {
	lane: Lane;
	segment: LaneSegment;
}

/** How many lanes are in each status from `start` until the next change. */
export interface StatusCount {
	start: Date;
	end: Date;
	counts: Record<LaneStatus, number>;
	/** Of those, how many rest on a record that is not verified (reported or less sure). */
	reported: Record<LaneStatus, number>;
	/** The lanes in each status with the segment in force, for tooltips and sources. */
	members: Record<LaneStatus, Member[]>;
}

const zero = () => ({ active: 0, suspended: 0, unknown: 0, 'not-yet-created': 0 });

/** A step series: one step per stretch between change points of any lane. */
export function statusCountsOverTime(lanes: Lane[]): StatusCount[] {
	const times = [
		...new Set(lanes.flatMap((l) => l.segments.flatMap((s) => [s.start.getTime(), s.end.getTime()])))
	];
	times.sort((a, b) => a - b);
	return times.slice(0, -1).map((t, i) => {
		const step: StatusCount = {
			start: new Date(t),
			end: new Date(times[i + 1]),
			counts: zero(),
			reported: zero(),
			members: { active: [], suspended: [], unknown: [], 'not-yet-created': [] }
		};
		for (const lane of lanes) {
			const segment = segmentAt(lane, step.start);
			if (!segment) continue;
			step.counts[segment.status] += 1;
			if (segment.confidence !== 'verified') step.reported[segment.status] += 1;
			step.members[segment.status].push({ lane, segment });
		}
		return step;
	});
}

/** The step in force at `date`, if any. */
export function countsAt(steps: StatusCount[], date: Date): StatusCount | undefined {
	const t = date.getTime();
	return steps.find((s) => s.start.getTime() <= t && t < s.end.getTime());
}

/** One box of the stacked step chart: the lanes of one status and one confidence during one step. */
export interface StackedStep {
	status: LaneStatus;
	/** Verified records, or reported (anything less sure), drawn lighter; unsplit statuses are 'verified'. */
	confidence: 'verified' | 'reported';
	start: Date;
	end: Date;
	y0: number;
	y1: number;
	members: Member[];
}

/**
 * Stacks each step's counts from zero in `order`; the statuses in `split` are split into verified under
 * reported (the others count as one verified-looking box whatever their records' confidence). Skips empty boxes.
 */
export function stackStatusCounts(
	steps: StatusCount[],
	order: LaneStatus[] = ['active', 'suspended', 'unknown'],
	split: LaneStatus[] = ['active']
): StackedStep[] {
	return steps.flatMap((step) => {
		let y = 0;
		return order.flatMap((status) =>
			(['verified', 'reported'] as const).flatMap((confidence) => {
				const members = !split.includes(status)
					? confidence === 'verified'
						? step.members[status]
						: []
					: step.members[status].filter(
							(m) => (m.segment.confidence === 'verified') === (confidence === 'verified')
						);
				const box = {
					status,
					confidence,
					start: step.start,
					end: step.end,
					y0: y,
					y1: y + members.length,
					members
				};
				y = box.y1;
				return members.length > 0 ? [box] : [];
			})
		);
	});
}

/** Where each group heading and lane row sits, top to bottom, in px. */
export interface LaneLayout {
	headings: { group: ChannelGroup; label: string; y: number }[];
	rows: { lane: Lane; y: number }[];
	/** The y just below the last row. */
	bottom: number;
}

/** Lays out lanes under their group headings: a heading row, then one row per lane. */
export function laneLayout(lanes: Lane[], top: number, rowHeight: number, headingHeight: number): LaneLayout {
	const layout: LaneLayout = { headings: [], rows: [], bottom: top };
	let y = top;
	for (const group of CHANNEL_GROUPS) {
		const inGroup = lanes.filter((l) => l.channel.group === group);
		if (inGroup.length === 0) continue;
		layout.headings.push({ group, label: GROUP_LABEL[group](), y });
		y += headingHeight;
		for (const lane of inGroup) {
			layout.rows.push({ lane, y });
			y += rowHeight;
		}
	}
	layout.bottom = y;
	return layout;
}
