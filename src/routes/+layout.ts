// Every page is prerendered to static HTML with its charts drawn as SVG.
export const prerender = true;
export const trailingSlash = 'never';
