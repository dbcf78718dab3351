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
	schema: S;
}

const spec = <S extends RowSchema>(d: DatasetSpec<S>) => d;

export const DATASETS = {
	sources: spec({ key: 'sources', file: 'sources.csv', title: 'Sources', schema: sourceSchema }),
	channels: spec({
		key: 'channels',
		file: 'channels.csv',
		title: 'Register of named channels',
		schema: channelSchema
	}),
	channelPeriods: spec({
		key: 'channelPeriods',
		file: 'channel-periods.csv',
		title: 'Channel status periods',
		schema: channelPeriodSchema
	}),
	claims: spec({ key: 'claims', file: 'claims.csv', title: 'Claims', schema: claimSchema }),
	trips: spec({
		key: 'trips',
		file: 'trips-1978.csv',
		title: '1978 study tours and visits',
		schema: tripSchema
	}),
	events: spec({
		key: 'events',
		file: 'engagement-events.csv',
		title: 'Civil and official engagement events',
		schema: engagementEventSchema
	}),
	people: spec({
		key: 'people',
		file: 'people-series.csv',
		title: 'People-to-people series',
		schema: peopleValueSchema
	})
} as const;

export type DatasetKey = keyof typeof DATASETS;
export type RowOf<K extends DatasetKey> = v.InferOutput<(typeof DATASETS)[K]['schema']>;
