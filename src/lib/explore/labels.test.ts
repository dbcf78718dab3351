import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS } from '$lib/data/fields';
import { CHANNEL_CATEGORIES } from '$lib/data/schemas/channels';
import { ACTOR_TYPES, TRACKS } from '$lib/data/schemas/engagement-events';
import { inLocale } from '$lib/i18n';
import { LANE_STATUSES } from '$lib/transforms/channel-timeline';
import { filterNote } from './filter';
import { channelsFilters, engagementFilters } from './groups';
import { LEGEND, valueLabel, valueWord, type FilterKey } from './labels';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

const VALUES: [FilterKey, readonly string[]][] = [
	['track', TRACKS],
	['confidence', CONFIDENCE_LEVELS],
	['actor', ACTOR_TYPES],
	['category', CHANNEL_CATEGORIES],
	['status', LANE_STATUSES]
];

describe('valueLabel()', () => {
	it('labels the checkboxes in English as before', () => {
		const labels = (groups: ReturnType<typeof engagementFilters>) =>
			groups.map((g) => [g.legend, g.options.map((o) => o.label)]);
		expect(inLocale('en', () => labels(engagementFilters()))).toEqual([
			['Track', ['Official', 'Civil']],
			['Confidence', ['Verified', 'Reported', 'Claimed', 'Estimate']],
			[
				'Actor type',
				[
					'Leaders',
					'Ministries',
					'Military',
					'Working groups',
					'Business',
					'Education',
					'Friendship groups',
					'Media',
					'Experts',
					'Legislators'
				]
			]
		]);
		expect(inLocale('en', () => labels(channelsFilters()))).toEqual([
			[
				'Category',
				[
					'Diplomatic',
					'Economic',
					'Law enforcement',
					'Social and cultural',
					'Military',
					'Migration',
					'Climate',
					'Technology'
				]
			],
			['Status at some time in the window', ['Active', 'Suspended', 'Unknown', 'Not yet created']],
			['Confidence', ['Verified', 'Reported', 'Claimed', 'Estimate']]
		]);
	});

	it.each(VALUES)('has a Chinese word for every %s value', (key, values) => {
		inLocale('zh-CN', () => {
			expect(LEGEND[key]()).toMatch(/^[\u4e00-\u9fff]+$/);
			for (const value of values) {
				expect(valueWord(key, value)).toMatch(/^[\u4e00-\u9fff]+$/);
				expect(valueLabel(key, value)).toBe(valueWord(key, value));
			}
		});
	});

	it('uses the agreed terms', () => {
		inLocale('zh-CN', () => {
			expect(CONFIDENCE_LEVELS.map((v) => valueLabel('confidence', v))).toEqual([
				'已核实',
				'有报道',
				'声称',
				'估计'
			]);
			expect(TRACKS.map((v) => valueLabel('track', v))).toEqual(['官方', '民间']);
			expect(valueLabel('status', 'active')).toBe('运行中');
			expect(valueLabel('status', 'suspended')).toBe('暂停');
			expect(valueLabel('status', 'unknown')).toBe('状态不明');
		});
	});
});

describe('filterNote() in Chinese', () => {
	const keys = ['track', 'confidence', 'actor', 'q'] as const;
	const zh = (draw: () => string | undefined) => inLocale('zh-CN', draw);

	it('says what is filtered and how many records are shown', () => {
		expect(zh(() => filterNote(view({ track: ['civil'], q: 'Gates' }), keys, 12, 30, 'events'))).toBe(
			'已筛选：仅民间轨道；搜索“Gates”；显示30个事件中的12个。'
		);
		expect(
			zh(() =>
				filterNote(
					view({ confidence: ['verified', 'reported'], actor: ['working-group'] }),
					keys,
					3,
					9,
					'events'
				)
			)
		).toBe('已筛选：可信度：已核实、有报道；行为体：仅工作组；显示9个事件中的3个。');
	});

	it('names the channel filters and the values of the people series', () => {
		expect(
			zh(() =>
				filterNote(
					view({ category: ['law-enforcement'], status: ['suspended', 'not-yet-created'] }),
					['category', 'status', 'confidence'],
					4,
					15,
					'channels'
				)
			)
		).toBe('已筛选：类别：仅执法；渠道曾处状态：暂停、尚未设立；显示15个渠道中的4个。');
		expect(zh(() => filterNote(view({ confidence: ['estimate'] }), ['confidence'], 2, 8, 'values'))).toBe(
			'已筛选：可信度：仅估计；显示8个数值中的2个。'
		);
	});

	it('is undefined when nothing is filtered, as in English', () => {
		expect(zh(() => filterNote(view({}), keys, 5, 5, 'events'))).toBeUndefined();
	});

	it('keeps the English note of the channel filters', () => {
		expect(
			inLocale('en', () =>
				filterNote(
					view({ category: ['social-cultural'], status: ['not-yet-created'] }),
					['category', 'status'],
					1,
					15,
					'channels'
				)
			)
		).toBe(
			'Filtered: categories: social and cultural only; channels ever not yet created; 1 of 15 channels shown.'
		);
	});
});
