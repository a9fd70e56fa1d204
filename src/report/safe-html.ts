/**
 * Escape-by-default HTML building. Interpolations into the `html` tag are escaped unless they are
 * already `SafeHtml`, so an untrusted CRM value can only reach the page as text: forgetting to escape
 * is not possible, only deliberately calling `raw`.
 */

import { escapeHtml } from './escape.ts';

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

/** Marks trusted markup (our own CSS, script, or strings built from SafeHtml). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.value;
  if (part === null || part === undefined || part === false || part === true) return '';
  if (typeof part === 'string') return escapeHtml(part);
  if (typeof part === 'number') return escapeHtml(String(part));
  let out = '';
  for (const p of part) out += render(p);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

export function join(parts: readonly Part[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(separator));
}
