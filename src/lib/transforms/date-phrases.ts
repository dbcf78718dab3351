/**
 * The date phrasings the data writes in English when a source is vaguer than an ISO date ("Spring 1978",
 * "About 16 Aug 1978", "End of June 2024", "from 3 May 2023"), in the page's language: unchanged in English,
 * "1978年春", "约1978年8月16日", "2024年6月底", "2023年5月3日起" in Chinese. A phrasing not recognised is given
 * back as the data wrote it (the caller marks it lang="en").
 */
import { getLocale, isChinese, type Locale } from '$lib/i18n';
import { formatIsoDate, formatIsoRange } from './dates';

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
	const months = /^([A-Za-z]+)[-–]([A-Za-z]+) (\d{4})$/.exec(text);
	if (months) {
		const [a, b] = [isoOf(`${months[1]} ${months[3]}`), isoOf(`${months[2]} ${months[3]}`)];
		if (a && b) return `${formatIsoDate(a, 'zh-CN')}至${Number(b.slice(5))}月`;
	}
	const endOf = /^end of (.+)$/i.exec(text);
	if (endOf) return withDate(endOf[1], (d) => `${d}底`);
	const reportedOn = /^reported (\d.+)$/i.exec(text);
	if (reportedOn) return withDate(reportedOn[1], (d) => `${d}报道`);
	const by = /^by (.+)$/i.exec(text);
	if (by) return withDate(by[1], (d) => `${d}或之前`);
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

/** `phrase` in the page's language, or as written when it is not a phrasing we know. */
export function datePhrase(phrase: string, locale: Locale = getLocale()): string {
	return (isChinese(locale) && chineseDate(phrase)) || phrase;
}

/**
 * When an event happened, as a reader should see it: the source's own words where they are vaguer than the
 * ISO date ("Summer 2023", "Reported 20 Aug 2023"), else the date or range ("16-19 Jul 2023").
 */
export function eventWhen(
	e: { date: string; end?: string; date_label?: string },
	locale: Locale = getLocale()
): string {
	return e.date_label ? datePhrase(e.date_label, locale) : formatIsoRange(e.date, e.end, locale);
}
