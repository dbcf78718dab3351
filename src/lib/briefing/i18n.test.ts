import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { inLocale, m } from '$lib/i18n';
import { fixtureData } from '../../../tests/fixtures/data';
import { addSlide, emptyDeck, firstSentence, newSlide, parseDeck, parseDeckJson } from './deck';
import DeckNotices from './DeckNotices.svelte';
import { channelsTakeaway, defaultDeck, delegationsTakeaway, engagementTakeaway } from './default-deck';
import { shareLink } from './share';
import { saveDeck, unreadableMessage } from './storage';
import { faultReason } from './storage-fault';

const zh = <T>(draw: () => T) => inLocale('zh-CN', draw);

describe('the default deck in Chinese', () => {
	const data = fixtureData();

	it('computes the takeaways from the data, in Chinese', () => {
		expect(zh(() => channelsTakeaway(data))).toBe(
			'在15个具名渠道中，“50个中的5个”这一说法提出时（2023年10月23日）有2个运行中，截至2024年12月31日有0个运行中。'
		);
		expect(zh(() => delegationsTakeaway(data))).toBe(
			'仅为声称，并无统计：1979年出访代表团增加逾30%；1978年有来源可查的出访为9次。'
		);
		expect(zh(() => engagementTakeaway(data))).toBe(
			'记录中最繁忙的季度：2023年第4季度，官方事件4起、民间事件4起。'
		);
	});

	it('has Chinese titles and notes, marks its slides as Chinese, and keeps the ids and views', () => {
		const en = defaultDeck(data);
		const deck = zh(() => defaultDeck(data));
		expect(deck.title).toBe('中美沟通渠道：简报');
		expect(deck.slides.map((s) => s.title)).toEqual([
			'具名渠道：2022年8月关闭，至2024年陆续恢复',
			'1978年后的代表团：声称的增长',
			'各季度交往：官方与民间'
		]);
		expect(deck.slides[1].notes).toBe(
			'该说法出自Liye Hong（2023年11月）。由于没有公布统计数字，增长以指数表示，以1978年为100，声称的下限为130。'
		);
		expect(deck.slides.map((s) => s.chart.lang)).toEqual(['zh-CN', 'zh-CN', 'zh-CN']);
		expect(deck.slides.map((s) => [s.id, s.chart.figure, s.chart.view])).toEqual(
			en.slides.map((s) => [s.id, s.chart.figure, s.chart.view])
		);
		expect(parseDeck(JSON.parse(JSON.stringify(deck))).ok).toBe(true);
	});

	it('is still English on English pages', () => {
		expect(defaultDeck(data).title).toBe('US–China channels: a briefing');
		expect(engagementTakeaway(data)).toBe(
			'Busiest quarter in the log: 2023 Q4, with 4 official and 4 civil events.'
		);
	});
});

