import { describe, expect, it } from 'vitest';
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import { CHANNEL_GROUPS, type Channel } from '$lib/data/schemas/channels';
import { inLocale } from '$lib/i18n';
import { shippedData } from '$lib/server/data';
import {
	channelLanes,
	GROUP_LABEL,
	LANE_STATUS_LABEL,
	LANE_STATUSES,
	countsAt,
	segmentAt,
	laneLayout,
	segmentPeriod,
	stackStatusCounts,
	statusCountsOverTime,
	type LaneStatus
} from './channel-timeline';
import { toDate } from './dates';

const channel = (id: string, over: Partial<Channel> = {}): Channel => ({
	id,
	name: id,
	name_zh: undefined,
	group: 'countermeasures-2022',
	category: 'military',
	countermeasure: undefined,
	created: undefined,
	source_id: 'register',
	confidence: 'verified',
	note: undefined,
	...over
});

const period = (
	channel_id: string,
	status: ChannelPeriod['status'],
	start: string,
	end?: string
): ChannelPeriod => ({
	channel_id,
	status,
	start,
	end,
	source_id: `src-${start}`,
	confidence: 'verified',
	note: undefined
});

const DOMAIN: [Date, Date] = [toDate('2022-01-01'), toDate('2025-01-01')];

/** A lane as "status from..to" strings, easy to read in a table. */
const shape = (channels: Channel[], periods: ChannelPeriod[]) =>
	channelLanes(channels, periods, DOMAIN)[0].segments.map(
		(s) => `${s.status} ${s.start.toISOString().slice(0, 10)}..${s.end.toISOString().slice(0, 10)}`
	);

describe('channelLanes()', () => {
	it.each([
		{
			rule: 'fills the time before the first period with unknown',
			channels: [channel('a')],
			periods: [period('a', 'suspended', '2022-08-05', '2024-01-08'), period('a', 'active', '2024-01-08')],
			lane: [
				'unknown 2022-01-01..2022-08-05',
				'suspended 2022-08-05..2024-01-08',
				'active 2024-01-08..2025-01-01'
			]
		},
		{
			rule: 'reads the time before `created` as not yet created',
			channels: [channel('a', { created: '2023-09-22' })],
			periods: [period('a', 'active', '2023-09-22')],
			lane: ['not-yet-created 2022-01-01..2023-09-22', 'active 2023-09-22..2025-01-01']
		},
		{
			rule: 'fills a gap between creation and the first period with unknown',
			channels: [channel('a', { created: '2023-11-15' })],
			periods: [period('a', 'active', '2024-05-14')],
			lane: [
				'not-yet-created 2022-01-01..2023-11-15',
				'unknown 2023-11-15..2024-05-14',
				'active 2024-05-14..2025-01-01'
			]
		},
		{
			rule: 'fills the time after a closed last period with unknown',
			channels: [channel('a')],
			periods: [period('a', 'active', '2021-12', '2022-08-05')],
			lane: ['active 2022-01-01..2022-08-05', 'unknown 2022-08-05..2025-01-01']
		},
		{
			rule: 'clips periods to the domain and drops those outside it',
			channels: [channel('a', { created: '2017-04' })],
			periods: [period('a', 'active', '2017-04', '2017-10-04'), period('a', 'unknown', '2017-10-04')],
			lane: ['unknown 2022-01-01..2025-01-01']
		},
		{
			rule: 'reads a channel with no periods as unknown throughout',
			channels: [channel('a')],
			periods: [period('b', 'active', '2022-01-01')],
			lane: ['unknown 2022-01-01..2025-01-01']
		},
		{
			rule: 'lets an overlapping later period start where the earlier one ends',
			channels: [channel('a')],
			periods: [period('a', 'suspended', '2022-01-01', '2023-01-01'), period('a', 'active', '2022-06-01')],
			lane: ['suspended 2022-01-01..2023-01-01', 'active 2023-01-01..2025-01-01']
		}
	])('$rule', ({ channels, periods, lane }) => {
		expect(shape(channels, periods)).toEqual(lane);
	});

	it('orders lanes by group, keeping register order within a group', () => {
		const lanes = channelLanes(
			[
				channel('new', { group: 'opened-2023-24' }),
				channel('cut', { group: 'countermeasures-2022' }),
				channel('old', { group: 'dialogues-2017' }),
				channel('cut2', { group: 'countermeasures-2022' })
			],
			[],
			DOMAIN
		);
		expect(lanes.map((l) => l.channel.id)).toEqual(['old', 'cut', 'cut2', 'new']);
	});

	it('keeps the source dates of a clipped period and the channel record as the source of a filled gap', () => {
		const [lane] = channelLanes([channel('a')], [period('a', 'active', '2021-09', '2022-08-05')], DOMAIN);
		expect(lane.segments[0]).toMatchObject({ from: '2021-09', to: '2022-08-05', source_id: 'src-2021-09' });
		expect(lane.segments[1]).toMatchObject({ status: 'unknown', from: '2022-08-05', source_id: 'register' });
		expect(lane.segments[1].to).toBeUndefined();
	});
});

