import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { foreignRequests, formatViolations, watch } from './helpers';

const DECK_KEY = 'us-china-channels:briefing-deck';

/** The root layout sets data-hydrated on <html>; present pages have no in-flow content, so only attached. */
async function hydrated(page: Page) {
	await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout: 15_000 });
}

/** The title inputs of the deck editor, in order. */
const titles = (page: Page) =>
	page
		.getByLabel('Title', { exact: true })
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

/** Adds a Figure from a view and returns its title. */
async function addFrom(page: Page, view: string, figureId: string, expectNumber: number) {
	await page.goto(view);
	await hydrated(page);
	const figure = page.locator(`figure#${figureId}`);
	const title = (await figure.locator('.figure-title').textContent())!.trim();
	await figure.getByRole('button', { name: 'Add to briefing' }).click();
	await expect(figure.getByRole('status')).toContainText(`Added as slide ${expectNumber}.`);
	return title;
}

/** The slide shown while presenting: its title, and the hash. */
async function expectSlide(page: Page, n: number, title: string) {
	await expect(page).toHaveURL(new RegExp(`#${n}$`));
	await expect(page.locator('.slide .slide-title')).toHaveText(title);
}

test('journey: add charts from three views, reorder, present with the keys, presenter view follows, PowerPoint handout', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const { errors } = watch(page);
	// Three charts from three views, with different filters: each slide keeps its own view state.
	const a = await addFrom(page, '/channels?status=active,suspended', 'channels-count', 1);
	const b = await addFrom(page, '/delegations', 'delegations-index', 2);
	const c = await addFrom(page, '/engagement?track=civil&confidence=verified', 'engagement-people', 3);

	await page.goto('/briefing');
	await hydrated(page);
	await expect.poll(() => titles(page)).toEqual([a, b, c]);
	const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), DECK_KEY);
	expect(saved.slides.map((s: { chart: unknown }) => s.chart)).toEqual([
		{
			version: 1,
			figure: 'channels-count',
			view: '/channels',
			state: { status: 'active,suspended' },
			lang: 'en'
		},
		{ version: 1, figure: 'delegations-index', view: '/delegations', state: {}, lang: 'en' },
		{
			version: 1,
			figure: 'engagement-people',
			view: '/engagement',
			state: { track: 'civil', confidence: 'verified' },
			lang: 'en'
		}
	]);

	// Survives a reload; then reorder with the keyboard (Alt+ArrowUp), a button, and by dragging.
	await page.reload();
	await hydrated(page);
	await expect.poll(() => titles(page)).toEqual([a, b, c]);
	await page.getByLabel('Title', { exact: true }).nth(2).focus();
	await page.keyboard.press('Alt+ArrowUp');
	await expect.poll(() => titles(page)).toEqual([a, c, b]);
	await expect(page.getByLabel('Title', { exact: true }).nth(1)).toBeFocused();
	await page
		.getByRole('group', { name: /^Slide 1:/ })
		.getByRole('button', { name: 'Move down' })
		.click();
	await expect.poll(() => titles(page)).toEqual([c, a, b]);
	// Drag needs both slides on screen at once.
	await page.setViewportSize({ width: 1280, height: 2000 });
	await page.locator('[data-drag-handle]').nth(2).dragTo(page.locator('ol.slides > li').nth(0));
	await expect.poll(() => titles(page)).toEqual([b, c, a]);

	// Edit a takeaway and the notes; reload: kept.
	const takeaway = page.getByLabel('Takeaway (one line)').first();
	await takeaway.fill('The 1979 rise is a claim, not a count.');
	await page.getByLabel('Speaker notes').first().fill('Stress: no count was ever published.');
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.reload();
	await hydrated(page);
	await expect.poll(() => titles(page)).toEqual([b, c, a]);
	await expect(page.getByLabel('Takeaway (one line)').first()).toHaveValue(
		'The 1979 rise is a claim, not a count.'
	);

	// Present: the hash is the 1-based slide number; every key moves as documented.
	await page.getByRole('link', { name: 'Present' }).click();
	await hydrated(page);
	const order = [b, c, a];
	await expectSlide(page, 1, b);
	await expect(page.locator('.slide-takeaway')).toHaveText('The 1979 rise is a claim, not a count.');
	const moves: [string, number][] = [
		['ArrowRight', 2],
		['Space', 3],
		['ArrowRight', 3],
		['Home', 1],
		['ArrowDown', 2],
		['PageDown', 3],
		['PageUp', 2],
		['ArrowLeft', 1],
		['End', 3],
		['Backspace', 2],
		['ArrowUp', 1],
		['Enter', 2]
	];
	for (const [key, n] of moves) {
		await page.keyboard.press(key);
		await expectSlide(page, n, order[n - 1]);
	}
	await page.keyboard.press('3');
	await page.keyboard.press('Enter');
	await expectSlide(page, 3, a);
	// The slide restores the view it was added from: the channel status filter, and says so.
	await expect(page.locator('.slide')).toContainText('Filtered:');
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expectSlide(page, 1, b);

	// The chart is live: hovering a mark shows its tooltip, inside the slide.
	const mark = page.locator('.slide [tabindex="0"]').first();
	await mark.hover();
	const tip = page.locator('.slide .tooltip');
	await expect(tip).toBeVisible();
	const [tipBox, slideBox] = [await tip.boundingBox(), await page.locator('.slide').boundingBox()];
	expect(tipBox!.x).toBeGreaterThanOrEqual(slideBox!.x);
	expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(slideBox!.x + slideBox!.width + 1);

	// Black screen, overview, fullscreen.
	await page.keyboard.press('b');
	await expect(page.locator('.blackout')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('.blackout')).toHaveCount(0);
	await page.keyboard.press('o');
	const overview = page.getByRole('dialog', { name: 'All slides' });
	await expect(overview.getByRole('button')).toHaveCount(3);
	await overview.getByRole('button', { name: new RegExp(`^2 ${c.slice(0, 20)}`) }).click();
	await expectSlide(page, 2, c);
	await page.keyboard.press('f');

	// S opens the presenter view, which follows the main window and drives it.
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await hydrated(presenter);
	await expect(presenter.getByText('Slide 2 of 3')).toBeVisible();
	await expect(presenter.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
	await expect(presenter.getByRole('timer')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(presenter.getByText('Slide 3 of 3')).toBeVisible();
	await expect(presenter.locator('.current .slide-title')).toHaveText(a);
	await presenter.getByRole('button', { name: 'Previous' }).click();
	await presenter.getByRole('button', { name: 'Previous' }).click();
	await expectSlide(page, 1, b);
	await expect(presenter.locator('.notes')).toContainText('Stress: no count was ever published.');
	await presenter.close();

	// Esc leaves (after leaving fullscreen, if the browser entered it).
	await page.keyboard.press('Escape');
	if (!page.url().endsWith('/briefing')) await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/briefing$/);
	await hydrated(page);

	// The handout: one .pptx, one slide per deck slide, each with the slide's own title and notes.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download PowerPoint handout' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.pptx$/);
	const files = unzipSync(readFileSync((await download.path())!));
	const names = Object.keys(files);
	const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort();
	expect(slides).toHaveLength(3);
	expect(names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))).toHaveLength(3);
	const slide1 = strFromU8(files['ppt/slides/slide1.xml']);
	expect(slide1).toContain('The 1979 rise is a claim, not a count.');
	const notes1 = Object.entries(files).find(
		([n, f]) => /notesSlide\d+\.xml$/.test(n) && strFromU8(f).includes('Stress: no count was ever published.')
	);
	expect(notes1, 'speaker notes of slide 1').toBeDefined();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('3 slides');
	expect(errors).toEqual([]);
});

