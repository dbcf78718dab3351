/** Escapes text for SVG/XML content and attribute values. */
export function xml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Rounds to 2 decimals, so files are small and deterministic. */
export const r2 = (n: number) => Math.round(n * 100) / 100;
