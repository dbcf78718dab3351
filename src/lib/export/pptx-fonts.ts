/**
 * Embeds a font in a finished .pptx the way PowerPoint does ("Embed fonts in the file"): the font as EOT
 * in `ppt/fonts/`, a font relationship of the presentation, and `<p:embeddedFontLst>` naming it, so text
 * set in that typeface renders on a machine that does not have the font (Chinese on a system with no
 * CJK font).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface EmbeddedFont {
	/** The typeface the slides' text names (`<a:ea typeface>`), e.g. "Noto Sans SC". */
	typeface: string;
	/** The font as EOT (see eot.ts). */
	eot: Uint8Array<ArrayBuffer>;
	/** Windows charset of the font: 134 (GB2312) for Simplified Chinese. */
	charset?: number;
}

const FONT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';

function edit(files: Record<string, Uint8Array>, path: string, change: (xml: string) => string) {
	const file = files[path];
	if (!file) throw new Error(`the presentation has no ${path}`);
	files[path] = strToU8(change(strFromU8(file)));
}

/** The .pptx with `font` embedded as its regular face. */
export function embedFont(pptx: Uint8Array, font: EmbeddedFont): Uint8Array<ArrayBuffer> {
	const files = unzipSync(pptx);
	const part = 'ppt/fonts/font1.fntdata';
	const relId = 'rIdEmbeddedFont1';
	files[part] = font.eot;

	edit(files, '[Content_Types].xml', (xml) =>
		xml.includes('Extension="fntdata"')
			? xml
			: xml.replace(
					'<Default ',
					'<Default Extension="fntdata" ContentType="application/x-fontdata"/><Default '
				)
	);
	edit(files, 'ppt/_rels/presentation.xml.rels', (xml) =>
		xml.replace(
			'</Relationships>',
			`<Relationship Id="${relId}" Type="${FONT_REL}" Target="fonts/font1.fntdata"/></Relationships>`
		)
	);
	const charset = (font.charset ?? 134) > 127 ? (font.charset ?? 134) - 256 : font.charset;
	const list =
		`<p:embeddedFontLst><p:embeddedFont><p:font typeface="${font.typeface}" pitchFamily="34" charset="${charset}"/>` +
		`<p:regular r:id="${relId}"/></p:embeddedFont></p:embeddedFontLst>`;
	edit(files, 'ppt/presentation.xml', (xml) => {
		// Schema order: ... sldSz, notesSz, smartTags, embeddedFontLst, custShowLst, ... defaultTextStyle.
		const withList = xml.replace(/(<p:notesSz\b[^>]*\/>)/, `$1${list}`);
		if (withList === xml) throw new Error('ppt/presentation.xml has no <p:notesSz>');
		return withList.replace(
			/<p:presentation\b(?![^>]*embedTrueTypeFonts)/,
			'<p:presentation embedTrueTypeFonts="1"'
		);
	});
	return zipSync(files) as Uint8Array<ArrayBuffer>;
}
