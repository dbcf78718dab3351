import * as v from 'valibot';
import { confidence, id, oneOf, optionalIsoDate, optionalText, text } from '../fields.ts';

export const CHANNEL_GROUPS = ['dialogues-2017', 'countermeasures-2022', 'opened-2023-24'] as const;
export const CHANNEL_CATEGORIES = [
	'diplomatic',
	'economic',
	'law-enforcement',
	'social-cultural',
	'military',
	'migration',
	'climate',
	'technology'
] as const;

/** The register of named government-to-government channels. */
export const channelSchema = v.object({
	id: id(),
	name: text(),
	name_zh: optionalText(),
	group: oneOf(CHANNEL_GROUPS),
	category: oneOf(CHANNEL_CATEGORIES),
	/** What the 5 Aug 2022 countermeasures did to it, if anything. */
	countermeasure: v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => undefined)
			),
			oneOf(['cancelled', 'suspended'] as const)
		],
		'expected cancelled, suspended or an empty cell'
	),
	/** When the channel was created, where that is sourced; before it the lane reads "not yet created". */
	created: optionalIsoDate(),
	source_id: id(),
	confidence: confidence(),
	note: optionalText()
});

export type Channel = v.InferOutput<typeof channelSchema>;
export type ChannelGroup = (typeof CHANNEL_GROUPS)[number];
export type ChannelCategory = (typeof CHANNEL_CATEGORIES)[number];
