// How every tool here launches Chromium: the system one where it exists (CI, these machines), else
// Playwright's own (a laptop), with the flags this closed network needs (no background calls home).
import { existsSync } from 'node:fs';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions = {
	executablePath: existsSync(system) ? system : undefined,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-quic',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};
