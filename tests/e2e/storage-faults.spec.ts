/**
 * The browser's storage full, missing (a private window, storage blocked) or corrupt, on /briefing and on
 * an import: the page works, says what was not saved, offers the deck as a file, and nothing saved before
 * is lost. The fault is simulated in a second page of the same browser context (the same storage), with an
 * init script; the first page, without it, checks afterwards what is stored.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForHydration, watch } from './helpers';

const DECK_KEY = 'us-china-channels:briefing-deck';
const FIXTURES = 'tests/fixtures';

/** localStorage refuses every write, as when it is full. */
function localStorageFull() {
	Storage.prototype.setItem = function () {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	};
}

/** No storage at all: localStorage throws on access and indexedDB is missing, as in a locked-down window. */
function storageMissing() {
	Object.defineProperty(window, 'localStorage', {
		configurable: true,
		get() {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		}
	});
	Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
}

/** IndexedDB refuses every write, as when the disk is full. */
function indexedDbFull() {
	const refuse = function () {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	};
	IDBObjectStore.prototype.add = refuse;
	IDBObjectStore.prototype.put = refuse;
}

/** IndexedDB cannot be opened, as when its files on disk are corrupt. */
function indexedDbCorrupt() {
	IDBFactory.prototype.open = function () {
		const request = {} as IDBOpenDBRequest & { error: DOMException };
		setTimeout(() => {
			Object.defineProperty(request, 'error', {
				value: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError')
			});
			request.onerror?.(new Event('error'));
		});
		return request;
	};
}

/** A second page of the same context (the same storage) with a storage fault from its first script on. */
async function faultyPage(context: BrowserContext, fault: () => void): Promise<Page> {
	const page = await context.newPage();
	await page.addInitScript(fault);
	return page;
}

const deckTitle = (page: Page) => page.getByLabel('Deck title');
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), DECK_KEY);

/** The deck JSON the page offers for download when `button` is clicked. */
async function downloaded(page: Page, button: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).first().click()
	]);
	return readFileSync((await download.path())!, 'utf8');
}

/** Opens /briefing and saves a deck titled `title` (in a page with working storage). */
async function saveDeck(page: Page, title: string) {
	await page.goto('/briefing');
	await waitForHydration(page);
	await deckTitle(page).fill(title);
	await expect.poll(() => stored(page)).toContain(title);
	return (await stored(page))!;
}

