import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n';
import { toDate } from '$lib/transforms/dates';
import { fixtureData } from '../../tests/fixtures/data';
import {
	channelsFacts,
	channelsHeadline,
	channelsSentence,
	delegationsHeadline,
	engagementHeadline
} from './headlines';

const data = fixtureData();
const DOMAIN: [Date, Date] = [toDate('2021-07-01'), toDate('2025-01-01')];

describe('overview headlines', () => {
	it('channelsHeadline() sets the claim against the sourced register', () => {
		expect(channelsHeadline(data, 'five-of-fifty-channels', DOMAIN)).toBe(
			'Michael Pillsbury is reported to have said that only 5 of 50 channels remained (23 Oct 2023), a claim no ' +
				'other record confirms. Of the 15 named channels we can source, 2 were active that day and 0 by 31 Dec 2024.'
		);
	});

	it('delegationsHeadline() says the rise is a claim with no published count', () => {
		expect(delegationsHeadline(data, 'delegations-1979-rise')).toBe(
			'The op-ed claims Chinese delegations abroad rose by more than 30% in 1979; no count was ever published, ' +
				'so it is drawn as an index beside the 9 sourced trips of 1978.'
		);
	});

	it('engagementHeadline() counts each track per year from the log', () => {
		expect(engagementHeadline(data)).toBe(
			'The curated log holds 31 events: 2 official and 0 civil in 2022; 9 official and 10 civil in 2023; ' +
				'10 official and 0 civil in 2024. The log is still being curated: a quiet year in it is not evidence of a quiet year.'
		);
	});

	it('returns nothing for a claim that is not in the data', () => {
		expect(channelsHeadline(data, 'no-such-claim', DOMAIN)).toBe('');
		expect(delegationsHeadline(data, 'no-such-claim')).toBe('');
		expect(channelsHeadline(data, 'no-such-claim', DOMAIN, 'zh-CN')).toBe('');
	});
});

describe('overview headlines in Chinese', () => {
	it('channelsHeadline() writes the claim and the register in Chinese, with Chinese dates', () => {
		expect(channelsHeadline(data, 'five-of-fifty-channels', DOMAIN, 'zh-CN')).toBe(
			'据报道，Michael Pillsbury曾称50个渠道中仅剩5个（2023年10月23日），这一说法未获其他任何记录证实。' +
				'在我们能找到来源的15个具名渠道中，当天有2个在运行，截至2024年12月31日有0个在运行。'
		);
	});

	it('delegationsHeadline() writes the years as Chinese years', () => {
		expect(delegationsHeadline(data, 'delegations-1979-rise', 'zh-CN')).toBe(
			'该评论文章称，1979年中国出国代表团数量增长了30%以上；由于从未公布具体数字，图中将其绘制为指数，' +
				'与1978年有来源可查的9次出访并列。'
		);
	});

	it('engagementHeadline() lists each year with full-width separators', () => {
		expect(engagementHeadline(data, 'zh-CN')).toBe(
			'经整理的事件记录共收录31起事件：2022年官方2起、民间0起；2023年官方9起、民间10起；2024年官方10起、民间0起。' +
				'该记录仍在整理中：某一年记录的事件少，并不说明该年交往少。'
		);
	});

	it('the same facts give each language its sentence, defaulting to the page language', () => {
		const facts = channelsFacts(data, 'five-of-fifty-channels', DOMAIN);
		expect(inLocale('zh-CN', () => channelsSentence(facts))).toBe(channelsSentence(facts, 'zh-CN'));
		expect(channelsSentence(facts)).toMatch(/^Michael Pillsbury is reported/);
	});
});
