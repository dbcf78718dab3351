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

/** Width of `text` in Latin characters (a Chinese character counts as the Latin characters it is as wide as). */
function units(text: string): number {
	let u = 0;
	for (const ch of text) u += isWide(ch) ? 1 / EM_PER_CHAR : 1;
	return u;
}

/** Chinese punctuation that may not begin a line: it stays with the character before it. */
const NO_LINE_START = /^[，。、；：！？）」』》〉％…·,.;:!?)]$/;
/** Opening brackets and quotes that may not end a line: they stay with the character after them. */
const NO_LINE_END = /[（「『《〈“‘]$/;

/** Latin words and single Chinese characters (a line may break between any two), with the space before each. */
function tokensOf(text: string): { text: string; space: boolean }[] {
	const out: { text: string; space: boolean }[] = [];
	let space = false;
	for (const [t] of text.matchAll(/\s+|[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+/g)) {
		if (/^\s+$/.test(t)) space = true;
		else {
			out.push({ text: t, space });
			space = false;
		}
	}
	return out;
}

/**
 * Words (and Chinese characters) packed greedily into lines at most `maxChars` Latin characters wide (a
 * longer word gets a line of its own); beyond `maxLines` the last kept line ends in "…".
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	for (const token of tokensOf(text)) {
		const last = lines.at(-1);
		const joined = last === undefined ? token.text : `${last}${token.space ? ' ' : ''}${token.text}`;
		const keep = NO_LINE_START.test(token.text) || (last !== undefined && NO_LINE_END.test(last));
		if (last !== undefined && (units(joined) <= maxChars || keep)) lines[lines.length - 1] = joined;
		else lines.push(token.text);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let cut = kept[maxLines - 1];
	while (cut.length > 1 && units(cut) + 1 > maxChars) cut = [...cut].slice(0, -1).join('');
	kept[maxLines - 1] = `${cut}…`;
	return kept;
}
