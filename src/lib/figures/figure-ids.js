// The id of every Figure of the registry (registry.ts defines each one under its id), as a plain list so
// that svelte.config.js can prerender an embed page per Figure and language without reading TypeScript.
// An id names the Figure's anchor on its page, its embed page (/embed/<id>), its slides and its export
// files; keep them stable. Adding a Figure: add its id here and its definition in registry.ts.

export const FIGURE_IDS = /** @type {const} */ ([
	'channels-claim',
	'channels-lanes',
	'channels-count',
	'delegations-index',
	'engagement-tracks',
	'engagement-counts',
	'engagement-people'
]);
