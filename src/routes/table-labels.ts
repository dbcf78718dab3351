/**
 * Words the pages' own tables print for values of the data (track, series) and the date phrasings the data
 * writes in English ("Spring 1978", "from 3 May 2023"), in the page's language (see date-phrases.ts).
 */
import type { PeopleSeriesId } from '$lib/data/schemas/people-series';
import type { Track } from '$lib/data/schemas/engagement-events';
import { TRACK_LABEL } from '$lib/eventdata/classify';
import { getLocale, inLocale, m, type Locale } from '$lib/i18n';
import { datePhrase } from '$lib/transforms/date-phrases';

const SERIES: Record<PeopleSeriesId, (i: object, o: { locale: Locale }) => string> = {
	'chinese-students-in-us': m.app_series_chinese_students_in_us,
	'us-students-in-china': m.app_series_us_students_in_china,
	'weekly-flights-allowed': m.app_series_weekly_flights_allowed
};

/** "Official" / "官方", "Civil" / "民间". */
export const trackLabel = (t: Track, locale: Locale = getLocale()) => inLocale(locale, TRACK_LABEL[t]);
/** "chinese students in us" / "在美中国留学生"... */
export const seriesLabel = (s: PeopleSeriesId, locale: Locale = getLocale()) => SERIES[s]({}, { locale });

/**
 * A trip's date as the sources phrase it ("Spring 1978", "About 16 Aug 1978"): unchanged in English,
 * "1978年春", "约1978年8月16日" in Chinese, or the English when the phrasing is not recognised.
 */
export function tripDateLabel(label: string, locale: Locale = getLocale()): string {
	return datePhrase(label, locale);
}

/**
 * A people-to-people value's period ("2022/23", "from 3 May 2023", "before 2020"): unchanged in English,
 * "2023年5月3日起", "2020年以前" in Chinese; an academic year "2022/23" stays as written.
 */
export function periodLabel(period: string, locale: Locale = getLocale()): string {
	return datePhrase(period, locale);
}
