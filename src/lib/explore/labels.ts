/**
 * The words a person reads for the values of the filters, in the page's language: a lower-case word for the
 * notes ("working groups"), a capitalised label for the checkboxes ("Working groups"), and each legend.
 * Tables of message functions, read when called, so no language is frozen at load.
 */
import { confidenceWord } from '$lib/charts/palette';
import { TRACK_WORD } from '$lib/eventdata/classify';
import { LANE_STATUS_WORD } from '$lib/transforms/channel-timeline';
import { m } from '$lib/i18n';

/** The list controls of the view state. */
export type FilterKey = 'category' | 'status' | 'track' | 'confidence' | 'actor';

type Word = () => string;

const WORDS: Record<FilterKey, Record<string, Word>> = {
	track: TRACK_WORD,
	confidence: {
		verified: () => confidenceWord('verified'),
		reported: () => confidenceWord('reported'),
		claimed: () => confidenceWord('claimed'),
		estimate: () => confidenceWord('estimate')
	},
	actor: {
		leaders: m.explore_actor_leaders,
		ministries: m.explore_actor_ministries,
		military: m.explore_actor_military,
		'working-group': m.explore_actor_working_group,
		business: m.explore_actor_business,
		education: m.explore_actor_education,
		'friendship-group': m.explore_actor_friendship_group,
		media: m.explore_actor_media,
		experts: m.explore_actor_experts,
		legislators: m.explore_actor_legislators
	},
	category: {
		diplomatic: m.explore_category_diplomatic,
		economic: m.explore_category_economic,
		'law-enforcement': m.explore_category_law_enforcement,
		'social-cultural': m.explore_category_social_cultural,
		military: m.explore_category_military,
		migration: m.explore_category_migration,
		climate: m.explore_category_climate,
		technology: m.explore_category_technology
	},
	status: LANE_STATUS_WORD
};

/** A value as the filter notes say it ("working groups", "工作组"); an unknown value as it is. */
export const valueWord = (key: FilterKey, value: string): string => WORDS[key][value]?.() ?? value;

/** A value as a checkbox or a card labels it ("Working groups", "工作组"). */
export const valueLabel = (key: FilterKey, value: string): string => {
	const word = valueWord(key, value).replaceAll('-', ' ');
	return word.charAt(0).toUpperCase() + word.slice(1);
};

/** The legend of each filter's fieldset. */
export const LEGEND: Record<FilterKey, Word> = {
	track: m.explore_legend_track,
	confidence: m.explore_legend_confidence,
	actor: m.explore_legend_actor,
	category: m.explore_legend_category,
	status: m.explore_legend_status
};
