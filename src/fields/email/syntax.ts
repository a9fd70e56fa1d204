/**
 * Syntax of one email address exactly as given, per RFC 5321 (SMTP envelope) and RFC 5322 (message
 * header). The state machine follows Dominic Sayers' is_email (BSD-3-Clause, © 2008-2011 Dominic Sayers;
 * JS port © 2013 GlobeSherpa), rewritten as small per-context steps; its test set
 * (isemail-tests.json) is the acceptance test. Deliberate differences from is_email:
 * - no DNS: a bare two-letter (country) TLD like `test@io` stays valid — several ccTLDs run mail at their
 *   apex (`ai`), while ICANN bars dotless names for generic TLDs (SSAC SAC053), so `test@org` is unusual;
 * - Unicode letters are accepted in the local part (RFC 6531, flagged unusual) and the domain (U-labels);
 * - an unclosed quote/comment/literal is caught even when the value ends in white space inside it;
 * - values over 4,096 characters are rejected without parsing.
 */
import type { Diagnosis, SyntaxCategory } from './syntax-levels.ts';
import { categoryOf, FATAL_ABOVE, TLD_CHECK_BELOW } from './syntax-levels.ts';
import type { State } from './syntax-steps.ts';
import { COMMENT, FWS, LITERAL, LOCAL, QPAIR, QSTRING, raise, STEP } from './syntax-steps.ts';

export interface SyntaxResult {
  category: SyntaxCategory;
  diagnosis: Diagnosis;
  /** The address without comments and folding white space (what RFC 5322 says it means). */
  bare: string;
}

// Dot-atom local part, host name of two or more LDH labels, TLD starting with a letter: the everyday
// shape, valid without running the state machine.
const PLAIN =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const PARSE_LIMIT = 4096;
const CC_TLD = /^[A-Za-z]{2}$/;

/** Check the syntax of `address` as given (no trimming, no normalization). Never throws. */
export function checkEmailSyntax(address: string): SyntaxResult {
  const at = address.indexOf('@');
  if (address.length <= 254 && at <= 64 && PLAIN.test(address)) {
    return { category: 'valid', diagnosis: 'valid', bare: address };
  }
  if (address.length > PARSE_LIMIT)
    return { category: 'invalid', diagnosis: 'err_too_long_to_parse', bare: '' };
  const p = parse(address);
  return { category: categoryOf(p.diagnosis), diagnosis: p.diagnosis, bare: `${p.local}@${p.domain}` };
}

function parse(s: string): State {
  const p: State = {
    s,
    i: 0,
    token: '',
    prevToken: '',
    level: 0,
    diagnosis: 'valid',
    stack: [LOCAL],
    now: LOCAL,
    prev: LOCAL,
    local: '',
    domain: '',
    literal: '',
    lastLabel: '',
    elementCount: 0,
    elementLength: 0,
    crlfCount: 0,
    hyphen: false,
    assertEnd: false,
  };
  for (; p.i < s.length && p.level <= FATAL_ABOVE; p.i++) {
    p.token = s[p.i]!;
    STEP[p.now]!(p);
  }
  if (p.level <= FATAL_ABOVE) checkEnd(p);
  if (p.level < TLD_CHECK_BELOW) checkTld(p);
  return p;
}

function checkEnd(p: State): void {
  const context = p.now === FWS ? p.stack[p.stack.length - 1] : p.now;
  if (context === QSTRING) raise(p, 'err_unclosed_quoted_str');
  else if (context === QPAIR) raise(p, 'err_backslash_end');
  else if (context === COMMENT) raise(p, 'err_unclosed_comment');
  else if (context === LITERAL) raise(p, 'err_unclosed_domlit');
  else if (p.token === '\r') raise(p, 'err_fws_crlf_end');
  else if (p.domain.length === 0) raise(p, 'err_no_domain');
  else if (p.elementLength === 0) raise(p, 'err_dot_end');
  else if (p.hyphen) raise(p, 'err_domain_hyphen_end');
  // RFC 5321 §4.5.3.1: domain 255 octets; a path of 256 octets leaves 254 for the mailbox (RFC 3696 erratum 1690).
  else if (p.domain.length > 255) raise(p, 'rfc5322_domain_too_long');
  else if (p.local.length + p.domain.length + 1 > 254) raise(p, 'rfc5322_too_long');
  else if (p.elementLength > 63) raise(p, 'rfc5322_label_too_long');
}

function checkTld(p: State): void {
  if (p.elementCount === 0) {
    if (!CC_TLD.test(p.lastLabel)) raise(p, 'rfc5321_tld');
  } else {
    const c = p.lastLabel.charCodeAt(0);
    if (c >= 48 && c <= 57) raise(p, 'rfc5321_tld_numeric');
  }
}
