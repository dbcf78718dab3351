import * as v from 'valibot';
import { confidence, id, isoDate, oneOf, optionalIsoDate, optionalText, text, yesNo } from '../fields.ts';

export const TRACKS = ['official', 'civil'] as const;
export const ACTOR_TYPES = [
	'leaders',
	'ministries',
	'military',
	'working-group',
	'business',
	'education',
	'friendship-group',
	'media',
	'experts'
] as const;

/** The curated log of civil and official engagement events. */
export const engagementEventSchema = v.object({
	id: id(),
	date: isoDate(),
	end: optionalIsoDate(),
	title: text(),
	title_zh: optionalText(),
	track: oneOf(TRACKS),
	actors: text(),
	actor_type: oneOf(ACTOR_TYPES),
	/** Key events are labelled on the chart. */
	key: yesNo(),
	source_id: id(),
	confidence: confidence(),
	/** What the source article says, where it differs from other sources. */
	article_version: optionalText(),
	note: optionalText()
});

export type EngagementEvent = v.InferOutput<typeof engagementEventSchema>;
export type Track = (typeof TRACKS)[number];
export type ActorType = (typeof ACTOR_TYPES)[number];
