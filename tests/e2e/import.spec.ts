import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { readExportedCsv, waitForHydration, watch } from './helpers';

const FIXTURES = 'tests/fixtures';
const COUNTS = '#engagement-counts-svg';

async function importFile(page: Page, path: string) {
	await page.getByRole('button', { name: /^Import data/ }).setInputFiles(path);
}

/** The file a Figure's Export menu downloads in `format`. */
async function exported(page: Page, figure: Locator, format: RegExp): Promise<Buffer> {
	const menu = figure.getByRole('button', { name: 'Export' });
	if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: format }).click()
	]);
	return readFileSync((await download.path())!);
}

/** The drawn bars' labels of the per-quarter chart: changes when the counted events change. */
const barLabels = (page: Page) => page.locator(COUNTS).innerHTML();

test('import a bad CSV, a good one, reload, reset; then a GDELT export', async ({ page }) => {
	const { errors } = watch(page);
	await page.goto('/engagement');
	await waitForHydration(page);
	const shipped = await barLabels(page);

	// A bad file: every problem listed by line and column, nothing applied.
	await importFile(page, `${FIXTURES}/import/engagement-events-bad.csv`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('has 4 problems (1 of 5 rows valid). Nothing has been applied.');
	const problems = page.getByRole('list', { name: /Problems in engagement-events-bad\.csv/ });
	await expect(problems).toContainText(
		'engagement-events-bad.csv:3:6 (column "track"): found "civic"; expected one of: official, civil'
	);
	await expect(problems).toContainText('engagement-events-bad.csv:4:2 (column "date"): found "2023-02-30"');
	await expect(problems).toContainText('engagement-events-bad.csv:5:10 (column "source_id")');
	await expect(problems).toContainText('engagement-events-bad.csv:6:5: expected 13 cells, found 4');
	expect(await barLabels(page)).toBe(shipped);
	await page.getByRole('button', { name: 'Cancel', exact: true }).click();

	// A good file, merged: the chart changes and the source line names the file.
	await importFile(page, `${FIXTURES}/import/engagement-events-good.csv`);
	await expect(page.getByRole('status').filter({ hasText: '6 valid rows, no problems' })).toBeVisible();
	await page.getByRole('button', { name: 'Apply import' }).click();
	await expect(page.getByText('Imported engagement-events-good.csv into')).toBeVisible();
	await expect.poll(() => barLabels(page)).not.toBe(shipped);
	const imported = await barLabels(page);
	await expect(page.locator('#engagement-counts')).toContainText(
		'via imported file engagement-events-good.csv'
	);

	// Still there after a reload.
	await page.reload();
	await waitForHydration(page);
	await expect(page.getByRole('button', { name: 'Reset to shipped data' })).toBeVisible();
	await expect.poll(() => barLabels(page)).toBe(imported);

	// One click back to the shipped data.
	await page.getByRole('button', { name: 'Reset to shipped data' }).click();
	await expect.poll(() => barLabels(page)).toBe(shipped);
	await expect(page.getByRole('button', { name: 'Reset to shipped data' })).toHaveCount(0);

	// A GDELT 2.0 export: detected, streamed in the worker, charted.
	await importFile(page, `${FIXTURES}/gdelt/20230101.export.CSV`);
	await expect(page.getByText('Detected: GDELT 2.0 events export')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Import of 20230101.export.CSV' })).toContainText(
		'33 rows read, 22 China–US events kept, 5 of other countries left out, 6 skipped for a problem'
	);
	const figure = page.locator('#event-data');
	await expect(figure).toContainText('Your imported event data: China–US events per');
	await expect(figure).toContainText('Imported by you, not part of the curated log: 22 coded events');
	await expect(figure).toContainText('20230101.export.CSV (imported by you');
	const bars = figure.locator('rect.bin-bar');
	expect(await bars.count()).toBeGreaterThanOrEqual(5);

	// Each bar shows its value, bin, source and confidence like every other chart's marks, by pointer and keyboard.
	const official = figure.locator('rect.bin-bar[data-series="official"]').first();
	await official.hover();
	const tooltip = figure.locator('.tooltip');
	await expect(tooltip).toContainText(/^Official/);
	await expect(tooltip).toContainText(/\d+ of \d+ events? this (day|week|month)/);
	await expect(tooltip).toContainText('Source: 20230101.export.CSV (imported by you');
	await expect(tooltip).toContainText('Reported');
	await expect(tooltip).toContainText('the file you imported');
	await expect(official).toHaveAttribute('aria-label', /source: 20230101\.export\.CSV/);
	await page.mouse.move(0, 0);
	await figure.locator('rect.bin-bar[data-series="conflictual"]').first().focus();
	await expect(tooltip).toContainText(/^Conflictual \(QuadClass 3–4\)/);
	await expect(figure.locator('.figure-footer')).toContainText('Reported: commonly reported');

	// Re-binned by day on zoom, without the file.
	const bins = page.getByRole('combobox', { name: /^Bins/ });
	await page.getByRole('button', { name: 'Last 90 days' }).click();
	await expect(figure).toContainText('China–US events per day');
	await page.getByRole('button', { name: 'All', exact: true }).click();
	await expect(figure).toContainText('China–US events per week');
	await bins.selectOption('month');
	await expect(figure).toContainText('China–US events per month');

	// Exported like every chart: one CSV row per bin with source and confidence; a native PowerPoint chart.
	const { comments, table: csv } = readExportedCsv(strFromU8(await exported(page, figure, /CSV/)));
	// The imported files' own date: their last event, said to be imported data.
	expect(comments[1]).toMatch(/^Data as of \d{1,2} [A-Z][a-z]{2} \d{4}, including imported data · built /);
	const column = (name: string) => csv.records.map((r) => r.cells[csv.header.indexOf(name)]);
	expect(column('bin').slice(0, 2)).toEqual(['Jan 2023', 'Feb 2023']);
	expect(column('total').reduce((a, n) => a + Number(n), 0)).toBe(22);
	expect(new Set(column('confidence'))).toEqual(new Set(['reported']));
	expect(column('source').every((s) => s.includes('20230101.export.CSV'))).toBe(true);
	const pptx = unzipSync(await exported(page, figure, /PowerPoint/));
	const chart = Object.keys(pptx).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
	expect(strFromU8(pptx[chart!])).toContain('<c:barChart>');
	expect(errors).toEqual([]);
});

test('the zip as downloaded and ICEWS are detected; other files are rejected clearly', async ({ page }) => {
	await page.goto('/data');
	await waitForHydration(page);
	await importFile(page, `${FIXTURES}/gdelt/20230101.export.CSV.zip`);
	await expect(page.getByText(/33 rows read, 22 China–US events kept/)).toBeVisible();
	await page.getByRole('button', { name: 'Close' }).click();

	await importFile(page, `${FIXTURES}/icews/events.2021.fixture.tab`);
	await expect(page.getByText('Detected: ICEWS event file')).toBeVisible();
	await expect(page.getByText(/15 rows read, 10 China–US events kept/)).toBeVisible();
	await page.getByRole('button', { name: 'Close' }).click();

	for (const [file, message] of [
		['empty.csv', 'empty.csv:1:1: the file is empty'],
		['binary.csv', 'binary.csv:2:1: the file is binary'],
		['latin1.csv', 'latin1.csv:2:1: expected UTF-8 text']
	]) {
		await importFile(page, `${FIXTURES}/import/${file}`);
		await expect(page.getByRole('alert')).toContainText(`Not imported: ${message}`);
		await page.getByRole('button', { name: 'Close' }).click();
	}
	await page.getByRole('button', { name: 'Reset to shipped data' }).click();
});

test('a stored import that can no longer be read is reported and kept aside', async ({ page }) => {
	await page.goto('/data');
	await waitForHydration(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('us-china-channels-imports', 1);
				req.onupgradeneeded = () => {
					for (const name of ['datasets', 'events', 'aside'])
						req.result.createObjectStore(name, { keyPath: 'id', autoIncrement: true });
				};
				req.onsuccess = () => {
					const t = req.result.transaction('datasets', 'readwrite');
					t.objectStore('datasets').add({
						key: 'events',
						file: 'old-events.csv',
						mode: 'merge',
						validOnly: false,
						text: 'id,date\nx,2023-01-01\n',
						importedAt: '2024-01-01T00:00:00Z'
					});
					t.oncomplete = () => resolve();
					t.onerror = () => reject(t.error);
				};
				req.onerror = () => reject(req.error);
			})
	);
	await page.reload();
	await waitForHydration(page);
	const report = page.getByRole('alert').filter({ hasText: 'kept aside' });
	await expect(report).toContainText('1 stored import could not be read and was kept aside');
	await expect(report).toContainText('old-events.csv: it no longer validates');
	await expect(report.getByRole('button', { name: 'Download what was kept' })).toBeVisible();
	await report.getByRole('button', { name: 'Discard what was kept aside' }).click();
	await expect(report).toHaveCount(0);
});

