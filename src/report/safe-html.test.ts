import { describe, expect, it } from 'vitest';
import { html, join, raw } from './safe-html.ts';

describe('html tag', () => {
  it.each([
    ['a string', '<x>', '<p>&lt;x&gt;</p>'],
    ['a number', 1234, '<p>1234</p>'],
    ['null', null, '<p></p>'],
    ['undefined', undefined, '<p></p>'],
    ['false', false, '<p></p>'],
    ['SafeHtml', raw('<b>ok</b>'), '<p><b>ok</b></p>'],
    ['an array', ['<', raw('<i>'), 7], '<p>&lt;<i>7</p>'],
  ] as const)('interpolates %s', (_, value, expected) => {
    expect(html`<p>${value}</p>`.value).toBe(expected);
  });

  it('escapes attribute-breaking quotes', () => {
    expect(html`<a title="${'"><script>'}">`.value).toBe('<a title="&quot;&gt;&lt;script&gt;">');
  });

  it('nests without double escaping', () => {
    const inner = html`<i>${'&'}</i>`;
    expect(html`<b>${inner}</b>`.value).toBe('<b><i>&amp;</i></b>');
  });

  it('joins with a separator', () => {
    expect(join(['<a>', raw('<b>')], ', ').value).toBe('&lt;a&gt;, <b>');
  });
});
