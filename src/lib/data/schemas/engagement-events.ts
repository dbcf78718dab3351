import * as v from 'valibot';
import {
	confidence,
	id,
	isoDate,
	oneOf,
	optionalIsoDate,
	optionalOneOf,
	optionalText,
	text,
	yesNo,
	yesOrEmpty
} from '../fields.ts';

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
	'experts',
	'legislators'
] as const;

/**
 * What kind of contact an event is. A visit is someone travelling to the other country (or both to a third); a
 * meeting is face to face without being a trip of its own (on the sidelines, say); a talks-round is a round of a
 * standing channel or negotiation; a measure is a decision (tariff, visa rule, suspension); an exchange is
 * people to people (students, delegations of business, youth, friendship groups).
 */
export const EVENT_KINDS = [
	'call',
	'meeting',
	'visit',
	'talks-round',
	'letter',
	'statement',
	'measure',
	'exchange'
] as const;

/** Which way a visit went; only visits have one. */
export const VISIT_DIRECTIONS = ['to-china', 'to-us', 'third-country'] as const;

/** The curated log of civil and official engagement events. */
export const engagementEventSchema = v.object({
	id: id(),
	date: isoDate(),
	end: optionalIsoDate(),
	/** The date as the source words it when vaguer than `date` can say ("Summer 2023"); shown instead of it. */
	date_label: optionalText(),
	title: text(),
	title_zh: optionalText(),
	track: oneOf(TRACKS),
	/** Empty only in files made before the column existed (every shipped event has one). */
	kind: optionalOneOf(EVENT_KINDS),
	/** For a visit only. */
	direction: optionalOneOf(VISIT_DIRECTIONS),
	actors: text(),
	actor_type: oneOf(ACTOR_TYPES),
	/** Key events are labelled on the chart. */
	key: yesNo(),
	/** The channels.csv id when the event is a meeting of a register channel. */
	channel_id: v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => undefined)
			),
			id()
		],
		'expected a channel id from channels.csv, or an empty cell'
	),
	source_id: id(),
	confidence: confidence(),
	/** yes: the only source announced the event in advance (dated before it), and it is known to have happened. */
	announced: yesOrEmpty(),
	/** What the source article says, where it differs from other sources. */
	article_version: optionalText(),
	note: optionalText()
});

export type EngagementEvent = v.InferOutput<typeof engagementEventSchema>;
export type Track = (typeof TRACKS)[number];
export type ActorType = (typeof ACTOR_TYPES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type VisitDirection = (typeof VISIT_DIRECTIONS)[number];
