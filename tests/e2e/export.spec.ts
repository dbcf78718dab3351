import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { readExportedCsv, waitForHydration } from './helpers';

const VIEWS = {
	'/channels': ['channels-claim', 'channels-lanes', 'channels-count'],
	'/delegations': ['delegations-index'],
	'/engagement': ['engagement-tracks', 'engagement-counts', 'engagement-people']
} as const;
const TODAY = new Date().toISOString().slice(0, 10);

async function exportAs(page: Page, figure: Locator, format: RegExp, preset = 'slide-16x9', scale = '1') {
	const menu = figure.getByRole('button', { name: 'Export' });
	if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	await figure.getByLabel('Size').selectOption(preset);
	await figure.getByLabel('PNG scale').selectOption(scale);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: format }).click()
	]);
	return download;
}

const text = async (d: Download) => readFileSync((await d.path())!, 'utf8');

/** What another program sees: the SVG parses as XML, carries title and sources, and fetches nothing. */
async function checkSvg(page: Page, svg: string, title: string) {
	const parsed = await page.evaluate((s) => {
		const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: root.nodeName,
			width: root.getAttribute('width'),
			ids: [...doc.querySelectorAll('[id]')].map((e) => e.id),
			text: root.textContent ?? ''
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.text).toContain(title);
	expect(parsed.text).toMatch(/Sources?: \S/);
	expect(parsed.text).toContain('Exported');
	expect(parsed.ids).toEqual(expect.arrayContaining(['title', 'legend', 'chart', 'sources', 'export-date']));
	// No reference to any URL: only the XML namespace may mention http.
	expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|@import/);
	expect(svg).toContain('@font-face');
}

/** PNG size and that it is not blank: decoded in the page, pixel variance over the whole image. */
async function pngStats(page: Page, png: Buffer) {
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.naturalWidth;
		c.height = img.naturalHeight;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let sum = 0;
		let sq = 0;
		const n = d.length / 4;
		for (let i = 0; i < d.length; i += 4) {
			const v = (d[i] + d[i + 1] + d[i + 2]) / 3;
			sum += v;
			sq += v * v;
		}
		const mean = sum / n;
		return { width: c.width, height: c.height, variance: sq / n - mean * mean };
	}, png.toString('base64'));
}

for (const [path, ids] of Object.entries(VIEWS)) {
	test(`${path}: every Figure exports a valid SVG and its rows as CSV`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		for (const id of ids) {
			const figure = page.locator(`#${id}`);
			const title = (await figure.locator('.figure-title').textContent())!.trim();

			const svgFile = await exportAs(page, figure, /SVG/);
			expect(svgFile.suggestedFilename()).toBe(`${id}-slide-16x9-${TODAY}.svg`);
			await checkSvg(page, await text(svgFile), title);

			const csvFile = await exportAs(page, figure, /CSV/);
			expect(csvFile.suggestedFilename()).toBe(`${id}-slide-16x9-${TODAY}.csv`);
			const csv = await text(csvFile);
			expect(csv.startsWith('\uFEFF')).toBe(true);
			const { comments, table } = readExportedCsv(csv);
			expect(comments).toEqual([title, expect.stringMatching(/^Data as of .+ · built /)]);
			expect(table.problems).toEqual([]);
			expect(table.header).toEqual(expect.arrayContaining(['source', 'confidence']));
			expect(table.records.length).toBeGreaterThan(0);
		}
	});

	test(`${path}: PNG at the preset's size times the scale, and a PowerPoint slide`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		const id = ids[ids.length - 1];
		const figure = page.locator(`#${id}`);
		const title = (await figure.locator('.figure-title').textContent())!.trim();

		const png = await exportAs(page, figure, /PNG/, 'slide-4x3', '2');
		expect(png.suggestedFilename()).toBe(`${id}-slide-4x3-${TODAY}.png`);
		const stats = await pngStats(page, readFileSync((await png.path())!));
		expect([stats.width, stats.height]).toEqual([3200, 2400]);
		expect(stats.variance).toBeGreaterThan(100);

		const pptx = await exportAs(page, figure, /PowerPoint/);
		expect(pptx.suggestedFilename()).toBe(`${id}-slide-16x9-${TODAY}.pptx`);
		const files = unzipSync(readFileSync((await pptx.path())!));
		const names = Object.keys(files);
		expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual(['ppt/slides/slide1.xml']);
		const slide = strFromU8(files['ppt/slides/slide1.xml']);
		expect(slide).toContain(title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 30));
		expect(names.some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n) || /^ppt\/media\/image/.test(n))).toBe(
			true
		);
		const notes = names.find((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
		expect(notes).toBeDefined();
		expect(strFromU8(files[notes!])).toContain('Source');
	});
}

