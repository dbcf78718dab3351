/**
 * A located data problem in the page's language. The checks write their messages in English once (the build's
 * data check prints them as they are, for developers); in Chinese the import UI reads each fixed phrase back
 * through its English template and writes the Chinese one, keeping the data's values (found text, column
 * names, allowed values) as they were. A message no template knows is shown in English.
 */
import { formatIssue, type DataIssue } from '$lib/data/validate';
import { getLocale, isChinese, m, type Locale } from '$lib/i18n';

type Message = (inputs: Record<string, string>, options: { locale: Locale }) => string;

interface Template {
	message: Message;
	/** The template's inputs, in any order. */
	inputs: string[];
	/** Inputs that are themselves our own text, translated in turn. */
	nested?: Partial<Record<string, (text: string, locale: Locale) => string>>;
}

const t = (message: unknown, inputs: string[] = [], nested?: Template['nested']): Template => ({
	message: message as Message,
	inputs,
	nested
});

const found = (text: string, locale: Locale) => {
	const more = /^more than (\d+)$/.exec(text);
	if (more) return m.import_found_more_than({ count: more[1] }, { locale });
	if (text === '1 column (no tabs)') return m.import_found_one_column({}, { locale });
	const columns = /^(\d+) tab-separated columns$/.exec(text);
	if (columns) return m.import_found_columns({ count: columns[1] }, { locale });
	return text;
};

const TEMPLATES: Template[] = [
	t(m.import_expected_text_empty),
	t(m.import_expected_id),
	t(m.import_expected_date),
	t(m.import_expected_one_of, ['options']),
	t(m.import_expected_count),
	t(m.import_expected_count_or_empty),
	t(m.import_expected_yes_no),
	t(m.import_expected_url),
	t(m.import_expected_end_status),
	t(m.import_expected_header_row, ['columns']),
	t(m.import_expected_header, ['name', 'columns']),
	t(m.import_expected_extra_columns, ['count']),
	t(m.import_expected_cells, ['count', 'found']),
	t(m.import_expected_quote_open),
	t(m.import_expected_quote_line),
	t(m.import_expected_after_quote),
	t(m.import_expected_repeated),
	t(m.import_expected_source_id),
	t(m.import_expected_channel_id),
	t(m.import_expected_end_after_start, ['start']),
	t(m.import_expected_source_kept, ['id']),
	t(m.import_expected_csv_empty),
	t(m.import_expected_csv_too_large, ['size', 'max']),
	t(m.import_expected_csv_utf16),
	t(m.import_expected_csv_binary),
	t(m.import_expected_csv_utf8),
	t(m.import_expected_first_line_long, ['bytes']),
	t(m.import_expected_line_long, ['kb']),
	t(m.import_expected_events_empty),
	t(m.import_expected_events_no_rows),
	t(m.import_expected_events_utf16),
	t(m.import_expected_events_binary),
	t(m.import_expected_read_failed, ['detail']),
	t(m.import_expected_stopped, ['detail']),
	t(m.import_expected_tab_columns, ['count', 'found'], { found }),
	t(m.import_expected_date_compact),
	t(m.import_expected_date_iso),
	t(m.import_expected_gdelt1, ['count']),
	t(m.import_expected_icews_header, ['header']),
	t(m.import_expected_unknown_format, ['found'], { found }),
	t(m.import_expected_zip_inflate, ['detail']),
	t(m.import_expected_zip_entry, ['name', 'detail']),
	t(m.import_expected_zip_unreadable, ['detail']),
	t(m.import_expected_zip_empty),
	t(m.import_expected_zip_truncated),
	t(m.import_expected_zip_too_big, ['max']),
	t(m.import_expected_zip_bomb, ['ratio', 'inflated', 'compressed']),
	t(m.import_expected_aside_form),
	t(m.import_expected_aside_index),
	t(m.import_expected_aside_invalid, ['count', 'first'], { first: (s, l) => localIssueLine(s, l) })
];

// Marks an input in the English text (a character no message contains).
const MARK = '\u{E000}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The English template as a pattern: each input becomes a group. English only, so it can be kept.
const patterns = new Map<Template, RegExp>();
function pattern(template: Template): RegExp {
	let re = patterns.get(template);
	if (!re) {
		const marks = Object.fromEntries(template.inputs.map((name) => [name, `${MARK}${name}${MARK}`]));
		const english = template.message(marks, { locale: 'en' });
		const source = escape(english).replace(
			new RegExp(`${MARK}(\\w+)${MARK}`, 'g'),
			(_, name) => `(?<${name}>[\\s\\S]*?)`
		);
		re = new RegExp(`^${source}$`);
		patterns.set(template, re);
	}
	return re;
}

/** What was expected (or a whole problem sentence), in `locale`; English as it is. */
export function localExpected(expected: string, locale: Locale = getLocale()): string {
	if (!isChinese(locale)) return expected;
	for (const template of TEMPLATES) {
		const match = pattern(template).exec(expected);
		if (!match) continue;
		const inputs: Record<string, string> = { ...match.groups };
		for (const [name, translate] of Object.entries(template.nested ?? {}))
			if (translate && inputs[name] !== undefined) inputs[name] = translate(inputs[name], locale);
		return template.message(inputs, { locale });
	}
	return expected;
}

/**
 * One located problem as a line: in English exactly `formatIssue`'s ("data/x.csv:4:2 (column "status"):
 * found "activ"; expected one of: ..."), in Chinese "x.csv 第4行第2列（“status”列）：发现“activ”；应为以下之一：...".
 */
export function localIssue(issue: DataIssue, locale: Locale = getLocale()): string {
	if (!isChinese(locale)) return formatIssue(issue);
	const where = m.import_issue_where(
		{ file: issue.file, line: issue.line, column: issue.column },
		{ locale }
	);
	const column = issue.columnName
		? `（${m.import_issue_column({ name: issue.columnName }, { locale })}）`
		: '';
	const value =
		issue.value === undefined
			? ''
			: `${m.import_issue_found({ value: truncate(issue.value) }, { locale })}；`;
	return `${where}${column}：${value}${localExpected(issue.expected, locale)}`;
}

// As formatIssue shortens a found value.
const truncate = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** A line `formatIssue` wrote earlier (kept in a stored reason), read back and written in `locale`. */
export function localIssueLine(line: string, locale: Locale = getLocale()): string {
	if (!isChinese(locale)) return line;
	const parts = /^(.*?):(\d+):(\d+)(?: \(column "(.*?)"\))?:(?: found "(.*?)";)? (.*)$/.exec(line);
	if (!parts) return localExpected(line, locale);
	const [, file, l, c, columnName, value, expected] = parts;
	return localIssue({ file, line: +l, column: +c, columnName, value, expected }, locale);
}
