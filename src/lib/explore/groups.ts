/** The filter fieldsets of each view, with the labels a person reads. */
import { confidenceLabel } from '$lib/charts/palette';
import { CONFIDENCE_LEVELS, type Confidence } from '$lib/data/fields';
import { CHANNEL_CATEGORIES } from '$lib/data/schemas/channels';
import { ACTOR_TYPES, TRACKS } from '$lib/data/schemas/engagement-events';
import { LANE_STATUSES } from '$lib/transforms/channel-timeline';
import type { FilterGroup } from './Filters.svelte';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replaceAll('-', ' ');
const options = (values: readonly string[], label: (v: string) => string = capital) =>
	values.map((value) => ({ value, label: label(value) }));

const confidence: FilterGroup = {
	key: 'confidence',
	legend: 'Confidence',
	options: options(CONFIDENCE_LEVELS, (v) => confidenceLabel(v as Confidence))
};

export const ENGAGEMENT_FILTERS: FilterGroup[] = [
	{ key: 'track', legend: 'Track', options: options(TRACKS) },
	confidence,
	{
		key: 'actor',
		legend: 'Actor type',
		options: options(ACTOR_TYPES, (v) =>
			v === 'working-group' ? 'Working groups' : v === 'friendship-group' ? 'Friendship groups' : capital(v)
		)
	}
];

export const CHANNELS_FILTERS: FilterGroup[] = [
	{
		key: 'category',
		legend: 'Category',
		options: options(CHANNEL_CATEGORIES, (v) =>
			v === 'social-cultural' ? 'Social and cultural' : capital(v)
		)
	},
	{ key: 'status', legend: 'Status at some time in the window', options: options(LANE_STATUSES) },
	confidence
];
