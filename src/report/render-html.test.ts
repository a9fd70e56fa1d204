import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.ts';
import { renderHtmlReport } from './index.ts';
import { emptyReport, fixtureReport, IMG_VALUE, LONG_VALUE, SCRIPT_VALUE } from './report-fixture.ts';

const full = renderHtmlReport(fixtureReport());
const empty = renderHtmlReport(emptyReport());

function between(text: string, open: string, close: string): string {
  const start = text.indexOf(open) + open.length;
  return text.slice(start, text.indexOf(close, start));
}

describe.each([
  ['fixture', full],
  ['empty', empty],
])('%s report', (_, page) => {
  it('is a complete HTML document', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(page).toMatch(/<title>[^<]+<\/title>/);
    expect(page.trimEnd().endsWith('</body></html>')).toBe(true);
  });

  it.each([
    'html',
    'head',
    'body',
    'main',
    'section',
    'div',
    'table',
    'details',
    'svg',
    'ul',
    'code',
    'span',
  ])('closes every <%s>', (tag) => {
    const opened = page.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
    const closed = page.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
    expect(closed).toBe(opened);
  });

  it('references nothing outside the file', () => {
    expect(page).not.toMatch(/\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/https?:\/\/(?!www\.example-firma\.cz)/);
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[a-z]+$/);
  });

  it('allows only its own style and script by hash', () => {
    const csp = between(page, 'http-equiv="Content-Security-Policy" content="', '"').replaceAll('&#39;', "'");
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(between(page, '<style>', '</style>'))}`);
    expect(csp).toContain(`script-src ${hash(between(page, '<script>', '</script>'))}`);
    expect(page).not.toMatch(/\sstyle="/);
  });

  it('titles every chart', () => {
    const svgs = [...page.matchAll(/<svg\b([^>]*)>(.{0,300})/gs)];
    expect(svgs.length).toBeGreaterThan(1);
    for (const [, attrs, after] of svgs) {
      if (attrs!.includes('aria-hidden="true"')) {
        expect(after).toMatch(/^<defs>/);
        continue;
      }
      expect(attrs).toContain('role="img"');
      expect(attrs).toMatch(/aria-label="[^"]+"/);
      expect(after).toMatch(/^<title>[^<]+<\/title>/);
    }
  });

  it('never prints a broken number', () => {
    const withoutScript = page.slice(0, page.indexOf('<script>'));
    expect(withoutScript).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });
});

describe('untrusted values', () => {
  it('shows markup only escaped', () => {
    expect(full).not.toContain(SCRIPT_VALUE);
    expect(full.match(/<script/g)).toHaveLength(1);
    expect(full).not.toMatch(/<img/i);
    expect(full).toContain(escapeHtml(SCRIPT_VALUE));
    expect(full).toContain(escapeHtml(IMG_VALUE));
    for (const m of full.matchAll(/onerror/g))
      expect(full.slice(m.index - 14, m.index)).toBe('&lt;img src=x ');
  });

  it('truncates a long value and keeps it whole, escaped, in the title', () => {
    expect(full).toContain(`title="${escapeHtml(LONG_VALUE)}"`);
    expect(full.match(/KONEC/g)).toHaveLength(1);
  });

  it('marks a bidi override instead of emitting it', () => {
    expect(full).not.toContain('\u202E');
    expect(full).toContain('Ελένη<span class="ctl" title="invisible character">RLO</span>evil');
  });

  it('marks leading spaces', () => {
    expect(full).toContain('<span class="ws" title="leading spaces">  </span>Petr.Dvorak@Seznam.CZ');
  });
});

describe('content', () => {
  it.each([
    ['file name', 'hubspot-contacts-2025-06.csv'],
    ['record count', '48,213'],
    ['generated at', '2025-06-02 09:41 UTC'],
    ['elapsed and speed', '812 ms (59,376 rows/s)'],
    ['delimiter', 'semicolon (;)'],
    ['file size', '9.4 MB'],
    ['grade', 'Grade C · Fair'],
    ['score', '>72</text>'],
    ['component weight', 'weight 30.0%'],
    ['component explanation', '2,729 records hold at least one invalid value.'],
    ['formula', 'grade A ≥ 90'],
    ['records with errors', 'With errors: <b>2,729</b>'],
    ['fill rate', '97.2%'],
    ['error code', 'email.syntax'],
    ['reason count', '>1,102<'],
    ['severity badge', '<span class="badge badge-warning">Warning</span>'],
    ['suggestion', 'eleni.papadopoulou@gmail.com'],
    ['duplicate groups', '1,204 groups'],
    ['extra records', '1,530 extra records'],
    ['rows beyond the shown', 'and 2 more'],
    ['test records', '57 records'],
    ['stale records', '9,420 records'],
    ['undated records', '17,207 records have no usable date'],
    ['ragged rows', '2 rows had fewer fields than the header.'],
    ['custom column', 'custom, passed through'],
  ])('shows the %s', (_, text) => {
    expect(full).toContain(text);
  });

  it('orders reasons by severity, then count', () => {
    const email = full.slice(full.indexOf('email.syntax'), full.indexOf('phone.invalid'));
    const order = ['email.syntax', 'email.typo', 'email.disposable', 'email.case'].map((c) =>
      email.indexOf(c),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('says plainly what an empty file yields', () => {
    expect(empty).toContain('No columns were mapped to contact fields.');
    expect(empty).toContain('No issues found.');
    expect(empty).toContain('Not checked: no');
    expect(empty).not.toContain('File structure:');
  });

  it('is deterministic', () => {
    expect(renderHtmlReport(fixtureReport())).toBe(full);
  });
});

describe('the rules section', () => {
  it('shows what the rules decided and which rules fired', () => {
    expect(full).toContain('Under your rules');
    expect(full).toMatch(/<b>import<\/b> channel/);
    expect(full).toMatch(
      /<td>quarantine<\/td><td>kept aside for review<\/td><td class="num"[^>]*>1,188<\/td>/,
    );
    expect(full).toContain('<code>email-format</code>');
  });
});
