/**
 * Which side of the civil/official divide an actor is on, from the CAMEO actor type codes (GDELT) or the
 * sector text (ICEWS). The mapping is data, shown to users as is (see `mappingSummary()`).
 */
import { m } from '$lib/i18n';

/** The three tracks of imported event data; "untyped" is an actor with a country but no civil or official type. */
export const EVENT_TRACKS = ['official', 'civil', 'untyped'] as const;
export type EventTrack = (typeof EVENT_TRACKS)[number];

export const TRACK_INDEX: Record<EventTrack, number> = { official: 0, civil: 1, untyped: 2 };

/** Each track's name in the page's language (messages: call them when drawing). */
export const TRACK_LABEL: Record<EventTrack, () => string> = {
	official: m.engagement_track_official,
	civil: m.engagement_track_civil,
	untyped: m.engagement_track_untyped
};

/** A track of the curated log as a word inside a sentence ("official", "官方"). */
export const TRACK_WORD: Record<'official' | 'civil', () => string> = {
	official: () => TRACK_LABEL.official().toLowerCase(),
	civil: () => TRACK_LABEL.civil().toLowerCase()
};

/** CAMEO actor type codes of governments, courts, legislatures, police, intelligence and militaries. */
export const OFFICIAL_CODES = ['GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL'] as const;
/** CAMEO actor type codes of people, companies, universities, media and organised civil society. */
export const CIVIL_CODES = [
	'CVL',
	'BUS',
	'EDU',
	'MED',
	'NGO',
	'NGM',
	'LAB',
	'HLH',
	'ENV',
	'AGR',
	'HRI',
	'DEV',
	'REF'
] as const;

const OFFICIAL = new Set<string>(OFFICIAL_CODES);
const CIVIL = new Set<string>(CIVIL_CODES);

/** A GDELT actor from its three type codes: official wins over civil (a ministry of education is GOV EDU). */
export function classifyCameoTypes(codes: string[]): EventTrack {
	let civil = false;
	for (const code of codes) {
		if (OFFICIAL.has(code)) return 'official';
		if (CIVIL.has(code)) civil = true;
	}
	return civil ? 'civil' : 'untyped';
}

/** Words in ICEWS sector names that mark an official actor. */
export const ICEWS_OFFICIAL_WORDS = [
	'government',
	'military',
	'executive',
	'legislative',
	'parliament',
	'judicial',
	'police',
	'intelligence',
	'ministry',
	'cabinet',
	'armed forces',
	'army',
	'navy',
	'air force'
] as const;
/** Words in ICEWS sector names that mark a civil actor. */
export const ICEWS_CIVIL_WORDS = [
	'civilian',
	'general population',
	'business',
	'education',
	'media',
	'medical',
	'health',
	'nongovernmental',
	'ngo',
	'labor',
	'agricultur',
	'environment',
	'human rights',
	'refugee',
	'scholar',
	'academic'
] as const;

/** An ICEWS actor from its comma-separated sectors, with the same precedence as for GDELT. */
export function classifyIcewsSectors(sectors: string): EventTrack {
	const text = sectors.toLowerCase();
	if (text.trim() === '') return 'untyped';
	// "Nongovernmental" contains "government": test the civil word first for that one case.
	const withoutNgo = text.replaceAll('nongovernmental', '');
	if (ICEWS_OFFICIAL_WORDS.some((w) => withoutNgo.includes(w))) return 'official';
	if (ICEWS_CIVIL_WORDS.some((w) => text.includes(w))) return 'civil';
	return 'untyped';
}

/**
 * The track of an event from its two sides: official if either side is official (a government acting on
 * or with anyone), civil if either side is civil and neither is official, otherwise untyped.
 */
export function eventTrack(a: EventTrack, b: EventTrack): EventTrack {
	if (a === 'official' || b === 'official') return 'official';
	if (a === 'civil' || b === 'civil') return 'civil';
	return 'untyped';
}

/** QuadClass from a CAMEO event code (the GDELT codebook's definition), for ICEWS which has no QuadClass. */
export function quadClassOfCameo(code: string): number {
	const root = Number.parseInt(code.trim().slice(0, 2), 10);
	if (!Number.isInteger(root) || root < 1 || root > 20) return 0;
	if (root <= 5) return 1;
	if (root <= 8) return 2;
	if (root <= 13) return 3;
	return 4;
}

/** The mapping in a few sentences, shown beside the chart and in the import dialog, in the page's language. */
export function mappingSummary(): string[] {
	return [
		m.engagement_mapping_dyads(),
		m.engagement_mapping_sides({ official: OFFICIAL_CODES.join(', '), civil: CIVIL_CODES.join(', ') }),
		m.engagement_mapping_event(),
		m.engagement_mapping_tone()
	];
}
