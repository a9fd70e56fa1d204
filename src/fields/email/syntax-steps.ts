/**
 * The per-context steps of the syntax state machine (see syntax.ts). Each step reads `p.token` in the
 * context `p.now` and updates the state; `raise` keeps the worst diagnosis seen.
 */
import { checkAddressLiteral } from './address-literal.ts';
import type { Diagnosis } from './syntax-levels.ts';
import { LEVEL, LITERAL_CHECK_BELOW } from './syntax-levels.ts';

const UNICODE_WORD = /^[\p{L}\p{M}\p{N}]$/u;
// RFC 5322 §3.2.3 specials: visible ASCII that is not atext.
const SPECIAL = new Uint8Array(128);
for (const c of '()<>[]:;@\\,."') SPECIAL[c.charCodeAt(0)] = 1;

export const LOCAL = 0;
export const DOMAIN = 1;
export const LITERAL = 2;
export const COMMENT = 3;
export const FWS = 4;
export const QSTRING = 5;
export const QPAIR = 6;

export interface State {
  s: string;
  i: number;
  token: string;
  prevToken: string;
  level: number;
  diagnosis: Diagnosis;
  stack: number[];
  now: number;
  prev: number;
  local: string;
  domain: string;
  literal: string;
  lastLabel: string;
  elementCount: number;
  elementLength: number;
  crlfCount: number;
  hyphen: boolean;
  assertEnd: boolean;
}

export function raise(p: State, d: Diagnosis): void {
  if (LEVEL[d] > p.level) {
    p.level = LEVEL[d];
    p.diagnosis = d;
  }
}

function enter(p: State, context: number): void {
  p.stack.push(p.now);
  p.now = context;
}

function leave(p: State): void {
  p.prev = p.now;
  p.now = p.stack.pop()!;
}

/** At a CR: consume the LF that must follow. */
function crlf(p: State): boolean {
  p.i++;
  if (p.i < p.s.length && p.s[p.i] === '\n') return true;
  raise(p, 'err_cr_no_lf');
  return false;
}

function isWhite(p: State): boolean {
  return p.token === ' ' || p.token === '\t' || (p.token === '\r' && crlf(p));
}

export const STEP: readonly ((p: State) => void)[] = [
  inLocal,
  inDomain,
  inLiteral,
  inComment,
  inFws,
  inQuotedString,
  inQuotedPair,
];

function inLocal(p: State): void {
  const t = p.token;
  if (t === '(') openComment(p, 'cfws_comment');
  else if (t === '.') localDot(p);
  else if (t === '"') localQuote(p);
  else if (t === '@') atSign(p);
  else if (t === ' ' || t === '\t' || t === '\r') {
    if (isWhite(p)) startFws(p, p.elementCount === 0 ? 'cfws_fws' : 'deprec_fws', null);
  } else localAtext(p);
}

/** A comment opening a local part or domain (`atStart`), between its words, or ending one of them. */
function openComment(p: State, atStart: Diagnosis): void {
  if (p.elementLength === 0) raise(p, p.elementCount === 0 ? atStart : 'deprec_comment');
  else {
    raise(p, 'cfws_comment');
    p.assertEnd = true;
  }
  enter(p, COMMENT);
}

function localDot(p: State): void {
  if (p.elementLength === 0) {
    raise(p, p.elementCount === 0 ? 'err_dot_start' : 'err_consecutive_dots');
    return;
  }
  // A quoted string that is only one of several dot-separated words is RFC 5322's obs-local-part.
  if (p.assertEnd) raise(p, 'deprec_local_part');
  p.assertEnd = false;
  p.elementLength = 0;
  p.elementCount++;
  p.local += '.';
}

function localQuote(p: State): void {
  if (p.elementLength !== 0) {
    raise(p, 'err_expecting_atext');
    return;
  }
  raise(p, p.elementCount === 0 ? 'rfc5321_quoted_string' : 'deprec_local_part');
  p.local += '"';
  p.elementLength++;
  p.assertEnd = true;
  enter(p, QSTRING);
}

