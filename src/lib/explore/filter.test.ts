import { describe, expect, it } from 'vitest';
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import type { Channel } from '$lib/data/schemas/channels';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import { toDate } from '$lib/transforms/dates';
import { filterEvents, filterNote, matchesSearch, searchText, windowDomain } from './filter';
import { filterChannels } from './filter-channels';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

const event = (e: Partial<EngagementEvent> & Pick<EngagementEvent, 'id'>): EngagementEvent => ({
	date: '2023-06-16',
	end: undefined,
	title: e.id,
	title_zh: undefined,
	date_label: undefined,
	kind: undefined,
	direction: undefined,
	channel_id: undefined,
	announced: false,
	article_version: undefined,
	note: undefined,
	track: 'official',
	actors: 'someone',
	actor_type: 'leaders',
	key: false,
	source_id: 's',
	confidence: 'verified',
	...e
});

const EVENTS = [
	event({ id: 'gates', title: 'Xi meets Bill Gates', track: 'civil', actors: 'Xi Jinping; Bill Gates' }),
	event({
		id: 'expo',
		title: 'Import expo',
		title_zh: '中国国际进口博览会',
		track: 'civil',
		actor_type: 'business'
	}),
	event({ id: 'woodside', title: 'Xi-Biden summit at Woodside', note: 'Restored military talks' }),
	event({ id: 'gt', title: 'Global Times piece', actor_type: 'media', confidence: 'claimed' }),
	event({
		id: 'blinken',
		title: 'Trip postponed',
		article_version: 'The article says the trip was "canceled".'
	})
];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('filterEvents()', () => {
	it.each<[string, Partial<ViewState>, string[]]>([
		['keeps everything with no filter', {}, ['gates', 'expo', 'woodside', 'gt', 'blinken']],
		['keeps the civil track only', { track: ['civil'] }, ['gates', 'expo']],
		[
			'hides claimed events',
			{ confidence: ['verified', 'reported'] },
			['gates', 'expo', 'woodside', 'blinken']
		],
		['keeps one actor type', { actor: ['business', 'media'] }, ['expo', 'gt']],
		['combines filters (and)', { track: ['official'], confidence: ['claimed'] }, ['gt']],
		['searches the title, any case', { q: 'gates' }, ['gates']],
		['searches the Chinese title', { q: '进口博览' }, ['expo']],
		['searches full-width text as plain (NFKC)', { q: 'ＧＡＴＥＳ' }, ['gates']],
		['searches the note', { q: 'military' }, ['woodside']],
		['searches the article’s version', { q: 'canceled' }, ['blinken']],
		['needs every word to match', { q: 'xi woodside' }, ['woodside']],
		['finds nothing for an unknown word', { q: 'zzz' }, []]
	])('%s', (_, patch, expected) => {
		expect(ids(filterEvents(EVENTS, view(patch)))).toEqual(expected);
	});
});

describe('searchText() / matchesSearch()', () => {
	it('folds full-width forms and case, and collapses spaces', () => {
		expect(searchText('  Ｘｉ\u3000 GATES ')).toBe('xi gates');
	});
	it('matches everything for an empty or blank query', () => {
		expect(matchesSearch(EVENTS[0], '   ')).toBe(true);
	});
});

const channel = (id: string, category: Channel['category']): Channel => ({
	id,
	name: id,
	group: 'countermeasures-2022',
	category,
	countermeasure: 'suspended',
	name_zh: undefined,
	created: undefined,
	source_id: 's',
	confidence: 'verified',
	note: undefined
});
const period = (
	channel_id: string,
	status: ChannelPeriod['status'],
	start: string,
	end?: string,
	confidence: ChannelPeriod['confidence'] = 'verified'
): ChannelPeriod => ({ channel_id, status, start, end, source_id: 's', confidence, note: undefined });

const CHANNELS = [
	channel('mil', 'military'),
	channel('climate', 'climate'),
	channel('drugs', 'law-enforcement')
];
const PERIODS = [
	period('mil', 'suspended', '2022-08-05', '2023-11-15'),
	period('mil', 'active', '2023-11-15'),
	period('climate', 'suspended', '2022-08-05', '2023-07-16', 'reported'),
	period('climate', 'active', '2023-07-16', undefined, 'claimed'),
	period('drugs', 'suspended', '2022-08-05')
];
const DOMAIN: [Date, Date] = [toDate('2022-01-01'), toDate('2025-01-01')];

describe('filterChannels()', () => {
	it.each<[string, Partial<ViewState>, string[], number]>([
		['keeps everything with no filter', {}, ['mil', 'climate', 'drugs'], 5],
		['keeps the chosen categories', { category: ['military', 'climate'] }, ['mil', 'climate'], 4],
		['keeps channels ever active in the span', { status: ['active'] }, ['mil', 'climate'], 4],
		[
			'drops periods of hidden confidence levels',
			{ confidence: ['verified'] },
			['mil', 'climate', 'drugs'],
			3
		],
		[
			'judges status on the periods left (a claimed reopening no longer counts)',
			{ status: ['active'], confidence: ['verified', 'reported'] },
			['mil'],
			2
		]
	])('%s', (_, patch, expectedChannels, expectedPeriods) => {
		const kept = filterChannels(CHANNELS, PERIODS, view(patch), DOMAIN);
		expect(ids(kept.channels)).toEqual(expectedChannels);
		expect(kept.periods).toHaveLength(expectedPeriods);
	});
});

describe('windowDomain()', () => {
	it.each<[string, Partial<ViewState>, [string, string]]>([
		['is the chart’s own span with no window', {}, ['2022-01-01', '2025-01-01']],
		[
			'includes the last day of the window',
			{ from: '2023-01-01', to: '2023-06-30' },
			['2023-01-01', '2023-07-01']
		],
		['keeps the chart’s end when only a start is set', { from: '2023-01-01' }, ['2023-01-01', '2025-01-01']],
		[
			'falls back when the window ends before the chart starts',
			{ to: '2021-01-01' },
			['2022-01-01', '2025-01-01']
		]
	])('%s', (_, patch, [from, to]) => {
		expect(windowDomain(view(patch), DOMAIN)).toEqual([toDate(from), toDate(to)]);
	});
});

describe('filterNote()', () => {
	const keys = ['track', 'confidence', 'actor', 'q'] as const;
	it('is undefined when no filter of the Figure is on', () => {
		expect(filterNote(view({ category: ['climate'] }), keys, 5, 5, 'events')).toBeUndefined();
	});
	it('says what is filtered and how many records are shown', () => {
		expect(filterNote(view({ track: ['civil'], q: 'Gates' }), keys, 12, 30, 'events')).toBe(
			'Filtered: civil track only; search “Gates”; 12 of 30 events shown.'
		);
		expect(
			filterNote(
				view({ confidence: ['verified', 'reported'], actor: ['working-group'] }),
				keys,
				3,
				9,
				'events'
			)
		).toBe('Filtered: verified, reported (confidence); actors: working groups only; 3 of 9 events shown.');
	});
});