/** The lanes and the count chart of /channels: change when the register's periods change. */
const channelCharts = (page: Page) =>
	Promise.all(['#channels-lanes-svg', '#channels-count'].map((id) => page.locator(id).first().innerHTML()));

test('import channel periods on /channels: the lanes and counts change; reset', async ({ page }) => {
	const { errors } = watch(page);
	await page.goto('/channels');
	await waitForHydration(page);
	const shipped = await channelCharts(page);
	const active = page.locator('#channels-lanes rect.segment-active');
	const activeBefore = await active.count();

	await importFile(page, `${FIXTURES}/import/channel-periods-fixture.csv`);
	await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('channelPeriods');
	await expect(page.getByRole('status').filter({ hasText: '1 valid row, no problems' })).toBeVisible();
	await page.getByRole('button', { name: 'Apply import' }).click();
	await expect(page.getByText('Imported channel-periods-fixture.csv into')).toBeVisible();

	// The fixture makes a channel of unknown status active: one more active stretch, other counts.
	await expect.poll(() => active.count()).toBeGreaterThan(activeBefore);
	const [lanes, counts] = await channelCharts(page);
	expect(lanes).not.toBe(shipped[0]);
	expect(counts).not.toBe(shipped[1]);
	await expect(page.locator('#channels-lanes')).toContainText(
		'via imported file channel-periods-fixture.csv'
	);

	await page.getByRole('button', { name: 'Reset to shipped data' }).click();
	await expect.poll(() => channelCharts(page)).toEqual(shipped);
	expect(errors).toEqual([]);
});

test('import 1978 trips on /delegations: the chart changes; the overview follows; reset', async ({
	page
}) => {
	const { errors } = watch(page);
	await page.goto('/delegations');
	await waitForHydration(page);
	const chart = page.locator('#delegations-index');
	const shipped = await chart.innerHTML();

	await importFile(page, `${FIXTURES}/import/trips-1978-fixture.csv`);
	await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('trips');
	await page.getByRole('button', { name: 'Apply import' }).click();
	await expect(chart).toContainText('Fixture leader');
	await expect(chart).toContainText('via imported file trips-1978-fixture.csv');

	// The overview's chart and headline follow the same imported data.
	await page.goto('/');
	await waitForHydration(page);
	await expect(page.locator('#delegations-index')).toContainText('Fixture leader');
	await expect(page.getByText(/beside the 10 sourced trips of 1978/)).toBeVisible();

	await page.getByRole('button', { name: 'Reset to shipped data' }).click();
	await expect(page.getByText(/beside the 9 sourced trips of 1978/)).toBeVisible();
	await page.goto('/delegations');
	await waitForHydration(page);
	await expect.poll(() => chart.innerHTML()).toBe(shipped);
	expect(errors).toEqual([]);
});