test('a saved deck that cannot be read is reported and kept aside; other stored data is untouched', async ({
	page
}) => {
	await page.goto('/briefing');
	await hydrated(page);
	await page.evaluate((k) => {
		localStorage.setItem(k, '{"version":1,"slides":[{"id":');
		localStorage.setItem('someone-else', 'keep');
	}, DECK_KEY);
	await page.reload();
	await hydrated(page);
	await expect(
		page.getByText(/Your saved deck could not be read .* it has been kept aside as/)
	).toBeVisible();
	const stored = await page.evaluate(() => ({ ...localStorage }));
	const aside = Object.entries(stored).filter(([k]) =>
		k.startsWith('us-china-channels:briefing-deck-unreadable:')
	);
	expect(aside.map(([, v]) => v)).toEqual(['{"version":1,"slides":[{"id":']);
	expect(stored['someone-else']).toBe('keep');
	// The default deck is shown meanwhile, and editing it saves a new deck.
	await expect.poll(() => titles(page)).toHaveLength(3);
});

test('save the deck as a file and open it again; a wrong file is refused with what is wrong', async ({
	page
}) => {
	await page.goto('/briefing');
	await hydrated(page);
	await page.getByLabel('Deck title').fill('Round trip');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save deck as file' }).click()
	]);
	const json = readFileSync((await download.path())!, 'utf8');
	expect(JSON.parse(json)).toMatchObject({ version: 1, title: 'Round trip' });

	const input = page.getByLabel('Open deck file');
	const bad = JSON.parse(json);
	bad.slides[1].chart.view = 'delegations';
	await input.setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await expect(page.getByText('bad.json is not a briefing deck: slides.1.chart.view')).toBeVisible();

	const good = JSON.parse(json);
	good.slides = [good.slides[2]];
	good.title = 'Opened';
	await input.setInputFiles({
		name: 'good.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(good))
	});
	await expect(page.getByText('Opened good.json: 1 slide.')).toBeVisible();
	await expect(page.getByLabel('Deck title')).toHaveValue('Opened');
	await expect.poll(() => titles(page)).toHaveLength(1);
});

test('a shared link carries the deck in its fragment', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/briefing');
	await hydrated(page);
	await page.getByLabel('Deck title').fill('Shared deck');
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByText(/Copied a link to this deck/)).toBeVisible();
	const url = await page.evaluate(() => navigator.clipboard.readText());
	expect(url).toMatch(/\/briefing#deck=[\w-]+$/);

	const other = await context.newPage();
	await other.goto(url);
	await hydrated(other);
	await other.evaluate(() => localStorage.clear());
	await other.reload();
	await hydrated(other);
	await expect(other.getByText(/This link holds a deck: “Shared deck”, 3 slides/)).toBeVisible();
	await other.getByRole('button', { name: 'Open the shared deck' }).click();
	await expect(other.getByLabel('Deck title')).toHaveValue('Shared deck');
});

test('the PDF handout has one page per slide and no site chrome', async ({ page }) => {
	await page.goto('/briefing/print');
	await hydrated(page);
	await expect(page.locator('.slide')).toHaveCount(3);
	await expect(page.locator('.site-header')).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
	expect(pages).toHaveLength(3);
});

for (const path of ['/briefing', '/briefing/present', '/briefing/presenter', '/briefing/print']) {
	test(`${path} has no axe violations, no console errors and requests nothing from another origin`, async ({
		page,
		baseURL
	}) => {
		const { errors, requests } = watch(page);
		await page.goto(path);
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations, formatViolations(violations)).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreignRequests(requests, baseURL!)).toEqual([]);
	});
}
