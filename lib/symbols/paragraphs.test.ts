import { describe, expect, it } from 'vitest';
import { paragraphEnd, paragraphStart } from './paragraphs';

describe('paragraph breaks', () => {
  const text = 'One line\nwraps here. Then\nends.\nNext paragraph\n\nLast';
  it('ends a paragraph after a sentence’s end or at a blank line, not at a wrapped line', () => {
    expect(paragraphEnd(text, 0)).toBe(text.indexOf('Next'));
    expect(paragraphEnd(text, text.indexOf('Next'))).toBe(text.indexOf('\nLast'));
    expect(paragraphEnd(text, text.indexOf('Last'))).toBe(text.length);
  });

  it('finds where the paragraph holding an offset starts, no further back than the floor', () => {
    expect(paragraphStart(text, text.indexOf('Then'), 0)).toBe(0);
    expect(paragraphStart(text, text.indexOf('paragraph'), 0)).toBe(text.indexOf('Next'));
    // A blank line: the break is its first line break.
    expect(paragraphStart(text, text.indexOf('Last'), 0)).toBe(text.indexOf('\nLast'));
    expect(paragraphStart(text, text.indexOf('paragraph'), text.indexOf('Next') + 2)).toBe(text.indexOf('Next') + 2);
  });

  it('handles breaks at the very start of the text', () => {
    expect(paragraphStart('\n\nA', 2, 0)).toBe(1);
    expect(paragraphStart('\nA', 1, 0)).toBe(0);
  });
});
