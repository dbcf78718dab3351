/**
 * Text measured by estimate: charts are drawn on the server, where nothing can be measured, so widths come
 * from character counts (Source Sans 3's average advance, rounded up so labels never touch; a Chinese
 * character is a full em).
 */

/** Average advance of a Latin character of Source Sans 3, as a share of the font size. */
export const EM_PER_CHAR = 0.48;

const isWide = (ch: string) => /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += isWide(ch) ? 1 : EM_PER_CHAR;
	return Math.ceil(em * fontSize);
}

/** How many Latin characters of `fontSize` px type fit in `width` px. */
export function charsIn(width: number, fontSize: number): number {
	return Math.max(1, Math.floor(width / (fontSize * EM_PER_CHAR)));
}

/**
 * Words packed greedily into lines of at most `maxChars` (a longer word gets a line of its own); beyond
 * `maxLines` the last kept line ends in "…".
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const cut = kept[maxLines - 1];
	kept[maxLines - 1] = cut.length + 1 <= maxChars ? `${cut}…` : `${cut.slice(0, maxChars - 1)}…`;
	return kept;
}
