/**
 * The dashboard's two languages: English (the base, at bare paths) and Simplified Chinese (under /zh-CN/).
 * Messages are Paraglide's compiled functions (`m.key()`), read in the language of the page's URL; these
 * helpers add what messages alone do not: localized links, names from the data with their English
 * fallback, numbers, and drawing something in a given language (bilingual exports).
 */
import { getLocale, locales, localizeHref, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

export { m } from '$lib/paraglide/messages';
export { getLocale, locales, type Locale };

export const isChinese = (locale: Locale = getLocale()) => locale === 'zh-CN';

/** A site path in the page's language: "/channels" reads "/zh-CN/channels" in Chinese. */
export function localHref(path: string, locale: Locale = getLocale()): string {
	return withoutTrailingSlash(localizeHref(path, { locale }));
}

// Pages are served without a trailing slash ("/zh-CN", not "/zh-CN/").
const withoutTrailingSlash = (href: string) => href.replace(/(.)\/(?=$|[?#])/, '$1');

/** The same page in the other language, keeping its query and hash. */
export function otherLanguageHref(url: URL, locale: Locale): string {
	return withoutTrailingSlash(localizeHref(`${url.pathname}${url.search}${url.hash}`, { locale }));
}

/**
 * A record's name in the page's language: its Chinese name (`name_zh`, `title_zh`...) when reading Chinese
 * and one is recorded, else the English. A Chinese name we are not sure of is left empty in the data, so
 * it falls back rather than being guessed.
 */
export function localName(english: string, chinese?: string, locale: Locale = getLocale()): string {
	return isChinese(locale) && chinese ? chinese : english;
}

/**
 * `lang="en"` for English text shown on a Chinese page (a name with no Chinese form, an English data note),
 * so screen readers read it as English; undefined otherwise. `localEnglish(!rec.name_zh)` pairs with
 * `localName(rec.name, rec.name_zh)`.
 */
export function localEnglish(isEnglish = true, locale: Locale = getLocale()): 'en' | undefined {
	return isChinese(locale) && isEnglish ? 'en' : undefined;
}

/** 12,345 or 12,345 (both locales group by thousands), with up to `digits` decimals. */
export function formatNumber(value: number, locale: Locale = getLocale(), digits = 0): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * Runs `draw` with every message and formatter reading `locale`, then restores the page's language.
 * Drawing is synchronous (Svelte's `render`, or `mount` + `flushSync`), so nothing else runs meanwhile.
 */
export function inLocale<T>(locale: Locale, draw: () => T): T {
	const previous = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return draw();
	} finally {
		overwriteGetLocale(previous);
	}
}

/** `draw` run once in each language: `{ en: ..., 'zh-CN': ... }` (titles for bilingual exports). */
export function inEachLocale<T>(draw: () => T): Record<Locale, T> {
	return Object.fromEntries(locales.map((l) => [l, inLocale(l, draw)])) as Record<Locale, T>;
}
