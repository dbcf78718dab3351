/**
 * A Vite plugin that validates data/*.csv when the build starts and whenever a file changes in the dev
 * server, so an editing mistake is reported at once with file, line, column, value and what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from './validate.ts';
import { loadDatasets } from './load.ts';

export function dataCheck(dir = 'data'): Plugin {
	const check = () => loadDatasets((file) => readFileSync(join(dir, file), 'utf8'), dir);
	const message = (issues: Parameters<typeof formatIssue>[0][]) =>
		`The data files are not valid (${issues.length} problem(s)):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`;
	return {
		name: 'data-check',
		buildStart() {
			const loaded = check();
			if (!loaded.ok) this.error(message(loaded.issues));
		},
		configureServer(server) {
			const report = () => {
				const loaded = check();
				if (loaded.ok) return;
				const text = message(loaded.issues);
				server.config.logger.error(text);
				server.ws.send({ type: 'error', err: { message: text, stack: '', plugin: 'data-check' } });
			};
			server.watcher.add(join(process.cwd(), dir));
			server.watcher.on('change', (path) => {
				if (path.endsWith('.csv') && path.includes(`${dir}`)) report();
			});
			report();
		}
	};
}
