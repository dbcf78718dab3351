import * as v from 'valibot';
import { confidence, id, isoDate, oneOf, optionalIsoDate, optionalText } from '../fields.ts';

export const CHANNEL_STATUSES = ['active', 'suspended', 'unknown'] as const;

/** A stretch of time in which a channel had one status. An empty `end` means "still so when our sources stop". */
export const channelPeriodSchema = v.object({
	channel_id: id(),
	status: oneOf(CHANNEL_STATUSES),
	start: isoDate(),
	end: optionalIsoDate(),
	source_id: id(),
	confidence: confidence(),
	note: optionalText()
});

export type ChannelPeriod = v.InferOutput<typeof channelPeriodSchema>;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];
