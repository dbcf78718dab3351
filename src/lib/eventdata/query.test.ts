/**
 * data/queries/gdelt-china-us-monthly.sql, run in DuckDB over the GDELT fixture, gives the same monthly counts
 * as the TypeScript aggregation the browser and `npm run ingest` use.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthlyRows } from './bins.ts';
import { EventIngest } from './ingest.ts';

const FIXTURE = 'tests/fixtures/gdelt/20230101.export.CSV';
const QUERY = readFileSync('data/queries/gdelt-china-us-monthly.sql', 'utf8');

/** The GDELT 2.0 column names, as in BigQuery (where the Day column is SQLDATE). */
const actor = (n: number) =>
	['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code']
		.concat(['Type1Code', 'Type2Code', 'Type3Code'])
		.map((c) => `Actor${n}${c}`);
const geo = (p: string) =>
	['Type', 'Fullname', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
		(c) => `${p}Geo_${c}`
	);
const COLUMNS = [
	'GLOBALEVENTID',
	'SQLDATE',
	'MonthYear',
	'Year',
	'FractionDate',
	...actor(1),
	...actor(2),
	'IsRootEvent',
	'EventCode',
	'EventBaseCode',
	'EventRootCode',
	'QuadClass',
	'GoldsteinScale',
	'NumMentions',
	'NumSources',
	'NumArticles',
	'AvgTone',
	...geo('Actor1'),
	...geo('Actor2'),
	...geo('Action'),
	'DATEADDED',
	'SOURCEURL'
];

describe('data/queries/gdelt-china-us-monthly.sql', () => {
	it('has the 61 GDELT 2.0 columns in the test view', () => {
		expect(COLUMNS).toHaveLength(61);
	});

	it('gives the same monthly counts in DuckDB as the TypeScript aggregation', async () => {
		const instance = await DuckDBInstance.create(':memory:');
		const db = await instance.connect();
		try {
			// The typed table BigQuery holds: each line split on tabs, lines without 61 cells left out (BigQuery's
			// table has none), the numeric columns cast (an unreadable date becomes NULL and is not counted).
			const cells = COLUMNS.map((c, i) => {
				const cell = `nullif(cells[${i + 1}], '')`;
				return ['SQLDATE', 'QuadClass'].includes(c)
					? `TRY_CAST(${cell} AS BIGINT) AS ${c}`
					: `${cell} AS ${c}`;
			});
			await db.run(`CREATE VIEW gdelt_events AS
				WITH lines AS (SELECT string_split(line, chr(9)) AS cells
					FROM read_csv('${FIXTURE}', delim = chr(1), header = false, quote = '', escape = '',
						auto_detect = false, columns = {'line': 'VARCHAR'}))
				SELECT ${cells.join(', ')} FROM lines WHERE len(cells) = ${COLUMNS.length}`);
			const sql = QUERY.replaceAll('`gdelt-bq.gdeltv2.events`', 'gdelt_events');
			expect(sql).not.toBe(QUERY);
			const reader = await db.runAndReadAll(sql);
			const fromSql = reader
				.getRowObjectsJS()
				.map((r) =>
					Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))
				);

			const ingest = new EventIngest('fixture');
			ingest.push(readFileSync(FIXTURE));
			const result = ingest.finish();
			if (!result.ok) throw new Error(result.issue.expected);
			const fromTs = monthlyRows(result.index);
			expect(fromTs.length).toBeGreaterThan(10);
			expect(fromSql).toEqual(fromTs);
		} finally {
			db.closeSync();
			instance.closeSync();
		}
	});
});
