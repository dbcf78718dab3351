import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataCheck } from './vite-plugin.ts';

/** Runs the plugin's buildStart hook the way Vite does and returns the error it raised, if any. */
function buildStartError(dir: string): string | undefined {
	const plugin = dataCheck(dir);
	let raised: string | undefined;
	const ctx = {
		error(message: string) {
			raised = message;
			throw new Error(message);
		}
	};
	try {
		(plugin.buildStart as (this: typeof ctx) => void).call(ctx);
	} catch {
		// this.error() throws to stop the build; the message is what matters here.
	}
	return raised;
}

describe('dataCheck() build hook', () => {
	it('lets a build with the shipped data go on', () => {
		expect(buildStartError('data')).toBeUndefined();
	});

	it('stops the build naming the file, line, column, value and what was expected', () => {
		const dir = mkdtempSync(join(tmpdir(), 'data-'));
		cpSync('data', dir, { recursive: true });
		const file = join(dir, 'channel-periods.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		lines[3] = lines[3].replace(',active,', ',activ,');
		writeFileSync(file, lines.join('\n'));

		const message = buildStartError(dir);
		expect(message).toContain('The data files are not valid (1 problem(s))');
		expect(message).toContain(
			`${dir}/channel-periods.csv:4:2 (column "status"): found "activ"; expected one of: active, suspended, unknown`
		);
	});
});
