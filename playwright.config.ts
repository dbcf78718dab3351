import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// axe over the data page's long tables takes 10-30 s on a loaded 2-core machine: room for it, still bounded.
	timeout: 60_000,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: chromiumLaunchOptions
	}
});