test('the per-quarter counts go to PowerPoint as a native, editable chart', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const pptx = await exportAs(page, page.locator('#engagement-counts'), /PowerPoint/);
	const files = unzipSync(readFileSync((await pptx.path())!));
	const chart = Object.keys(files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
	expect(chart).toBeDefined();
	const xml = strFromU8(files[chart!]);
	expect(xml).toContain('<c:barChart>');
	expect(xml).toContain('Official');
	expect(xml).toContain('2023 Q3');
});

test('each size preset lays the Figure out at its own size', async ({ page }) => {
	await page.goto('/delegations');
	await waitForHydration(page);
	const figure = page.locator('#delegations-index');
	for (const [preset, w, h] of [
		['slide-16x9', '1920', '1080'],
		['slide-4x3', '1600', '1200'],
		['a4-landscape', '1123', '794'],
		['square', '1080', '1080']
	]) {
		const svg = await text(await exportAs(page, figure, /SVG/, preset));
		expect(svg).toMatch(new RegExp(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"`));
	}
	const shown = await text(await exportAs(page, figure, /SVG/, 'as-shown'));
	const width = await figure.locator('.figure-chart').evaluate((e) => e.clientWidth);
	expect(shown).toContain(`width="${width}"`);
});

test('a formula hidden in imported data leaves the CSV export neutralised', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	await page
		.getByRole('button', { name: /^Import data/ })
		.setInputFiles('tests/fixtures/import/engagement-events-injection.csv');
	await page.getByRole('button', { name: 'Apply import' }).click();
	await expect(page.getByText('Imported engagement-events-injection.csv into')).toBeVisible();
	const csv = await text(await exportAs(page, page.locator('#engagement-tracks'), /CSV/));
	const { table: rows } = readExportedCsv(csv);
	const titles = rows.records.map((r) => r.cells[rows.header.indexOf('title')]);
	expect(titles).toContain(`'=HYPERLINK("http://example.invalid","click")`);
	expect(titles.some((t) => t.startsWith('='))).toBe(false);
	await page.getByRole('button', { name: 'Reset to shipped data' }).click();
});

test('Copy image puts a PNG on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/delegations');
	await waitForHydration(page);
	const figure = page.locator('#delegations-index');
	await figure.getByRole('button', { name: 'Export' }).click();
	await figure.getByRole('button', { name: /Copy image/ }).click();
	await expect(figure.getByRole('status')).toContainText(
		'Copied the image (3840 x 2160 px) to the clipboard.'
	);
	const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types));
	expect(types).toContain('image/png');
});

test('the Export menu works from the keyboard and Escape closes it', async ({ page }) => {
	await page.goto('/delegations');
	await waitForHydration(page);
	const button = page.locator('#delegations-index').getByRole('button', { name: 'Export' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await expect(page.locator('#delegations-index').getByLabel('Size')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(button).toBeFocused();
});

test('an export draws the chart as seen: filters and the key-event layer with the chosen event', async ({
	page
}) => {
	await page.goto('/engagement?track=official&event=woodside-summit');
	await waitForHydration(page);
	const figure = page.locator('#engagement-counts');
	await expect(figure.locator('svg.chart-svg #key-events')).toHaveCount(1);
	const svg = await text(await exportAs(page, figure, /SVG/));
	expect(svg).toContain('id="key-events"');
	expect(svg).toContain('data-event-id="woodside-summit"');
	expect(svg).toContain('Filtered:');

	await page.goto('/engagement?events=off');
	await waitForHydration(page);
	const off = await text(await exportAs(page, page.locator('#engagement-counts'), /SVG/));
	expect(off).not.toContain('id="key-events"');
});
