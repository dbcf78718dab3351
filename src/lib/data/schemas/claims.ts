import * as v from 'valibot';
import { confidence, count, id, isoDate, oneOf, optionalCount, optionalText, text } from '../fields.ts';

/** A number somebody asserted, kept with who said it, when, where and via which source. */
export const claimSchema = v.object({
	id: id(),
	statement: text(),
	speaker: text(),
	speaker_role: optionalText(),
	said_on: isoDate(),
	venue: optionalText(),
	value: count(),
	/** The whole the value is a part of ("5 of 50"), if any. */
	total: optionalCount(),
	unit: text(),
	/** The unit in Chinese (our translation of our own words); empty falls back to English. */
	unit_zh: optionalText(),
	/** exact: the claim names the number; lower: "more than"; upper: "fewer than". */
	bound: oneOf(['exact', 'lower', 'upper'] as const),
	base_period: optionalText(),
	claim_period: optionalText(),
	source_id: id(),
	confidence: confidence(),
	note: optionalText()
});

export type Claim = v.InferOutput<typeof claimSchema>;
