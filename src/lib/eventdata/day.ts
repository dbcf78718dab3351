/** Days as integers (days since 1970-01-01, UTC): compact to store and cheap to bin. */

const MS_PER_DAY = 86_400_000;

/** The day number of y-m-d, or undefined when that is not a calendar day (or before 1900 / after 2099). */
export function dayNumber(y: number, m: number, d: number): number | undefined {
	if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
	const ms = Date.UTC(y, m - 1, d);
	const date = new Date(ms);
	if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return ms / MS_PER_DAY;
}

export const dayToDate = (day: number): Date => new Date(day * MS_PER_DAY);
export const dateToDay = (date: Date): number => Math.floor(date.getTime() / MS_PER_DAY);

/** "2023-06-18" for a day number. */
export const dayToIso = (day: number): string => dayToDate(day).toISOString().slice(0, 10);
