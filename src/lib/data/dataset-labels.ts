/**
 * The /data page's words for each dataset (title, one-sentence description) and each CSV column, in the
 * page's language. The English is the registry's own (DATASETS in $lib/data/datasets), kept equal by a test.
 */
import type { DatasetKey } from '$lib/data/datasets';
import { getLocale, m, type Locale } from '$lib/i18n';

type Message = (inputs?: object, options?: { locale?: Locale }) => string;

const DATASET_TEXT: Record<DatasetKey, { title: Message; description: Message }> = {
	sources: { title: m.app_dataset_sources_title, description: m.app_dataset_sources_description },
	channels: { title: m.app_dataset_channels_title, description: m.app_dataset_channels_description },
	channelPeriods: {
		title: m.app_dataset_channel_periods_title,
		description: m.app_dataset_channel_periods_description
	},
	claims: { title: m.app_dataset_claims_title, description: m.app_dataset_claims_description },
	trips: { title: m.app_dataset_trips_title, description: m.app_dataset_trips_description },
	events: { title: m.app_dataset_events_title, description: m.app_dataset_events_description },
	people: { title: m.app_dataset_people_title, description: m.app_dataset_people_description }
};

const COLUMN: Record<string, Message> = {
	id: m.app_data_column_id,
	name: m.app_data_column_name,
	name_zh: m.app_data_column_name_zh,
	group: m.app_data_column_group,
	category: m.app_data_column_category,
	countermeasure: m.app_data_column_countermeasure,
	created: m.app_data_column_created,
	source_id: m.app_data_column_source_id,
	confidence: m.app_data_column_confidence,
	note: m.app_data_column_note,
	channel_id: m.app_data_column_channel_id,
	status: m.app_data_column_status,
	start: m.app_data_column_start,
	end: m.app_data_column_end,
	statement: m.app_data_column_statement,
	speaker: m.app_data_column_speaker,
	speaker_role: m.app_data_column_speaker_role,
	said_on: m.app_data_column_said_on,
	venue: m.app_data_column_venue,
	value: m.app_data_column_value,
	total: m.app_data_column_total,
	unit: m.app_data_column_unit,
	unit_zh: m.app_data_column_unit_zh,
	bound: m.app_data_column_bound,
	base_period: m.app_data_column_base_period,
	claim_period: m.app_data_column_claim_period,
	date: m.app_data_column_date,
	title: m.app_data_column_title,
	title_zh: m.app_data_column_title_zh,
	track: m.app_data_column_track,
	actors: m.app_data_column_actors,
	actor_type: m.app_data_column_actor_type,
	key: m.app_data_column_key,
	article_version: m.app_data_column_article_version,
	series: m.app_data_column_series,
	period: m.app_data_column_period,
	qualifier: m.app_data_column_qualifier,
	value_high: m.app_data_column_value_high,
	date_label: m.app_data_column_date_label,
	leader: m.app_data_column_leader,
	leader_zh: m.app_data_column_leader_zh,
	kind: m.app_data_column_kind,
	destinations: m.app_data_column_destinations,
	destinations_zh: m.app_data_column_destinations_zh,
	detail: m.app_data_column_detail,
	author: m.app_data_column_author,
	publisher: m.app_data_column_publisher,
	url: m.app_data_column_url,
	publisher_kind: m.app_data_column_publisher_kind,
	original: m.app_data_column_original,
	direction: m.app_data_column_direction,
	announced: m.app_data_column_announced
};

/** A dataset's title ("Claims" / "声称"); `fallback` for a key we have no words for. */
export function datasetTitle(key: string, fallback: string, locale: Locale = getLocale()): string {
	return Object.hasOwn(DATASET_TEXT, key) ? DATASET_TEXT[key as DatasetKey].title({}, { locale }) : fallback;
}

/** What a row of the dataset is, in one sentence; `fallback` for a key we have no words for. */
export function datasetDescription(key: string, fallback: string, locale: Locale = getLocale()): string {
	return Object.hasOwn(DATASET_TEXT, key)
		? DATASET_TEXT[key as DatasetKey].description({}, { locale })
		: fallback;
}

/** A CSV column's name for a reader ("来源编号" for source_id); the column name itself in English or when unknown. */
export function columnLabel(column: string, locale: Locale = getLocale()): string {
	return Object.hasOwn(COLUMN, column) ? COLUMN[column]({}, { locale }) : column;
}
