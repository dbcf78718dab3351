/**
 * Dates in the data are ISO strings at day, month or year precision ("2022-08-05", "2024-06", "1978").
 * These helpers place them on a time axis (UTC, start of the period) and print them as the design asks:
 * "5 Aug 2022", "Jun 2024", "1978".
 */

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

/** "5 Aug 2022", "Aug 2022" or "2022", keeping the precision the source gave. */
export function formatIsoDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const p = precisionOf(iso);
	if (p === 'year') return String(y);
	if (p === 'month') return `${MONTHS[m - 1]} ${y}`;
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "16-19 Jul 2023", "2-3 Aug 2022", "2 May - 6 Jun 1978", or one date when there is no end. */
export function formatIsoRange(start: string, end?: string): string {
	if (!end || end === start) return formatIsoDate(start);
	const [sy, sm] = start.split('-').map(Number);
	const [ey, em] = end.split('-').map(Number);
	if (precisionOf(start) === 'day' && precisionOf(end) === 'day' && sy === ey) {
		const sd = Number(start.slice(8));
		if (sm === em) return `${sd}-${formatIsoDate(end)}`;
		return `${sd} ${MONTHS[sm - 1]} - ${formatIsoDate(end)}`;
	}
	return `${formatIsoDate(start)} - ${formatIsoDate(end)}`;
}

/** A Date printed at day precision, for axis-independent labels ("5 Aug 2022"). */
export function formatDay(date: Date): string {
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
