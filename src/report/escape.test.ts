import { describe, expect, it } from 'vitest';
import { escapeHtml, hasInvisible, invisibleLabel, markedVisible, plainVisible, truncate } from './escape.ts';

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["O'Neil & Söhne", 'O&#39;Neil &amp; Söhne'],
    ['&amp;', '&amp;amp;'],
    ['Ελένη Dvořák', 'Ελένη Dvořák'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short', false],
    ['exactly10!', 10, 'exactly10!', false],
    ['abcdefghijk', 10, 'abcdefghij', true],
    // decomposed ř (r + combining caron) counts as one grapheme and is never split
    ['Dvor\u030Cák-Dvor\u030Cák', 5, 'Dvor\u030Cá', true],
    // an emoji outside the BMP is never cut between its surrogates
    ['ab😀cd', 3, 'ab😀', true],
  ])('%j to %i', (input, max, text, truncated) => {
    expect(truncate(input, max)).toEqual({ text, truncated });
  });

  it('handles a 1 MB value without scanning it', () => {
    const huge = 'x'.repeat(1_000_000);
    const started = performance.now();
    expect(truncate(huge, 120)).toEqual({ text: 'x'.repeat(120), truncated: true });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('bounds one grapheme made of thousands of combining marks', () => {
    const zalgo = `a${'\u0301'.repeat(100_000)}b`;
    const { text, truncated } = truncate(zalgo, 120);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(120 * 8);
  });
});

describe('invisible characters', () => {
  it.each([
    ['\u0000', '\u2400'],
    ['\u0007', '\u2407'],
    ['\t', '\u2409'],
    ['\n', '\u240A'],
    ['\u007F', '\u2421'],
    ['\u00A0', 'NBSP'],
    ['\u200B', 'ZWSP'],
    ['\u202E', 'RLO'],
    ['\uFEFF', 'BOM'],
    ['\u0085', 'U+0085'],
  ])('%j is labelled %j', (char, label) => {
    expect(invisibleLabel(char)).toBe(label);
    expect(hasInvisible(`a${char}b`)).toBe(true);
  });

  it.each(['Ελένη', 'Dvořák', 'ООО «Ромашка»', 'می\u200Cخواهم', '👩\u200D💻'])(
    'leaves %j unmarked',
    (text) => {
      expect(hasInvisible(text)).toBe(false);
      expect(markedVisible(text)).toBe(text);
    },
  );

  it('marks bidi overrides so they cannot reorder the page, and escapes around them', () => {
    const out = markedVisible('<b>\u202Eevil');
    expect(out).toBe('&lt;b&gt;<span class="ctl" title="invisible character">RLO</span>evil');
    expect(out).not.toContain('\u202E');
  });

  it('labels invisible characters in attribute text and escapes quotes', () => {
    expect(plainVisible('a"\u0000b')).toBe('a&quot;[\u2400]b');
  });
});