/** FWS at the start of an element is `atStart`; in the middle it must end the element. */
function startFws(p: State, atStart: Diagnosis, midElement: Diagnosis | null): void {
  if (p.elementLength === 0) raise(p, atStart);
  else {
    if (midElement) raise(p, midElement);
    p.assertEnd = true;
  }
  enter(p, FWS);
  p.prevToken = p.token;
}

function atSign(p: State): void {
  if (p.local.length === 0) raise(p, 'err_no_local_part');
  else if (p.elementLength === 0) raise(p, 'err_dot_end');
  else if (p.local.length > 64) raise(p, 'rfc5322_local_too_long');
  // RFC 5322 §3.4.1: comments and FWS SHOULD NOT be used around the "@".
  else if (p.prev === COMMENT || p.prev === FWS) raise(p, 'deprec_cfws_near_at');
  p.now = DOMAIN;
  p.stack[0] = DOMAIN;
  p.elementCount = 0;
  p.elementLength = 0;
  p.assertEnd = false;
}

function localAtext(p: State): void {
  if (p.assertEnd) {
    raise(p, p.prev === COMMENT || p.prev === FWS ? 'err_atext_after_cfws' : 'err_atext_after_qs');
    return;
  }
  p.prev = p.now;
  const c = p.token.charCodeAt(0);
  if (c < 33 || c === 127 || (c < 128 && SPECIAL[c] === 1)) raise(p, 'err_expecting_atext');
  else if (c > 127) raise(p, UNICODE_WORD.test(p.token) ? 'utf8_local_part' : 'err_expecting_atext');
  p.local += p.token;
  p.elementLength++;
}

function inDomain(p: State): void {
  const t = p.token;
  if (t === '(') openComment(p, 'deprec_cfws_near_at');
  else if (t === '.') domainDot(p);
  else if (t === '[') openLiteral(p);
  else if (t === ' ' || t === '\t' || t === '\r') {
    if (isWhite(p)) startFws(p, p.elementCount === 0 ? 'deprec_cfws_near_at' : 'deprec_fws', 'cfws_fws');
  } else domainAtext(p);
}

function domainDot(p: State): void {
  if (p.elementLength === 0) raise(p, p.elementCount === 0 ? 'err_dot_start' : 'err_consecutive_dots');
  else if (p.hyphen) raise(p, 'err_domain_hyphen_end');
  // RFC 1035 §2.3.4: labels are 63 octets or less.
  else if (p.elementLength > 63) raise(p, 'rfc5322_label_too_long');
  p.assertEnd = false;
  p.elementLength = 0;
  p.elementCount++;
  p.lastLabel = '';
  p.domain += '.';
}

function openLiteral(p: State): void {
  if (p.domain.length !== 0) {
    raise(p, 'err_expecting_atext');
    return;
  }
  p.assertEnd = true;
  p.elementLength++;
  enter(p, LITERAL);
  p.domain += '[';
  p.lastLabel += '[';
  p.literal = '';
}

