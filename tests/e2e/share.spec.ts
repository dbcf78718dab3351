import { expect, test } from '@playwright/test';
import { waitForHydration, watch } from './helpers';

test('Share copies a link to this exact view and an embed code', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/engagement?track=civil');
	await waitForHydration(page);
	const figure = page.locator('#engagement-counts');
	await figure.getByRole('button', { name: 'Share', exact: true }).click();

	await figure.getByRole('button', { name: 'Copy link to this view' }).click();
	await expect(figure.getByRole('status').filter({ hasText: 'Link to this view copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`${baseURL}/engagement?track=civil#engagement-counts`
	);

	await figure.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(figure.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toContain(`<iframe src="${baseURL}/embed/engagement-counts?track=civil"`);
	expect(code).toContain('title="Events per quarter: official and civil"');
	await page.keyboard.press('Escape');
	await expect(figure.getByRole('button', { name: 'Share', exact: true })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
});

test('an embed shows the Figure alone and sizes its iframe so it never scrolls', async ({
	page,
	baseURL
}) => {
	const { errors } = watch(page);
	// A page on another origin (about:blank) pasting our embed code.
	const src = `${baseURL}/embed/engagement-tracks`;
	await page.setContent(`<!doctype html><html><body style="margin:0">
		<p>Someone else's article.</p>
		<iframe src="${src}" title="Civil and official engagement" width="100%" height="150" style="border:0;width:100%"></iframe>
		<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='us-china-channels:height')return;
		document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})})</script>
	</body></html>`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('figure#engagement-tracks svg.chart-svg')).toBeVisible();
	await expect(frame.locator('nav, .site-header, .site-footer')).toHaveCount(0);
	// The parent set the iframe as tall as the embedded document: no scrollbar.
	await expect
		.poll(async () => {
			const iframeHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
			const docHeight = await frame.locator('html').evaluate((h) => h.scrollHeight);
			return Math.abs(iframeHeight - docHeight);
		})
		.toBeLessThanOrEqual(1);
	const scrolls = await frame.locator('html').evaluate((h) => h.scrollHeight > h.clientHeight);
	expect(scrolls).toBe(false);
	expect(errors).toEqual([]);
});