describe('segmentPeriod()', () => {
	it.each([
		[{ from: '2022-08-05', to: '2024-01-08' }, '5 Aug 2022 - 8 Jan 2024'],
		[{ from: '2023-07-16', to: undefined }, 'since 16 Jul 2023'],
		[{ from: undefined, to: '2023-09-22' }, 'until 22 Sep 2023'],
		[{ from: undefined, to: undefined }, 'no dates in our sources']
	])('%o reads as %s', (s, label) => {
		expect(segmentPeriod(s)).toBe(label);
	});
});

describe('segmentPeriod() in Chinese', () => {
	it.each([
		[{ from: '2022-08-05', to: '2024-01-08' }, '2022年8月5日'],
		[{ from: '2023-07-16', to: undefined }, '2023年7月16日起'],
		[{ from: undefined, to: '2023-09-22' }, '至2023年9月22日'],
		[{ from: undefined, to: undefined }, '来源中无日期']
	])('%o reads as %s', (s, label) => {
		expect(inLocale('zh-CN', () => segmentPeriod(s))).toContain(label);
	});
});

describe('LANE_STATUS_LABEL and GROUP_LABEL', () => {
	it('name every status in both languages', () => {
		expect(inLocale('en', () => LANE_STATUSES.map((s) => LANE_STATUS_LABEL[s]()))).toEqual([
			'Active',
			'Suspended or cancelled',
			'Status unknown',
			'Not yet created'
		]);
		expect(inLocale('zh-CN', () => LANE_STATUSES.map((s) => LANE_STATUS_LABEL[s]()))).toEqual([
			'运行中',
			'暂停或取消',
			'状态不明',
			'尚未设立'
		]);
	});

	it('name every group in both languages', () => {
		expect(inLocale('en', () => CHANNEL_GROUPS.map((g) => GROUP_LABEL[g]()))).toEqual([
			'Comprehensive dialogues of 2017',
			'Cancelled or suspended by China on 5 Aug 2022',
			'Opened in 2023-24'
		]);
		const zh = inLocale('zh-CN', () => CHANNEL_GROUPS.map((g) => GROUP_LABEL[g]()));
		expect(zh).toEqual(['2017年商定的全面对话', '2022年8月5日被中方取消或暂停', '2023至2024年新开设']);
		for (const label of zh) expect(label).not.toMatch(/[A-Za-z]/);
	});

	it('are read when called, so laneLayout() headings follow the language', () => {
		const lanes = channelLanes([channel('a', { group: 'opened-2023-24' })], [], DOMAIN);
		expect(inLocale('zh-CN', () => laneLayout(lanes, 0, 40, 30).headings[0].label)).toBe(
			'2023至2024年新开设'
		);
		expect(inLocale('en', () => laneLayout(lanes, 0, 40, 30).headings[0].label)).toBe('Opened in 2023-24');
	});
});

