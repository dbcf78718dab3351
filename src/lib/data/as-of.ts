/**
 * The data's "as of" date: the latest date any record is about, across every dataset (the columns each
 * dataset names in `asOfColumns`), and the day the site or export was built. Computed, never typed, so an
 * update of the data moves it, and so does an import (the imported rows are records like the others).
 */
import { DATASETS, type DatasetKey } from './datasets.ts';
import type { DataBundle } from './load.ts';
import { endOfPeriod, isoDay, toDate } from '../transforms/dates.ts';

export interface AsOf {
	/** The latest record date, ISO at the precision the record gives; undefined when nothing is dated. */
	data?: string;
	/** The day the site (or the export) was built, YYYY-MM-DD. */
	built: string;
	/** True when the user's imported data is applied (it can move the date). */
	imported?: boolean;
}

/**
 * The latest record date in `bundle`. Dates are compared by the end of the period they name, so a month
 * ("2026-05") counts as later than a day inside it and the as-of date is never more precise than the data.
 * Dates that start after `notAfter` (the build day) are scheduled, not recorded ("the truce runs to 10 Nov"),
 * and are left out.
 */
export function latestRecordDate(bundle: Partial<DataBundle>, notAfter: Date): string | undefined {
	let latest: { iso: string; end: number } | undefined;
	const limit = toDate(isoDay(notAfter)).getTime();
	for (const [key, spec] of Object.entries(DATASETS) as [DatasetKey, (typeof DATASETS)[DatasetKey]][]) {
		for (const row of (bundle[key] ?? []) as Record<string, unknown>[]) {
			for (const column of spec.asOfColumns) {
				const iso = row[column];
				if (typeof iso !== 'string' || toDate(iso).getTime() > limit) continue;
				const end = endOfPeriod(iso).getTime();
				if (!latest || end > latest.end) latest = { iso, end };
			}
		}
	}
	return latest?.iso;
}

/** The as-of date of `bundle` built on `built`; `imported` when it holds the user's imports. */
export function dataAsOf(bundle: Partial<DataBundle>, built: Date, imported = false): AsOf {
	return { data: latestRecordDate(bundle, built), built: isoDay(built), ...(imported ? { imported } : {}) };
}
