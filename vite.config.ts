import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataCheck } from './src/lib/data/vite-plugin.ts';
import { cjkFont } from './src/lib/fonts/vite-plugin.ts';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// English at the bare paths, Chinese under /zh-CN/: the language is in every link.
			strategy: ['url', 'cookie', 'baseLocale']
		}),
		dataCheck(),
		cjkFont(),
		sveltekit()
	],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: [
						'src/**/*.test.ts',
						'tests/unit/**/*.test.ts',
						'tests/snapshots/**/*.test.ts',
						'tests/fuzz/**/*.test.ts'
					],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['tests/setup/jsdom.ts']
				},
				resolve: { conditions: ['browser'] }
			}
		]
	}
});
