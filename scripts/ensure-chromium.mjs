// Makes sure the end-to-end tests have a Chromium: the system one (/usr/bin/chromium or CHROMIUM_PATH),
// else Debian's package when we are root with apt-get, else Playwright's own download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** @param {string} cmd */
const has = (cmd) => {
	try {
		execSync(`command -v ${cmd}`, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

if (existsSync(system)) {
	console.log(`Chromium: ${system}`);
} else if (existsSync(chromium.executablePath())) {
	console.log(`Chromium: Playwright's ${chromium.executablePath()}`);
} else if (process.getuid?.() === 0 && has('apt-get')) {
	console.log('Chromium is missing: installing Debian chromium with apt-get');
	execSync('apt-get update -qq', { stdio: 'inherit' });
	execSync('apt-get install -y -qq --no-install-recommends chromium fonts-liberation', {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
} else {
	console.log('Chromium is missing: downloading Playwright chromium');
	execSync('npx playwright install chromium', { stdio: 'inherit' });
}
