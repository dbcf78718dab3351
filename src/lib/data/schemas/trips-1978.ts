import * as v from 'valibot';
import { confidence, id, isoDate, oneOf, optionalIsoDate, optionalText, text } from '../fields.ts';

export const TRIP_KINDS = ['study-tour', 'state-visit', 'official-visit', 'students'] as const;

/** The 1978 study tours, state visits and first students abroad. */
export const tripSchema = v.object({
	id: id(),
	start: isoDate(),
	end: optionalIsoDate(),
	/** The dates as the sources give them, when they are vaguer than start/end ("spring 1978"). */
	date_label: optionalText(),
	leader: text(),
	leader_zh: optionalText(),
	kind: oneOf(TRIP_KINDS),
	destinations: text(),
	/** The places in Chinese, separated by 、; empty falls back to English. */
	destinations_zh: optionalText(),
	detail: optionalText(),
	source_id: id(),
	confidence: confidence(),
	article_version: optionalText(),
	note: optionalText()
});

export type Trip = v.InferOutput<typeof tripSchema>;
export type TripKind = (typeof TRIP_KINDS)[number];
