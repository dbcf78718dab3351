/** `npm run ingest` writes the same monthly CSV as the shared aggregation, and fails clearly on a bad file. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthlyCsv, monthlyRows } from './bins.ts';
import { EventIngest } from './ingest.ts';

const GDELT = 'tests/fixtures/gdelt/20230101.export.CSV';

describe('scripts/ingest.mjs', () => {
	it('writes monthly counts per track to --out', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'monthly.csv');
		execFileSync('node', ['scripts/ingest.mjs', `${GDELT}.zip`, '--out', out, '--quiet']);
		const ingest = new EventIngest('g');
		ingest.push(readFileSync(GDELT));
		const r = ingest.finish();
		if (!r.ok) throw new Error(r.issue.expected);
		expect(readFileSync(out, 'utf8')).toBe(monthlyCsv(monthlyRows(r.index)));
	}, 30_000);

	it('names the file, line and what was expected when a file is not event data', () => {
		const run = spawnSync('node', ['scripts/ingest.mjs', 'tests/fixtures/import/engagement-events-good.csv']);
		expect(run.status).toBe(1);
		expect(run.stderr.toString()).toMatch(
			/^ingest: engagement-events-good\.csv:1:1: expected a GDELT 2\.0 events export/
		);
	}, 30_000);
});
