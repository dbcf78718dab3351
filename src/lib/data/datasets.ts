/**
 * The registry of shipped datasets: which file holds which table, with which schema.
 * Build-time loading, the /data page and imports all read this one list.
 */
import type * as v from 'valibot';
import { channelPeriodSchema } from './schemas/channel-periods.ts';
import { channelSchema } from './schemas/channels.ts';
import { claimSchema } from './schemas/claims.ts';
import { engagementEventSchema } from './schemas/engagement-events.ts';
import { peopleValueSchema } from './schemas/people-series.ts';
import { sourceSchema } from './schemas/sources.ts';
import { tripSchema } from './schemas/trips-1978.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RowSchema = v.ObjectSchema<any, any>;

export interface DatasetSpec<S extends RowSchema = RowSchema> {
	/** Key used in code and URLs. */
	key: string;
	/** File name inside data/. */
	file: string;
	/** A human title for tables and downloads. */
	title: string;
	/** One sentence on what a row is. */
	description: string;
	schema: S;
	/**
	 * The columns holding the dates a record is about (not when its source was published): the latest of
	 * them across every dataset is the data's "as of" date (see as-of.ts).
	 */
	asOfColumns: string[];
	/**
	 * Columns added after files of this dataset were first made: a file that leaves them out still reads (their
	 * cells read as empty). Chinese-name columns (`*_zh`) may always be left out.
	 */
	added?: readonly string[];
	/**
	 * The date a record is about, for the check that its source is not dated well before it (see
	 * `integrity.ts`); undefined skips the record. Set it to opt a dataset into that check.
	 */
	recordDate?: (row: v.InferOutput<S>) => string | undefined;
	/** The column `recordDate` reads, where that check reports. */
	recordDateColumn?: string;
}

const spec = <S extends RowSchema>(d: DatasetSpec<S>) => d;

export const DATASETS = {
	sources: spec({
		key: 'sources',
		file: 'sources.csv',
		title: 'Sources',
		description:
			'Every publication a record cites, with the address of the page read; other files refer to these by id.',
		schema: sourceSchema,
		asOfColumns: []
	}),
	channels: spec({
		key: 'channels',
		file: 'channels.csv',
		title: 'Register of named channels',
		description:
			'One row per named government-to-government channel: the four 2017 dialogues, the eight of 5 Aug 2022, and those opened in 2023-24.',
		schema: channelSchema,
		asOfColumns: ['created'],
		recordDate: (c) => c.created,
		recordDateColumn: 'created'
	}),
	channelPeriods: spec({
		key: 'channelPeriods',
		file: 'channel-periods.csv',
		title: 'Channel status periods',
		description: 'One row per stretch of time in which a channel was active, suspended or of unknown status.',
		schema: channelPeriodSchema,
		asOfColumns: ['start', 'end'],
		recordDate: (p) => p.start,
		recordDateColumn: 'start'
	}),
	claims: spec({
		key: 'claims',
		file: 'claims.csv',
		title: 'Claims',
		description:
			'Numbers somebody asserted, with who, when, where and via which source; drawn as claims, never as counts.',
		schema: claimSchema,
		asOfColumns: ['said_on'],
		recordDate: (c) => c.said_on,
		recordDateColumn: 'said_on'
	}),
	trips: spec({
		key: 'trips',
		file: 'trips-1978.csv',
		title: '1978 study tours and visits',
		description: 'The 1978 study tours, state visits and first students abroad.',
		schema: tripSchema,
		asOfColumns: ['start', 'end'],
		recordDate: (t) => t.start,
		recordDateColumn: 'start'
	}),
	events: spec({
		key: 'events',
		file: 'engagement-events.csv',
		title: 'Civil and official engagement events',
		description:
			"The curated log of civil and official engagement events, with the article's version where it differs.",
		schema: engagementEventSchema,
		asOfColumns: ['date', 'end'],
		added: ['date_label', 'kind', 'direction', 'channel_id', 'announced'],
		recordDate: (e) => (e.announced ? undefined : e.date),
		recordDateColumn: 'date'
	}),
	people: spec({
		key: 'people',
		file: 'people-series.csv',
		title: 'People-to-people series',
		description:
			'Students, and the weekly passenger flights each side allowed, between the two countries; one value per period.',
		schema: peopleValueSchema,
		asOfColumns: ['date'],
		// A cap on flights takes effect on a date announced in advance, so its source rightly comes first;
		// counts (students) are published after their period.
		recordDate: (p) => (p.series === 'weekly-flights-allowed' ? undefined : p.date),
		recordDateColumn: 'date'
	})
} as const;

export type DatasetKey = keyof typeof DATASETS;
export type RowOf<K extends DatasetKey> = v.InferOutput<(typeof DATASETS)[K]['schema']>;