describe('deck notices in Chinese', () => {
	it('a saved deck that cannot be read: the problems and where it was kept', () => {
		const key = 'us-china-channels:briefing-deck-unreadable:2025-03-01T10:00:00.000Z';
		expect(unreadableMessage(key, ['a', 'b'])).toBe(
			`Your saved deck could not be read (a; b); it has been kept aside as “${key}” in this browser’s storage, and nothing else was changed.`
		);
		expect(zh(() => unreadableMessage(key, ['a', 'b']))).toBe(
			`无法读取您保存的简报（a；b）；它已另存为本浏览器存储中的“${key}”，其他内容均未改动。`
		);
	});

	it('names what is wrong with a deck file in Chinese', () => {
		expect(zh(() => parseDeck({ version: 99, slides: 'three' }))).toMatchObject({
			ok: false,
			problems: ['version: 本版网站只能读取版本1及以下的简报', 'slides: 应为幻灯片列表']
		});
		const r = zh(() => parseDeckJson('{"version":1,'));
		expect(!r.ok && r.problems[0]).toMatch(/^不是JSON格式（/);
	});

	it('a deck the browser refuses to save, and one too big for a link', () => {
		const s = {
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		} as unknown as Storage;
		const deck = emptyDeck('x');
		const fault = saveDeck(s, deck);
		expect(fault?.kind).toBe('full');
		expect(zh(() => m.briefing_not_saved({ since: '10:30', reason: faultReason(fault!) }))).toBe(
			'10:30以来的改动未保存：本浏览器为本网站提供的存储空间已满。在关闭此标签页之前，这些改动仍在此处；请下载简报以保留它们。此前保存的内容未作改动。'
		);
		expect(m.briefing_not_saved({ since: '10:30', reason: faultReason(fault!) })).toBe(
			'Changes since 10:30 are not saved: this browser’s storage for the site is full. They are here in this tab until you close it; download the deck to keep them. What was saved before is unchanged.'
		);
		const big = { ...deck, title: Array.from({ length: 3000 }, (_, i) => (i * 7919).toString(36)).join('') };
		expect(zh(() => shareLink(big, 'http://localhost/zh-CN/briefing'))).toMatchObject({
			ok: false,
			message: expect.stringMatching(
				/^此简报太大，无法放入链接（[\d,]+个字符；超过8,000个字符的链接会被邮件和聊天软件截断），请改为存为文件。$/
			)
		});
	});

	it('the default-deck and shared-deck notices', () => {
		const props = { isDefault: true, ondismiss() {}, onopenshared() {}, onignoreshared() {} };
		expect(zh(() => render(DeckNotices, { props }).body)).toContain(
			'这是默认简报，每个视图一张幻灯片。您可以直接编辑，也可以从各视图添加图表；简报会随时保存在本浏览器中。'
		);
		const shared = addSlide(
			emptyDeck('我的简报'),
			newSlide({ figure: 'channels-lanes', view: '/channels', lang: 'zh-CN' }, '渠道')
		);
		const body = zh(() => render(DeckNotices, { props: { ...props, shared } }).body);
		expect(body).toContain('此链接包含一份简报：“我的简报”，共1张幻灯片。打开后将替换本浏览器中的简报。');
		expect(body).toContain('打开分享的简报');
		expect(body).toContain('保留我的简报');
		expect(body).not.toContain('这是默认简报');
		expect(render(DeckNotices, { props: { ...props, shared } }).body).toContain(
			'This link holds a deck: “我的简报”, 1 slide. Opening it replaces the deck in this browser.'
		);
	});
});

describe('decks from before the Chinese pages', () => {
	it('load unchanged: a slide without a language reads as English, a deck without a title as “Briefing”', () => {
		const old = {
			version: 1,
			slides: [{ id: 's1', chart: { figure: 'channels-lanes', view: '/channels' }, title: 'T' }]
		};
		const parsed = parseDeck(old);
		expect(parsed.ok && parsed.deck.slides[0].chart).toEqual({
			version: 1,
			figure: 'channels-lanes',
			view: '/channels',
			state: {},
			lang: 'en'
		});
		expect(parsed.ok && parsed.deck.title).toBe('Briefing');
		// Opened on a Chinese page, it loads the same; only the missing title defaults to Chinese.
		const inChinese = zh(() => parseDeck(old));
		expect(inChinese.ok && inChinese.deck.slides[0].chart.lang).toBe('en');
		expect(inChinese.ok && inChinese.deck.title).toBe('简报');
	});
});

describe('firstSentence() in Chinese', () => {
	it.each([
		['在15个具名渠道中，9个运行中。2022年8月5日，中方暂停了8个渠道。', '在15个具名渠道中，9个运行中。'],
		['真的吗？是的。', '真的吗？'],
		['没有句号', '没有句号'],
		[
			'Of 15 channels, 9 are active (31 Dec 2024). China cancelled 8.',
			'Of 15 channels, 9 are active (31 Dec 2024).'
		]
	])('%j -> %j', (text, out) => expect(firstSentence(text)).toBe(out));
});

describe('slide counts in English', () => {
	it('say "1 slide" and "2 slides"', async () => {
		const { m } = await import('$lib/paraglide/messages');
		expect(m.briefing_file_opened({ name: 'deck.json', count: 1 })).toBe('Opened deck.json: 1 slide.');
		expect(m.briefing_file_opened({ name: 'deck.json', count: 2 })).toBe('Opened deck.json: 2 slides.');
		expect(m.briefing_handout_saved({ name: 'b.pptx', count: 1 })).toBe(
			'Saved b.pptx (1 slide with speaker notes).'
		);
	});
});
