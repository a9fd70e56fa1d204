/**
 * A strict, allocation-light parser for what people type into a CRM website column: a bare host
 * (`acme.com`), a host with path, or an http(s) URL. `new URL()` is both slower and too lenient
 * (it accepts `http://acme` and percent-encodes junk), so the grammar is spelled out here.
 */

import { domainToASCII } from 'node:url';

export interface ParsedWebsite {
  /** Lowercased `http` or `https`, or '' when the user gave no scheme. */
  scheme: string;
  /** Host as displayed: lowercased, trailing dot removed, Unicode kept when typed in Unicode. */
  host: string;
  /** Host in ASCII (punycode) form, for lookups and DNS. */
  asciiHost: string;
  /** Port digits, '' when absent or the scheme's default. */
  port: string;
  /** Path, query and fragment exactly as typed ('' for a lone '/'). */
  rest: string;
}

export type ParseResult =
  | { ok: true; value: ParsedWebsite }
  | { ok: false; reason: string; suggestion?: string };

// "http//x", "http:/x", "http;//x", "http:\\x", "http:///x": the scheme word is exact, only the separator
// is mangled, so the repair is certain. At least one separator character is required: httpbin.org is real.
const BROKEN_SEPARATOR = /^(https?)([:;]?[/\\]+|[:;])(?=[^/\\:])/i;
// The separator as it should be: most values, and no repair to look for.
const WELL_FORMED_SEPARATOR = /^https?:\/\/[^/\\:]/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const SCHEME_TYPO = /^h{0,2}t{1,3}p{1,2}(s{0,2})$/;
const ASCII_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const LABEL_OK = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Two or more labels of 1–63 letters, digits or inner hyphens.
const VALID_LABELS = /^(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const NON_ASCII = /[^\x00-\x7f]/;
const CONTROL = /[\x00-\x1f\x7f]/;
const REPEATED_SCHEME = /^https?[:;]?[/\\]/i;
const MAILTO = /^mailto:/i;
const PORT = /^\d{1,5}$/;
const DIGITS = /^\d+$/;
const COMMAS = /[,;]/g;
const SPACES = / /g;
const EMPTY_LABELS = /\.{2,}/g;
const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' };

/** Repairs a mangled `http://` separator; returns the input itself when there is nothing to repair. */
export function repairSchemeSeparator(value: string): string {
  if (WELL_FORMED_SEPARATOR.test(value)) return value;
  const m = BROKEN_SEPARATOR.exec(value);
  if (m === null || m[2] === '://') return value;
  return `${m[1]}://${value.slice(m[0].length)}`;
}

function fail(reason: string, suggestion?: string): ParseResult {
  return suggestion === undefined ? { ok: false, reason } : { ok: false, reason, suggestion };
}

/** Longer values are rejected unread: browsers and CRMs cap URLs near 2,000 characters. */
export const MAX_WEBSITE_LENGTH = 2048;

/** Parses a trimmed, non-blank value. */
export function parseWebsite(value: string): ParseResult {
  if (value.length > MAX_WEBSITE_LENGTH) return fail(`it is longer than ${MAX_WEBSITE_LENGTH} characters`);
  if (CONTROL.test(value)) return fail('it contains control characters');
  // Cheap gates keep the scheme regexes off the common bare-host path.
  const first = value.charCodeAt(0) | 32;
  const s = first === 104 ? repairSchemeSeparator(value) : value;
  let scheme = '';
  let start = 0;
  const m = s.includes('://') ? SCHEME.exec(s) : null;
  if (m !== null) {
    scheme = m[1]!.toLowerCase();
    start = m[0].length;
    if (scheme !== 'http' && scheme !== 'https') return schemeFailure(scheme, s.slice(start));
    const remainder = s.slice(start);
    if ((remainder.charCodeAt(0) | 32) === 104 && REPEATED_SCHEME.test(remainder)) {
      return withSuggestion('the scheme is repeated', remainder);
    }
  } else if (first === 109 && MAILTO.test(s)) {
    return emailFailure(s.slice(7));
  }
  let end = start;
  for (; end < s.length; end++) {
    const c = s.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35) break; // '/', '?', '#'
  }
  const authority = s.slice(start, end);
  let rest = s.slice(end);
  if (rest === '/') rest = '';
  if (authority.includes('@')) return emailFailure(authority);
  return parseAuthority(authority, scheme, rest);
}

