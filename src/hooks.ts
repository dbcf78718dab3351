import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /zh-CN/channels is the /channels route in Chinese: routes are written once, for every language. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
