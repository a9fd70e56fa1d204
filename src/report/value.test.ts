import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.ts';
import { TITLE_MAX, VALUE_MAX, valueHtml } from './value.ts';

describe('valueHtml', () => {
  it.each([
    ['jan.novak@firma.cz', '<code class="value">jan.novak@firma.cz</code>'],
    ['', '<span class="muted">(empty)</span>'],
    ['<b>', '<code class="value">&lt;b&gt;</code>'],
    [
      '  Jan ',
      '<code class="value"><span class="ws" title="leading spaces">  </span>Jan<span class="ws" title="trailing spaces"> </span></code>',
    ],
    ['   ', '<code class="value"><span class="ws" title="leading spaces">   </span></code>'],
  ])('%j', (value, expected) => {
    expect(valueHtml(value).value).toBe(expected);
  });

  it('truncates long values and keeps the full value, escaped, in the title', () => {
    const long = `"<x>"${'a'.repeat(300)}`;
    const out = valueHtml(long).value;
    expect(out).toContain(`title="${escapeHtml(long)}"`);
    expect(out).toContain('<span class="more">…</span>');
    expect(out).toContain('305 characters');
    const visible = out.slice(out.indexOf('">') + 2, out.indexOf('<span class="more">'));
    expect(visible).toBe(escapeHtml(long.slice(0, VALUE_MAX)));
  });

  it('caps the tooltip of a 1 MB value', () => {
    const out = valueHtml('y'.repeat(1_000_000)).value;
    expect(out.length).toBeLessThan(TITLE_MAX + VALUE_MAX + 300);
    expect(out).toContain('1,000,000 characters');
  });
});
