/**
 * Website analysis. Certain fixes only: trim, lowercase scheme and host, repair a mangled `http://`
 * separator, drop a lone trailing slash, a trailing dot on the host and a default port. The user's
 * form is otherwise kept: no scheme is added, `www.` is not removed, and an IDN host stays in the
 * script it was typed in (display is for people); `facts.host`/`facts.domain` carry the punycode
 * form, which is what DNS and matching need.
 */

import { collapseWhitespace, hasLooseWhitespace } from '../text.ts';
import { isKnownTld, tldOf } from '../tld/index.ts';
import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { findingBuilder, verdictOf } from '../types.ts';
import {
  FREE_PROVIDER_DOMAINS,
  PLACEHOLDER_DOMAINS,
  PLACEHOLDER_VALUES,
  RESERVED_TLDS,
  SOCIAL_DOMAINS,
  TLD_TYPOS,
} from './lists.ts';
import type { ParsedWebsite } from './parse.ts';
import { formatWebsite, MAX_WEBSITE_LENGTH, parseWebsite } from './parse.ts';
import { registrableDomain } from './registrable-domain.ts';

export type WebsiteFindingCode =
  | 'website.invalid'
  | 'website.placeholder'
  | 'website.tld_unknown'
  | 'website.ip_address'
  | 'website.social'
  | 'website.free_provider';

export interface WebsiteFacts {
  /** Registrable domain in punycode, without `www.`, scheme, path or port: `acme.co.uk`. */
  domain?: string;
  /** Full host in punycode: `shop.acme.co.uk`. */
  host?: string;
  /** An absolute URL to open; `https://` is assumed when the value has no scheme. */
  url?: string;
}

export type WebsiteAnalysis = FieldAnalysis<WebsiteFacts>;

const PLACEHOLDER_MAX_LENGTH = 16;

const finding = findingBuilder<WebsiteFindingCode>();

function result(
  input: string,
  normalized: string,
  findings: Finding[],
  facts: WebsiteFacts,
): WebsiteAnalysis {
  return { input, normalized, findings, verdict: verdictOf(input, findings), facts };
}

/** Analyzes one website value; never throws. */
export function analyzeWebsite(input: string, ctx: FieldContext): WebsiteAnalysis {
  if (input.length > MAX_WEBSITE_LENGTH) {
    const message = `The website is ${input.length} characters long; a real address is under ${MAX_WEBSITE_LENGTH}.`;
    return result(input, input, [finding('website.invalid', ctx, 'error', message)], {});
  }
  // Most values are spaced cleanly; only the others take the clean-up pass.
  const value = hasLooseWhitespace(input) ? collapseWhitespace(input) : input;
  if (value === '') return { input, normalized: '', findings: [], verdict: 'empty', facts: {} };
  if (value.length <= PLACEHOLDER_MAX_LENGTH && PLACEHOLDER_VALUES.has(value.toLowerCase())) {
    const message = `"${value}" is a placeholder, not a website.`;
    return result(input, value, [finding('website.placeholder', ctx, 'error', message)], {});
  }
  const parsed = parseWebsite(value);
  if (!parsed.ok) {
    const message = `"${value}" is not a website address: ${parsed.reason}.`;
    return result(input, value, [finding('website.invalid', ctx, 'error', message, parsed.suggestion)], {});
  }
  const normalized = formatWebsite(parsed.value);
  const facts = factsOf(parsed.value, normalized);
  return result(input, normalized, domainFindings(parsed.value, facts, ctx), facts);
}

function factsOf(p: ParsedWebsite, normalized: string): WebsiteFacts {
  const url = p.scheme === '' ? `https://${normalized}` : normalized;
  if (isIpHost(p.asciiHost)) return { host: p.asciiHost, url };
  return { domain: registrableDomain(p.asciiHost), host: p.asciiHost, url };
}

function isIpHost(asciiHost: string): boolean {
  const c = asciiHost.charCodeAt(asciiHost.length - 1);
  return c >= 48 && c <= 57;
}

function domainFindings(p: ParsedWebsite, facts: WebsiteFacts, ctx: FieldContext): Finding[] {
  const domain = facts.domain;
  if (domain === undefined) {
    const message = `"${p.host}" is an IP address, not a company website.`;
    return [finding('website.ip_address', ctx, 'warning', message)];
  }
  const tld = tldOf(p.asciiHost);
  if (RESERVED_TLDS.has(tld) || PLACEHOLDER_DOMAINS.has(domain)) {
    return [
      finding('website.placeholder', ctx, 'error', `"${domain}" is a placeholder domain, not a website.`),
    ];
  }
  if (!isKnownTld(tld)) return [tldFinding(p, tld, ctx)];
  const social = SOCIAL_DOMAINS.get(domain);
  if (social !== undefined) {
    const message = `This is a ${social} page, not the company's own website.`;
    return [finding('website.social', ctx, 'info', message)];
  }
  if (FREE_PROVIDER_DOMAINS.has(domain)) {
    const message = `"${domain}" is a free email provider, probably copied from an email address.`;
    return [finding('website.free_provider', ctx, 'info', message)];
  }
  return [];
}

function tldFinding(p: ParsedWebsite, tld: string, ctx: FieldContext): Finding {
  const message = `".${tld}" is not a top-level domain in the IANA root zone.`;
  const fixed = TLD_TYPOS.get(tld);
  if (fixed === undefined) return finding('website.tld_unknown', ctx, 'warning', message);
  const host = `${p.host.slice(0, p.host.length - tld.length)}${fixed}`;
  return finding('website.tld_unknown', ctx, 'warning', message, formatWebsite({ ...p, host }));
}

/** The website after certain fixes only; idempotent. */
export function normalizeWebsite(input: string): string {
  return analyzeWebsite(input, { field: 'website' }).normalized;
}
