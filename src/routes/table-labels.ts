/**
 * Words the pages' own tables print for values of the data (track, series) and the few date
 * phrasings the data writes in English ("Spring 1978", "from 3 May 2023"), in the page's language. A phrase
 * not recognised is given back as the data wrote it.
 */
import type { PeopleSeriesId } from '$lib/data/schemas/people-series';
import type { Track } from '$lib/data/schemas/engagement-events';
import { TRACK_LABEL } from '$lib/eventdata/classify';
import { getLocale, inLocale, isChinese, m, type Locale } from '$lib/i18n';
import { formatIsoDate } from '$lib/transforms/dates';

const SERIES: Record<PeopleSeriesId, (i: object, o: { locale: Locale }) => string> = {
	'chinese-students-in-us': m.app_series_chinese_students_in_us,
	'us-students-in-china': m.app_series_us_students_in_china,
	'weekly-flights': m.app_series_weekly_flights
};

/** "Official" / "官方", "Civil" / "民间". */
export const trackLabel = (t: Track, locale: Locale = getLocale()) => inLocale(locale, TRACK_LABEL[t]);
/** "chinese students in us" / "在美中国留学生"... */
export const seriesLabel = (s: PeopleSeriesId, locale: Locale = getLocale()) => SERIES[s]({}, { locale });

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SEASONS: Record<string, string> = {
	spring: '春',
	summer: '夏',
	autumn: '秋',
	fall: '秋',
	winter: '冬',
	early: '初',
	late: '末'
};

/** "4 Sep 1978", "October 1978" or "1978" as an ISO date ("1978-09-04", "1978-10", "1978"), else undefined. */
function isoOf(english: string): string | undefined {
	const match = /^(?:(\d{1,2}) )?(?:([A-Za-z]+)\.? )?(\d{4})$/.exec(english.trim());
	if (!match) return undefined;
	const [, day, month, year] = match;
	if (!month) return day ? undefined : year;
	const m0 = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
	if (m0 < 0) return undefined;
	const mm = String(m0 + 1).padStart(2, '0');
	return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** A date the data phrases in English, in Chinese; undefined when the phrasing is not one we know. */
function chineseDate(english: string): string | undefined {
	const text = english.trim();
	const iso = isoOf(text);
	if (iso) return formatIsoDate(iso, 'zh-CN');
	const season = /^(spring|summer|autumn|fall|winter|early|late) (\d{4})$/i.exec(text);
	if (season) return `${season[2]}年${SEASONS[season[1].toLowerCase()]}`;
	const about = /^(?:about|around|c\.|circa) (.+)$/i.exec(text);
	if (about) return withDate(about[1], (d) => `约${d}`);
	const reported = /^reported by ([^,]+), (.+)$/i.exec(text);
	if (reported) return withDate(reported[2], (d) => `据${reported[1]}报道，${d}`);
	const before = /^before (.+)$/i.exec(text);
	if (before) return withDate(before[1], (d) => `${d}以前`);
	const from = /^from (.+)$/i.exec(text);
	if (from) return withDate(from[1], (d) => `${d}起`);
	return undefined;
}

const withDate = (english: string, phrase: (d: string) => string) => {
	const iso = isoOf(english);
	return iso ? phrase(formatIsoDate(iso, 'zh-CN')) : undefined;
};

/**
 * A trip's date as the sources phrase it ("Spring 1978", "About 16 Aug 1978"): unchanged in English,
 * "1978年春", "约1978年8月16日" in Chinese, or the English when the phrasing is not recognised.
 */
export function tripDateLabel(label: string, locale: Locale = getLocale()): string {
	return (isChinese(locale) && chineseDate(label)) || label;
}

/**
 * A people-to-people value's period ("2022/23", "from 3 May 2023", "before 2020"): unchanged in English,
 * "2023年5月3日起", "2020年以前" in Chinese; an academic year "2022/23" stays as written.
 */
export function periodLabel(period: string, locale: Locale = getLocale()): string {
	return (isChinese(locale) && chineseDate(period)) || period;
}
