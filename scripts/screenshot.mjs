// Takes screenshots of built pages for a person to look at:
// node scripts/screenshot.mjs [--port N] [--width W] [--out DIR] [--dev] [--viewport-only | --selector CSS] /path ...
// --dev serves the source with `vite dev` instead of the last build (slower first load, no build needed).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const opt = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const port = Number(opt('--port', '4190'));
const width = Number(opt('--width', '1280'));
const out = opt('--out', 'test-results/screenshots');
const selector = opt('--selector', '');
const full = !args.includes('--viewport-only');
const dev = args.includes('--dev');
const paths = args.filter((a) => a !== '--viewport-only' && a !== '--dev');
if (paths.length === 0) paths.push('/');

mkdirSync(out, { recursive: true });
// Detached, so the whole process group (npx and vite under it) can be stopped at the end.
const server = spawn('npx', ['vite', dev ? 'dev' : 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
for (let i = 0; i < 120; i++) {
	const up = await fetch(`http://localhost:${port}/`).then(
		(r) => r.ok,
		() => false
	);
	if (up) break;
	await new Promise((r) => setTimeout(r, 500));
}
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	for (const path of paths) {
		await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle', timeout: 90_000 });
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
			timeout: 90_000
		});
		const file = `${out}/${path.replace(/\W+/g, '_') || 'index'}-${width}.png`;
		if (selector) await page.locator(selector).first().screenshot({ path: file });
		else await page.screenshot({ path: file, fullPage: full });
		console.log(file);
	}
} finally {
	await browser.close();
	if (server.pid) process.kill(-server.pid);
}