describe('statusCountsOverTime()', () => {
	it('steps at every change point and counts each lane once', () => {
		const lanes = channelLanes(
			[channel('a'), channel('b', { created: '2023-01-01' })],
			[period('a', 'suspended', '2022-06-01', '2023-06-01'), period('a', 'active', '2023-06-01')],
			DOMAIN
		);
		const steps = statusCountsOverTime(lanes);
		const active = (iso: string) => countsAt(steps, toDate(iso))?.counts;
		expect(steps.map((s) => s.start.toISOString().slice(0, 10))).toEqual([
			'2022-01-01',
			'2022-06-01',
			'2023-01-01',
			'2023-06-01'
		]);
		expect(active('2022-03-01')).toEqual({ active: 0, suspended: 0, unknown: 1, 'not-yet-created': 1 });
		expect(active('2023-03-01')).toEqual({ active: 0, suspended: 1, unknown: 1, 'not-yet-created': 0 });
		expect(active('2024-12-31')).toEqual({ active: 1, suspended: 0, unknown: 1, 'not-yet-created': 0 });
		expect(countsAt(steps, toDate('2025-01-01'))).toBeUndefined();
	});

	it('returns no steps for no lanes', () => {
		expect(statusCountsOverTime([])).toEqual([]);
	});

	describe('on the shipped register, 1 Jul 2021 to 1 Jan 2025', () => {
		const { channels, channelPeriods } = shippedData();
		const lanes = channelLanes(channels, channelPeriods, [toDate('2021-07-01'), toDate('2025-01-01')]);
		const steps = statusCountsOverTime(lanes);
		const activeAt = (iso: string) =>
			countsAt(steps, toDate(iso))!
				.members.active.map((m) => m.lane.channel.id)
				.sort();

		it.each<[string, string, Record<LaneStatus, number>]>([
			[
				'the day before the countermeasures',
				'2022-08-04',
				{ active: 2, suspended: 0, unknown: 11, 'not-yet-created': 2 }
			],
			['the countermeasures', '2022-08-05', { active: 0, suspended: 8, unknown: 5, 'not-yet-created': 2 }],
			['the "5 of 50" claim', '2023-10-23', { active: 2, suspended: 7, unknown: 5, 'not-yet-created': 1 }],
			// The AI dialogue is agreed that day; the climate talks' last sourced meeting was on 4-7 Nov.
			['Woodside', '2023-11-15', { active: 2, suspended: 7, unknown: 6, 'not-yet-created': 0 }],
			// No channel has a sourced meeting after 20 Sep 2024 in the shipped data: active periods end at the
			// last one, so none is drawn as still active.
			['the end of 2024', '2024-12-31', { active: 0, suspended: 2, unknown: 13, 'not-yet-created': 0 }]
		])('counts lanes by status at %s (%s)', (_, iso, counts) => {
			expect(countsAt(steps, toDate(iso))?.counts).toEqual(counts);
		});

		it('has climate talks and the economic/financial working groups active at the claim (23 Oct 2023)', () => {
			expect(activeAt('2023-10-23')).toEqual(['climate-change-talks', 'economic-financial-working-groups']);
		});

		it('has one lane per channel, each covering the domain without gaps', () => {
			expect(lanes).toHaveLength(channels.length);
			for (const lane of lanes) {
				expect(segmentAt(lane, toDate('2021-07-01'))).toBeDefined();
				lane.segments.slice(1).forEach((s, i) => expect(s.start).toEqual(lane.segments[i].end));
				expect(lane.segments.at(-1)?.end).toEqual(toDate('2025-01-01'));
			}
		});
	});
});

describe('stackStatusCounts()', () => {
	const reported = (p: ChannelPeriod): ChannelPeriod => ({ ...p, confidence: 'reported' });
	const lanes = channelLanes(
		[channel('a'), channel('b'), channel('c'), channel('d', { created: '2030-01-01' }), channel('e')],
		[
			period('a', 'active', '2022-01-01'),
			period('b', 'suspended', '2022-01-01'),
			reported(period('c', 'active', '2022-01-01')),
			reported(period('e', 'suspended', '2022-01-01'))
		],
		DOMAIN
	);
	const rows = (boxes: ReturnType<typeof stackStatusCounts>) =>
		boxes.map((b) => [b.status, b.confidence, b.y0, b.y1, b.members.map((m) => m.lane.channel.id)]);

	it('stacks active, suspended and unknown from zero, active split into verified under reported', () => {
		expect(rows(stackStatusCounts(statusCountsOverTime(lanes)))).toEqual([
			['active', 'verified', 0, 1, ['a']],
			['active', 'reported', 1, 2, ['c']],
			['suspended', 'verified', 2, 4, ['b', 'e']]
		]);
	});

	it('splits the statuses it is asked to, and leaves out those not in the order', () => {
		expect(
			rows(stackStatusCounts(statusCountsOverTime(lanes), ['suspended', 'not-yet-created'], ['suspended']))
		).toEqual([
			['suspended', 'verified', 0, 1, ['b']],
			['suspended', 'reported', 1, 2, ['e']],
			['not-yet-created', 'verified', 2, 3, ['d']]
		]);
	});
});

describe('laneLayout()', () => {
	it('puts a heading above each group that has lanes, then one row per lane', () => {
		const lanes = channelLanes(
			[
				channel('a', { group: 'dialogues-2017' }),
				channel('b', { group: 'opened-2023-24' }),
				channel('c', { group: 'opened-2023-24' })
			],
			[],
			DOMAIN
		);
		const layout = laneLayout(lanes, 10, 40, 30);
		expect(layout.headings.map((h) => [h.group, h.y])).toEqual([
			['dialogues-2017', 10],
			['opened-2023-24', 80]
		]);
		expect(layout.rows.map((r) => [r.lane.channel.id, r.y])).toEqual([
			['a', 40],
			['b', 110],
			['c', 150]
		]);
		expect(layout.bottom).toBe(190);
	});
});
