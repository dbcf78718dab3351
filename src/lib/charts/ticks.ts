/**
 * Tick choices for time axes: yearly ticks over long spans, half-yearly or quarterly over short ones,
 * thinned so labels never collide at the width drawn.
 */
import { utcMonth, utcYear } from 'd3-time';
import { getLocale, isChinese, type Locale } from '$lib/i18n';
import { monthName } from '$lib/transforms/dates';

export interface TimeTick {
	date: Date;
	label: string;
}

/** Ticks for [start, end] drawn across `width` px, at least ~70 px apart. */
export function timeTicks(
	[start, end]: [Date, Date],
	width: number,
	locale: Locale = getLocale()
): TimeTick[] {
	const years = (end.getTime() - start.getTime()) / (365.25 * 864e5);
	const room = Math.max(1, Math.floor(width / 70));
	if (years > room / 2) {
		const step = Math.max(1, Math.ceil(years / room));
		return utcYear
			.every(step)!
			.range(start, new Date(end.getTime() + 1))
			.map((date) => ({ date, label: String(date.getUTCFullYear()) }));
	}
	const monthsPerTick = [1, 3, 6].find((m) => (years * 12) / m <= room) ?? 12;
	return utcMonth
		.every(monthsPerTick)!
		.range(start, new Date(end.getTime() + 1))
		.map((date, i) => {
			const year = String(date.getUTCFullYear());
			const month = monthName(date.getUTCMonth(), locale);
			// January carries the year; so does the first tick, so the axis never starts yearless.
			const first = isChinese(locale) ? `${year}年${month}` : `${month} ${year}`;
			const label = date.getUTCMonth() === 0 ? year : i === 0 ? first : month;
			return { date, label };
		});
}