test.describe('/briefing', () => {
	test('storage full: the edit stays in the tab, is offered as a file, and the saved deck is unchanged', async ({
		page,
		context
	}) => {
		const before = await saveDeck(page, 'Saved before');
		const full = await faultyPage(context, localStorageFull);
		const { errors } = watch(full);
		await full.goto('/briefing');
		await waitForHydration(full);
		await expect(deckTitle(full)).toHaveValue('Saved before');

		await deckTitle(full).fill('Edited while full');
		await expect(
			full.getByText(
				/^Changes since \d\d:\d\d are not saved: this browser’s storage for the site is full\. .*What was saved before is unchanged\.$/
			)
		).toBeVisible();
		expect(JSON.parse(await downloaded(full, 'Download the deck')).title).toBe('Edited while full');
		// Presenting still works, with the edited deck.
		await full.getByRole('link', { name: 'Present' }).click();
		await expect(full).toHaveURL(/\/briefing\/present/);
		expect(errors).toEqual([]);

		expect(await stored(page)).toBe(before);
		await page.reload();
		await waitForHydration(page);
		await expect(deckTitle(page)).toHaveValue('Saved before');
	});

	test('storage missing (private window): told up front, the deck works in the tab and downloads; nothing saved is lost', async ({
		page,
		context
	}) => {
		const before = await saveDeck(page, 'Saved before');
		const missing = await faultyPage(context, storageMissing);
		const { errors } = watch(missing);
		await missing.goto('/briefing');
		await waitForHydration(missing);
		await expect(
			missing.getByText(
				'This browser keeps nothing for this site (a private window, or storage is blocked): your deck lives in this tab only and is gone when you close it. Download it to keep it.'
			)
		).toBeVisible();
		// The default deck is shown and edits work in the tab.
		await expect(missing.getByRole('heading', { name: /^Slides \(3\)/ })).toBeVisible();
		await missing.getByRole('button', { name: 'Delete' }).first().click();
		await expect(missing.getByRole('heading', { name: /^Slides \(2\)/ })).toBeVisible();
		await deckTitle(missing).fill('Only in this tab');
		const file = JSON.parse(await downloaded(missing, 'Download the deck'));
		expect([file.title, file.slides.length]).toEqual(['Only in this tab', 2]);
		expect(errors).toEqual([]);

		expect(await stored(page)).toBe(before);
	});

	test('corrupt and full: an unreadable deck that cannot be kept aside stays as it was and is offered as a file', async ({
		page,
		context
	}) => {
		await page.goto('/briefing');
		await waitForHydration(page);
		const corrupt = '{"version":1,"slides":[{"id":';
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DECK_KEY, corrupt]);

		const full = await faultyPage(context, localStorageFull);
		const { errors } = watch(full);
		await full.goto('/briefing');
		await waitForHydration(full);
		await expect(
			full.getByText(
				/^Your saved deck could not be read \(not JSON .*\), and it could not be kept aside because this browser’s storage for the site is full\. It stays in this browser as it was/
			)
		).toBeVisible();
		expect(await downloaded(full, 'Download the unreadable deck')).toBe(corrupt);
		// Editing is not saved over it, and says so.
		await deckTitle(full).fill('Not over it');
		await expect(
			full.getByText(/are not saved: your saved deck that could not be read is still/)
		).toBeVisible();
		expect(errors).toEqual([]);
		expect(await stored(page)).toBe(corrupt);
	});

	test('corrupt: the unreadable deck is kept aside exactly, reported, and a new deck is saved', async ({
		page
	}) => {
		await page.goto('/briefing');
		await waitForHydration(page);
		await page.evaluate((k) => localStorage.setItem(k, 'not a deck'), DECK_KEY);
		await page.reload();
		await waitForHydration(page);
		await expect(page.getByText(/Your saved deck could not be read .* kept aside as/)).toBeVisible();
		const aside = await page.evaluate(() =>
			Object.entries({ ...localStorage }).filter(([k]) => k.includes('briefing-deck-unreadable'))
		);
		expect(aside.map(([, v]) => v)).toEqual(['not a deck']);
		await deckTitle(page).fill('Fresh');
		await expect.poll(() => stored(page)).toContain('Fresh');
	});

	test('a deck saved by a newer version opens read-only with a notice, and is never written over', async ({
		page
	}) => {
		await page.goto('/briefing');
		await waitForHydration(page);
		const future = {
			version: 2,
			title: 'From the future',
			slides: [
				{ id: 'a', chart: { figure: 'channels-lanes', view: '/channels' }, title: 'Lanes', layout: 'wide' },
				{ id: 'b', kind: 'video', url: 'https://example.org/v' }
			]
		};
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DECK_KEY, JSON.stringify(future)]);
		await page.reload();
		await waitForHydration(page);
		await expect(
			page.getByText(
				'Your saved deck was written by a newer version of this site (deck format 2; this one reads format 1). It is shown read-only, so that nothing in it is lost'
			)
		).toBeVisible();
		await expect(page.getByText('1 of its 2 slides cannot be shown by this version')).toBeVisible();
		await expect(deckTitle(page)).toHaveAttribute('readonly', '');
		await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
		// Saving it as a file gives the deck exactly as it was, unread slide included.
		expect(JSON.parse(await downloaded(page, 'Save deck as file'))).toEqual(future);
		expect(JSON.parse((await stored(page))!)).toEqual(future);

		// Keeping it aside frees this version to start a deck of its own; the newer one is kept whole.
		await page.getByRole('button', { name: 'Keep it aside and start a new deck' }).click();
		await expect(page.getByText(/The deck from the newer version is kept aside as/)).toBeVisible();
		const aside = await page.evaluate(() =>
			Object.entries({ ...localStorage }).filter(([k]) => k.includes('briefing-deck-unreadable'))
		);
		expect(aside.map(([, v]) => JSON.parse(v))).toEqual([future]);
	});

	test('two tabs editing the deck at once lose no slide', async ({ page, context }) => {
		await saveDeck(page, 'Two tabs');
		const other = await context.newPage();
		await other.goto('/briefing');
		await waitForHydration(other);
		await expect(deckTitle(other)).toHaveValue('Two tabs');

		await page.getByRole('button', { name: 'Duplicate' }).first().click();
		await expect(other.getByRole('heading', { name: /^Slides \(4\)/ })).toBeVisible();
		await other.getByRole('button', { name: 'Duplicate' }).last().click();
		await expect(page.getByRole('heading', { name: /^Slides \(5\)/ })).toBeVisible();
		await page.getByRole('button', { name: 'Delete' }).nth(1).click();
		await expect(other.getByRole('heading', { name: /^Slides \(4\)/ })).toBeVisible();

		const ids = (p: Page) =>
			p.evaluate(
				(k) => JSON.parse(localStorage.getItem(k)!).slides.map((s: { id: string }) => s.id),
				DECK_KEY
			);
		expect(await ids(other)).toEqual(await ids(page));
		expect(await ids(page)).toHaveLength(4);
	});
});

