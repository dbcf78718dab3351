/**
 * The overview's three sentences written from their facts in a language. Kept apart from the facts
 * (headlines.ts) so the page loads only this, not the transforms the facts are computed with.
 */
import { getLocale, isChinese, m, type Locale } from '$lib/i18n';
import { formatIsoDate } from '$lib/transforms/dates';

/** What the channels sentence says: the claim, and the sourced register on its day and at the end of the data. */
export interface ChannelsFacts {
	speaker: string;
	value: number;
	total?: number;
	saidOn: string;
	named: number;
	onTheDay: number;
	atEnd: number;
	/** The last day the data covers (ISO), or undefined when there is no data. */
	endIso?: string;
}

/** What the delegations sentence says: the claimed rise, its periods and the number of sourced trips. */
export interface DelegationsFacts {
	value: number;
	claimPeriod?: string;
	basePeriod?: string;
	trips: number;
}

/** What the engagement sentence says: the log's size and each year's events per track. */
export interface EngagementFacts {
	count: number;
	years: { year: string; official: number; civil: number }[];
}

/** A period as the data writes it ("1979"); in Chinese, read as a date when it is one ("1979年"). */
const period = (text: string | undefined, locale: Locale) =>
	isChinese(locale) && text && /^\d{4}(-\d{2}){0,2}$/.test(text) ? formatIsoDate(text, locale) : String(text);

/** The channels sentence in `locale`; empty when the claim is missing. */
export function channelsSentence(f: ChannelsFacts | undefined, locale: Locale = getLocale()): string {
	if (!f) return '';
	return m.app_headline_channels(
		{
			speaker: f.speaker,
			value: f.value,
			total: String(f.total),
			date: formatIsoDate(f.saidOn, locale),
			named: f.named,
			onTheDay: f.onTheDay,
			atEnd: f.atEnd,
			endDate: f.endIso ? formatIsoDate(f.endIso, locale) : ''
		},
		{ locale }
	);
}

/** The delegations sentence in `locale`; empty when the claim is missing. */
export function delegationsSentence(f: DelegationsFacts | undefined, locale: Locale = getLocale()): string {
	if (!f) return '';
	return m.app_headline_delegations(
		{
			value: f.value,
			claimPeriod: period(f.claimPeriod, locale),
			basePeriod: period(f.basePeriod, locale),
			trips: f.trips
		},
		{ locale }
	);
}

/** The engagement sentence in `locale`. */
export function engagementSentence(f: EngagementFacts, locale: Locale = getLocale()): string {
	const years = f.years.map((y) =>
		m.app_headline_engagement_year(
			{ official: y.official, civil: y.civil, year: period(y.year, locale) },
			{ locale }
		)
	);
	return m.app_headline_engagement(
		{ count: f.count, years: years.join(m.figure_list_separator({}, { locale })) },
		{ locale }
	);
}
