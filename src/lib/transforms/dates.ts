/**
 * Dates in the data are ISO strings at day, month or year precision ("2022-08-05", "2024-06", "1978").
 * These helpers place them on a time axis (UTC, start of the period) and print them as the design asks:
 * "5 Aug 2022", "Jun 2024", "1978" in English, "2022年8月5日", "2024年6月", "1978年" in Chinese.
 */
import { getLocale, isChinese, type Locale } from '$lib/i18n';

export type DatePrecision = 'day' | 'month' | 'year';

export function precisionOf(iso: string): DatePrecision {
	return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** The UTC instant at the start of the day, month or year an ISO date names. */
export function toDate(iso: string): Date {
	const [y, m = 1, d = 1] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

/** The UTC instant at the end of the period an ISO date names (start of the next day, month or year). */
export function endOfPeriod(iso: string): Date {
	const [y, m = 1, d = 1] = iso.split('-').map(Number);
	const p = precisionOf(iso);
	if (p === 'day') return new Date(Date.UTC(y, m - 1, d + 1));
	if (p === 'month') return new Date(Date.UTC(y, m, 1));
	return new Date(Date.UTC(y + 1, 0, 1));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month's short name: "Aug", or "8月" in Chinese. */
export function monthName(month0: number, locale: Locale = getLocale()): string {
	return isChinese(locale) ? `${month0 + 1}月` : MONTHS[month0];
}

/** "5 Aug 2022", "Aug 2022" or "2022" (Chinese: "2022年8月5日", "2022年8月", "2022年"), keeping the precision the source gave. */
export function formatIsoDate(iso: string, locale: Locale = getLocale()): string {
	const [y, m, d] = iso.split('-').map(Number);
	const p = precisionOf(iso);
	if (isChinese(locale))
		return p === 'year' ? `${y}年` : p === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日`;
	if (p === 'year') return String(y);
	if (p === 'month') return `${MONTHS[m - 1]} ${y}`;
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * "16-19 Jul 2023", "2-3 Aug 2022", "2 May - 6 Jun 1978", or one date when there is no end
 * (Chinese: "2023年7月16日至19日", "1978年5月2日至6月6日").
 */
export function formatIsoRange(start: string, end?: string, locale: Locale = getLocale()): string {
	if (!end || end === start) return formatIsoDate(start, locale);
	const [sy, sm] = start.split('-').map(Number);
	const [ey, em, ed] = end.split('-').map(Number);
	const sameYearDays = precisionOf(start) === 'day' && precisionOf(end) === 'day' && sy === ey;
	if (isChinese(locale)) {
		if (sameYearDays) return `${formatIsoDate(start, locale)}至${sm === em ? '' : `${em}月`}${ed}日`;
		return `${formatIsoDate(start, locale)}至${formatIsoDate(end, locale)}`;
	}
	if (sameYearDays) {
		const sd = Number(start.slice(8));
		if (sm === em) return `${sd}-${formatIsoDate(end, locale)}`;
		return `${sd} ${MONTHS[sm - 1]} - ${formatIsoDate(end, locale)}`;
	}
	return `${formatIsoDate(start, locale)} - ${formatIsoDate(end, locale)}`;
}

/** The UTC day of a Date as an ISO date ("2026-12-04"). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A Date printed at day precision, for axis-independent labels ("5 Aug 2022", "2022年8月5日"). */
export function formatDay(date: Date, locale: Locale = getLocale()): string {
	if (isChinese(locale)) return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