function domainAtext(p: State): void {
  if (p.assertEnd) {
    raise(p, p.prev === LITERAL ? 'err_atext_after_domlit' : 'err_atext_after_cfws');
  }
  const t = p.token;
  const c = t.charCodeAt(0);
  p.hyphen = false;
  if (c > 127) {
    if (!UNICODE_WORD.test(t)) raise(p, 'err_expecting_atext');
  } else if (c < 33 || c === 127 || SPECIAL[c] === 1) raise(p, 'err_expecting_atext');
  else if (t === '-') {
    if (p.elementLength === 0) raise(p, 'err_domain_hyphen_start');
    p.hyphen = true;
    // RFC 5321 §4.1.2 sub-domain: letters, digits and hyphens only.
  } else if (!isAlnum(c)) raise(p, 'rfc5322_domain');
  p.domain += t;
  p.lastLabel += t;
  p.elementLength++;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function inLiteral(p: State): void {
  const t = p.token;
  if (t === ']') closeLiteral(p);
  else if (t === '\\') {
    raise(p, 'rfc5322_domlit_obsdtext');
    enter(p, QPAIR);
  } else if (t === ' ' || t === '\t' || t === '\r') foldingWhite(p);
  else {
    const c = t.charCodeAt(0);
    if (c > 127 || c === 0 || t === '[') {
      raise(p, 'err_expecting_dtext');
      return;
    }
    if (c < 33 || c === 127) raise(p, 'rfc5322_domlit_obsdtext');
    p.literal += t;
    p.domain += t;
    p.lastLabel += t;
    p.elementLength++;
  }
}

function closeLiteral(p: State): void {
  raise(p, p.level < LITERAL_CHECK_BELOW ? checkAddressLiteral(p.literal) : 'rfc5322_domain_literal');
  p.domain += ']';
  p.lastLabel += ']';
  p.elementLength++;
  leave(p);
}

/** White space inside a domain literal or a comment: legal as folding white space, and unusual. */
function foldingWhite(p: State): void {
  if (!isWhite(p)) return;
  raise(p, 'cfws_fws');
  enter(p, FWS);
  p.prevToken = p.token;
}

function inQuotedString(p: State): void {
  const t = p.token;
  if (t === '\\') enter(p, QPAIR);
  else if (t === '\t' || t === '\r') {
    if (t === '\r' && !crlf(p)) return;
    // RFC 5322 §3.2.4: folding white space inside the quotes reads as one space.
    p.local += ' ';
    p.elementLength++;
    raise(p, 'cfws_fws');
    enter(p, FWS);
    p.prevToken = t;
  } else if (t === '"') {
    p.local += t;
    p.elementLength++;
    leave(p);
  } else {
    const c = t.charCodeAt(0);
    if (c > 127 || c === 0 || c === 10) raise(p, 'err_expecting_qtext');
    else if (c < 32 || c === 127) raise(p, 'deprec_qtext');
    p.local += t;
    p.elementLength++;
  }
}

function inQuotedPair(p: State): void {
  const c = p.token.charCodeAt(0);
  // RFC 5322 §3.2.1: quoted-pair = "\" (VCHAR / WSP) / obs-qp.
  if (c > 127) raise(p, 'err_expecting_qpair');
  else if ((c < 31 && c !== 9) || c === 127) raise(p, 'deprec_qp');
  leave(p);
  const pair = `\\${p.token}`;
  if (p.now === QSTRING) {
    p.local += pair;
    p.elementLength += 2;
  } else if (p.now === LITERAL) {
    p.domain += pair;
    p.lastLabel += pair;
    p.elementLength += 2;
  }
}

function inComment(p: State): void {
  const t = p.token;
  if (t === '(') enter(p, COMMENT);
  else if (t === ')') leave(p);
  else if (t === '\\') enter(p, QPAIR);
  else if (t === ' ' || t === '\t' || t === '\r') foldingWhite(p);
  else {
    const c = t.charCodeAt(0);
    if (c > 127 || c === 0 || c === 10) raise(p, 'err_expecting_ctext');
    else if (c < 32 || c === 127) raise(p, 'deprec_ctext');
  }
}

/** RFC 5322 §3.2.2 FWS, with erratum 1908's obs-FWS (several folds in a row are obsolete). */
function inFws(p: State): void {
  const t = p.token;
  if (p.prevToken === '\r') {
    if (t === '\r') {
      raise(p, 'err_fws_crlf_x2');
      return;
    }
    p.crlfCount++;
    if (p.crlfCount > 1) raise(p, 'deprec_fws');
  }
  if (t === '\r') {
    crlf(p);
  } else if (t !== ' ' && t !== '\t') {
    if (p.prevToken === '\r') raise(p, 'err_fws_crlf_end');
    p.crlfCount = 0;
    leave(p);
    // Hand this character back to the context the white space interrupted.
    p.i--;
  }
  p.prevToken = t;
}