test.describe('an import', () => {
	const importFile = (page: Page, path: string) =>
		page.getByRole('button', { name: /^Import data/ }).setInputFiles(path);

	/** Imports the good events file in a page with working storage: the import saved before. */
	async function importSaved(page: Page) {
		await page.goto('/engagement');
		await waitForHydration(page);
		await importFile(page, `${FIXTURES}/import/engagement-events-good.csv`);
		await page.getByRole('button', { name: 'Apply import' }).click();
		await expect(page.getByText('Imported engagement-events-good.csv into')).toBeVisible();
	}

	/** After the faulty page, a page with working storage still shows the import saved before. */
	async function savedImportIsThere(page: Page) {
		await page.goto('/channels');
		await waitForHydration(page);
		await expect(page.getByRole('status').filter({ hasText: 'Showing your imported data' })).toContainText(
			'engagement-events-good.csv'
		);
		await expect(page.getByText(/channel-periods-fixture\.csv/)).toHaveCount(0);
	}

	/** Imports the channel periods in `page` and checks it is shown though not saved, and why. */
	async function importUnsaved(page: Page, reason: string) {
		await importFile(page, `${FIXTURES}/import/channel-periods-fixture.csv`);
		await page.getByRole('button', { name: 'Apply import' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'shown on this visit only' })).toContainText(
			`channel-periods-fixture.csv is shown on this visit only, not saved: ${reason}. It is gone when the page is reloaded; imports saved before are unchanged.`
		);
		await expect(page.locator('#channels-lanes')).toContainText(
			'via imported file channel-periods-fixture.csv'
		);
	}

	test('storage full: shown on this visit, said to be unsaved; the import saved before stays', async ({
		page,
		context
	}) => {
		await importSaved(page);
		const full = await faultyPage(context, indexedDbFull);
		const { errors } = watch(full);
		await full.goto('/channels');
		await waitForHydration(full);
		await importUnsaved(full, 'this browser’s storage for the site is full');
		// The earlier import is still applied beside it.
		await expect(full.getByRole('status').filter({ hasText: 'Showing your imported data' })).toContainText(
			'engagement-events-good.csv'
		);
		expect(errors).toEqual([]);
		await savedImportIsThere(page);
	});

	test('storage missing (private window): shown on this visit, said to be unsaved; nothing saved is lost', async ({
		page,
		context
	}) => {
		await importSaved(page);
		const missing = await faultyPage(context, storageMissing);
		const { errors } = watch(missing);
		await missing.goto('/channels');
		await waitForHydration(missing);
		await importUnsaved(
			missing,
			'this browser keeps nothing for this site (a private window, or storage is blocked)'
		);
		expect(errors).toEqual([]);
		await savedImportIsThere(page);
	});

	test('storage corrupt: the page says the saved imports cannot be read, still imports, and loses nothing', async ({
		page,
		context
	}) => {
		await importSaved(page);
		const corrupt = await faultyPage(context, indexedDbCorrupt);
		const { errors } = watch(corrupt);
		await corrupt.goto('/channels');
		await waitForHydration(corrupt);
		await expect(corrupt.getByRole('alert').filter({ hasText: 'imports saved' })).toContainText(
			'The imports saved in this browser could not be read (Internal error opening backing store for indexedDB.open.); they are left as they are and not shown.'
		);
		await importUnsaved(
			corrupt,
			'the browser refused to store it (Internal error opening backing store for indexedDB.open.)'
		);
		expect(errors).toEqual([]);
		await savedImportIsThere(page);
	});
});
