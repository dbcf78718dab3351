/** The filter fieldsets of each view, with the labels a person reads (in the page's language: call at render). */
import { CONFIDENCE_LEVELS } from '$lib/data/fields';
import { CHANNEL_CATEGORIES } from '$lib/data/schemas/channels';
import { ACTOR_TYPES, TRACKS } from '$lib/data/schemas/engagement-events';
import { LANE_STATUSES } from '$lib/transforms/channel-timeline';
import type { FilterGroup } from './Filters.svelte';
import { LEGEND, valueLabel, type FilterKey } from './labels';

const group = (key: FilterKey, values: readonly string[]): FilterGroup => ({
	key,
	legend: LEGEND[key](),
	options: values.map((value) => ({ value, label: valueLabel(key, value) }))
});

export const engagementFilters = (): FilterGroup[] => [
	group('track', TRACKS),
	group('confidence', CONFIDENCE_LEVELS),
	group('actor', ACTOR_TYPES)
];

export const channelsFilters = (): FilterGroup[] => [
	group('category', CHANNEL_CATEGORIES),
	group('status', LANE_STATUSES),
	group('confidence', CONFIDENCE_LEVELS)
];