function parseAuthority(authority: string, scheme: string, rest: string): ParseResult {
  let host = authority;
  let port = '';
  const colon = authority.lastIndexOf(':');
  if (colon >= 0) {
    port = authority.slice(colon + 1);
    host = authority.slice(0, colon);
    if (!PORT.test(port) || Number(port) > 65535) return fail(`"${authority}" has an invalid port`);
    if (DEFAULT_PORT[scheme] === port) port = '';
  }
  host = host.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  const asciiHost = NON_ASCII.test(host) ? domainToASCII(host) : host;
  const value: ParsedWebsite = { scheme, host, asciiHost, port, rest };
  const problem = hostProblem(host, asciiHost);
  if (problem === undefined) return { ok: true, value };
  if (problem.fixedHost === undefined) return fail(problem.reason);
  return withSuggestion(problem.reason, formatWebsite({ ...value, host: problem.fixedHost }));
}

interface HostProblem {
  reason: string;
  fixedHost?: string;
}

function hostProblem(host: string, asciiHost: string): HostProblem | undefined {
  if (host === '') return { reason: 'it has no host name' };
  if (!VALID_LABELS.test(asciiHost)) return labelProblem(host, asciiHost);
  const last = asciiHost.charCodeAt(asciiHost.length - 1);
  if (last < 48 || last > 57 || IPV4.test(asciiHost)) return undefined;
  if (DIGITS.test(asciiHost.slice(asciiHost.lastIndexOf('.') + 1))) {
    return { reason: `"${host}" ends in a number, not a top-level domain` };
  }
  return undefined;
}

// Slow path: say which part of the host is wrong.
function labelProblem(host: string, asciiHost: string): HostProblem {
  if (asciiHost === '' || !ASCII_HOST.test(asciiHost)) return hostShapeProblem(host);
  const bad = asciiHost.split('.').find((label) => !LABEL_OK.test(label)) ?? asciiHost;
  return { reason: `"${bad}" is not a valid part of a host name` };
}

function hostShapeProblem(host: string): HostProblem {
  if (host.includes(',') || host.includes(';')) {
    return { reason: 'it has a comma where a dot belongs', fixedHost: host.replace(COMMAS, '.') };
  }
  if (host.includes(' ')) return { reason: 'it contains spaces', fixedHost: host.replace(SPACES, '') };
  if (host.includes('..')) {
    return { reason: 'it has an empty part ("..")', fixedHost: host.replace(EMPTY_LABELS, '.') };
  }
  if (!host.includes('.')) return { reason: `"${host}" has no top-level domain (like .com)` };
  return { reason: `"${host}" is not a valid host name` };
}

function schemeFailure(scheme: string, remainder: string): ParseResult {
  const typo = SCHEME_TYPO.exec(scheme);
  if (typo !== null) {
    const fixed = `${typo[1] === '' ? 'http' : 'https'}://${remainder}`;
    return withSuggestion(`"${scheme}://" is not a web address scheme`, fixed);
  }
  return fail(`"${scheme}:" is not a web (http/https) address`);
}

function emailFailure(authority: string): ParseResult {
  const domain = authority.slice(authority.lastIndexOf('@') + 1);
  return withSuggestion('it looks like an email address or login, not a website', domain);
}

// A suggestion is offered only when it parses cleanly, possibly after one more repair of its own.
function withSuggestion(reason: string, candidate: string): ParseResult {
  const again = candidate === '' ? undefined : parseCandidate(candidate);
  return again === undefined ? fail(reason) : fail(reason, again);
}

function parseCandidate(candidate: string): string | undefined {
  const parsed = parseWebsite(candidate);
  return parsed.ok ? formatWebsite(parsed.value) : parsed.suggestion;
}

/** The canonical display form: lowercase scheme and host, default port and lone trailing slash dropped. */
export function formatWebsite(p: ParsedWebsite): string {
  const prefix = p.scheme === '' ? '' : `${p.scheme}://`;
  const port = p.port === '' ? '' : `:${p.port}`;
  return `${prefix}${p.host}${port}${p.rest}`;
}
