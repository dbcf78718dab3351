/**
 * Every chart says what date its data runs to: on the page, in the embed, on briefing slides and in the
 * SVG, CSV and PowerPoint files a user takes away (each parsed as another program would read it).
 */
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readCsv } from '../../src/lib/data/csv';
import { readExportedCsv, waitForHydration } from './helpers';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "15 May 2026", "May 2026" or "2026", as the line prints an ISO date. */
const english = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return [d, m && MONTHS[m - 1], y].filter(Boolean).join(' ');
};
const TODAY = new Date().toISOString().slice(0, 10);
/** The latest date in the event log (date or end, not after today): the as-of date cannot be earlier. */
const latestEvent = (() => {
	const table = readCsv(readFileSync('data/engagement-events.csv', 'utf8'));
	const cols = ['date', 'end'].map((c) => table.header.indexOf(c));
	const dates = table.records.flatMap((r) => cols.map((c) => r.cells[c])).filter((d) => d && d <= TODAY);
	return dates.sort().at(-1)!;
})();

const LINE = /^Data as of ((\d{1,2} )?([A-Z][a-z]{2} )?\d{4}) · built (\d{1,2} [A-Z][a-z]{2} \d{4})$/;

/** The Figure's own "Data as of" line, checked for its form and against the event log. */
async function asOfLineOf(figure: Locator): Promise<string> {
	const line = (await figure.locator('.figure-as-of').textContent())!.trim();
	const match = line.match(LINE);
	expect(match, line).not.toBeNull();
	expect(match![4]).toBe(english(TODAY));
	// Not older than the newest event in the log (a month of the same month counts as not older).
	const shown = match![1];
	expect([
		english(latestEvent),
		english(latestEvent.slice(0, 7)),
		english(latestEvent.slice(0, 4))
	]).toContain(shown);
	return line;
}

async function exportAs(page: Page, figure: Locator, format: RegExp, name = 'Export'): Promise<Download> {
	const menu = figure.getByRole('button', { name });
	if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: format }).click()
	]);
	return download;
}
const read = async (d: Download) => readFileSync((await d.path())!);

for (const path of ['/', '/channels', '/delegations', '/engagement', '/embed/engagement-counts']) {
	test(`${path}: every Figure says what date its data runs to`, async ({ page }) => {
		await page.goto(path);
		const figures = page.locator('figure.figure');
		expect(await figures.count()).toBeGreaterThan(0);
		for (const figure of await figures.all()) await asOfLineOf(figure);
	});
}

test('the SVG, CSV and PowerPoint exports of a Figure carry its "Data as of" line', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const figure = page.locator('#engagement-counts');
	const line = await asOfLineOf(figure);

	// SVG: parsed as XML, the line is the text of its own layer.
	const svg = (await read(await exportAs(page, figure, /SVG/))).toString('utf8');
	const layer = await page.evaluate((s) => {
		const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
		return doc.querySelector('parsererror') ? null : (doc.getElementById('as-of')?.textContent ?? '');
	}, svg);
	expect(layer).toBe(line);

	// CSV: the title and the line as comment lines, then a table a reader parses.
	const csv = (await read(await exportAs(page, figure, /CSV/))).toString('utf8');
	const { comments, table } = readExportedCsv(csv);
	expect(comments).toEqual([(await figure.locator('.figure-title').textContent())!.trim(), line]);
	expect(table.problems).toEqual([]);
	expect(table.header).toEqual(expect.arrayContaining(['source', 'confidence']));

	// PowerPoint: in the slide's footer and in its speaker notes.
	const files = unzipSync(await read(await exportAs(page, figure, /PowerPoint/)));
	expect(strFromU8(files['ppt/slides/slide1.xml'])).toContain(line);
	const notes = Object.keys(files).find((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))!;
	expect(strFromU8(files[notes])).toContain(line);
});

test('a Chinese export says 数据截至', async ({ page }) => {
	await page.goto('/zh-CN/delegations');
	await waitForHydration(page);
	const figure = page.locator('#delegations-index');
	const line = (await figure.locator('.figure-as-of').textContent())!.trim();
	expect(line).toMatch(/^数据截至\d{4}年(\d{1,2}月(\d{1,2}日)?)? · 构建于\d{4}年\d{1,2}月\d{1,2}日$/);
	const svg = (await read(await exportAs(page, figure, /SVG/, '导出'))).toString('utf8');
	expect(svg).toContain(line);
});

test('briefing slides show the as-of date when presented, printed and handed out', async ({ page }) => {
	await page.goto('/briefing/present#1');
	await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
	const slide = page.locator('.slide');
	await expect(slide.locator('.figure-as-of')).toBeVisible();
	await expect(slide.locator('.figure-as-of')).toHaveText(LINE);
	await page.keyboard.press('End');
	await expect(slide.locator('.figure-as-of')).toHaveText(LINE);

	await page.goto('/briefing/print');
	await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
	const printed = page.locator('.slide .figure-as-of');
	expect(await printed.count()).toBe(await page.locator('.slide').count());
	for (const l of await printed.all()) await expect(l).toHaveText(LINE);

	await page.goto('/briefing');
	await waitForHydration(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download PowerPoint handout' }).click()
	]);
	const files = unzipSync(await read(download));
	const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
	expect(slides.length).toBeGreaterThan(0);
	for (const s of slides) expect(strFromU8(files[s])).toMatch(/Data as of [^<]+ · built /);
});

test('imported data moves the as-of date, and the line says it includes imported data', async ({ page }) => {
	// One more event, dated yesterday, in the shipped file's own columns.
	const { header, records } = readCsv(readFileSync('data/engagement-events.csv', 'utf8'));
	const yesterday = new Date(Date.now() - 864e5).toISOString().slice(0, 10);
	const cells = [...records[0].cells];
	cells[header.indexOf('id')] = 'as-of-test-event';
	cells[header.indexOf('date')] = yesterday;
	cells[header.indexOf('end')] = '';
	const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
	const file = join(mkdtempSync(join(tmpdir(), 'as-of-')), 'engagement-events-later.csv');
	writeFileSync(file, `${header.map(quote).join(',')}\n${cells.map(quote).join(',')}\n`);

	await page.goto('/engagement');
	await waitForHydration(page);
	await page.getByRole('button', { name: /^Import data/ }).setInputFiles(file);
	await page.getByRole('button', { name: 'Apply import' }).click();
	const figure = page.locator('#engagement-counts');
	await expect(figure.locator('.figure-as-of')).toHaveText(
		`Data as of ${english(yesterday)}, including imported data · built ${english(TODAY)}`
	);
	await page.getByRole('button', { name: 'Reset to shipped data' }).click();
	await expect(figure.locator('.figure-as-of')).toHaveText(LINE);
});
