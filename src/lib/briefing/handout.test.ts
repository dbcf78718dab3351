import { describe, expect, it } from 'vitest';
import { emptyDeck } from './deck';
import { handoutFileName } from './handout';

describe('handoutFileName()', () => {
	it.each([
		['US–China channels: a briefing', 'us-china-channels-a-briefing-2025-03-01.pptx'],
		['  ', 'briefing-2025-03-01.pptx'],
		['中美 briefing', 'briefing-2025-03-01.pptx']
	])('%j -> %s', (title, name) =>
		expect(handoutFileName(emptyDeck(title), new Date('2025-03-01T12:00:00Z'))).toBe(name)
	);
});
