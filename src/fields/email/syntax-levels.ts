/**
 * Diagnoses of the syntax checker, ordered by severity the way is_email orders them (Dominic Sayers,
 * BSD-3-Clause): below 16 the address is usable as an SMTP envelope address, 16..127 it is legal only in
 * a message header (comments, folding white space) or only by RFC 5322's broad grammar, from 128 on it
 * is no address at all. The numbers are is_email's, so results stay comparable to its test set.
 */
export const LEVEL = {
  valid: 0,
  rfc5321_tld: 9,
  rfc5321_tld_numeric: 10,
  rfc5321_quoted_string: 11,
  rfc5321_address_literal: 12,
  rfc5321_ipv6_deprecated: 13,
  utf8_local_part: 14,
  cfws_comment: 17,
  cfws_fws: 18,
  deprec_local_part: 33,
  deprec_fws: 34,
  deprec_qtext: 35,
  deprec_qp: 36,
  deprec_comment: 37,
  deprec_ctext: 38,
  deprec_cfws_near_at: 49,
  rfc5322_domain: 65,
  rfc5322_too_long: 66,
  rfc5322_local_too_long: 67,
  rfc5322_domain_too_long: 68,
  rfc5322_label_too_long: 69,
  rfc5322_domain_literal: 70,
  rfc5322_domlit_obsdtext: 71,
  rfc5322_ipv6_grpcount: 72,
  rfc5322_ipv6_2x2xcolon: 73,
  rfc5322_ipv6_badchar: 74,
  rfc5322_ipv6_maxgrps: 75,
  rfc5322_ipv6_colonstrt: 76,
  rfc5322_ipv6_colonend: 77,
  err_expecting_dtext: 129,
  err_no_local_part: 130,
  err_no_domain: 131,
  err_consecutive_dots: 132,
  err_atext_after_cfws: 133,
  err_atext_after_qs: 134,
  err_atext_after_domlit: 135,
  err_expecting_qpair: 136,
  err_expecting_atext: 137,
  err_expecting_qtext: 138,
  err_expecting_ctext: 139,
  err_backslash_end: 140,
  err_dot_start: 141,
  err_dot_end: 142,
  err_domain_hyphen_start: 143,
  err_domain_hyphen_end: 144,
  err_unclosed_quoted_str: 145,
  err_unclosed_comment: 146,
  err_unclosed_domlit: 147,
  err_fws_crlf_x2: 148,
  err_fws_crlf_end: 149,
  err_cr_no_lf: 150,
  err_too_long_to_parse: 151,
} as const;

export type Diagnosis = keyof typeof LEVEL;

/** Levels above this are fatal: the parser stops. */
export const FATAL_ABOVE = 127;
/** Below this level a closing `]` still gets its address literal checked (is_email's `ISEMAIL_DEPREC`). */
export const LITERAL_CHECK_BELOW = 63;
/** Below this level the bare-TLD checks run (is_email's `ISEMAIL_DNSWARN`). */
export const TLD_CHECK_BELOW = 7;

export type SyntaxCategory = 'valid' | 'unusual' | 'invalid';

export function categoryOf(diagnosis: Diagnosis): SyntaxCategory {
  const level = LEVEL[diagnosis];
  if (level === 0) return 'valid';
  return level > FATAL_ABOVE ? 'invalid' : 'unusual';
}

/** Human text for each diagnosis, phrased for someone fixing a CRM record. */
export const DIAGNOSIS_TEXT: Readonly<Record<Diagnosis, string>> = {
  valid: 'valid address',
  rfc5321_tld: 'the domain is a bare top-level domain, which cannot receive mail',
  rfc5321_tld_numeric: 'the domain ends in a numeric label (an IP address without brackets?)',
  rfc5321_quoted_string: 'the local part is a quoted string, which many systems reject',
  rfc5321_address_literal: 'the domain is an IP address literal instead of a domain name',
  rfc5321_ipv6_deprecated: 'the IPv6 address literal uses a deprecated "::" form',
  utf8_local_part: 'the local part has non-ASCII characters, which need SMTPUTF8 support from every server',
  cfws_comment: 'the address contains a comment in parentheses',
  cfws_fws: 'the address contains white space or a line fold',
  deprec_local_part: 'the local part mixes quoted and unquoted parts (obsolete syntax)',
  deprec_fws: 'the address contains obsolete folding white space',
  deprec_qtext: 'the quoted local part contains control characters (obsolete syntax)',
  deprec_qp: 'the quoted local part escapes a control character (obsolete syntax)',
  deprec_comment: 'the address contains a comment inside the local part (obsolete syntax)',
  deprec_ctext: 'a comment contains control characters (obsolete syntax)',
  deprec_cfws_near_at: 'there is white space or a comment next to the "@"',
  rfc5322_domain: 'the domain contains characters that are not allowed in host names',
  rfc5322_too_long: 'the address is longer than 254 characters',
  rfc5322_local_too_long: 'the local part is longer than 64 characters',
  rfc5322_domain_too_long: 'the domain is longer than 255 characters',
  rfc5322_label_too_long: 'a domain label is longer than 63 characters',
  rfc5322_domain_literal: 'the domain is a bracketed literal that is not a valid IP address',
  rfc5322_domlit_obsdtext: 'the domain literal contains escaped or control characters',
  rfc5322_ipv6_grpcount: 'the IPv6 address literal has the wrong number of groups',
  rfc5322_ipv6_2x2xcolon: 'the IPv6 address literal has more than one "::"',
  rfc5322_ipv6_badchar: 'the IPv6 address literal contains a non-hexadecimal character',
  rfc5322_ipv6_maxgrps: 'the IPv6 address literal has too many groups',
  rfc5322_ipv6_colonstrt: 'the IPv6 address literal starts with a single ":"',
  rfc5322_ipv6_colonend: 'the IPv6 address literal ends with a single ":"',
  err_expecting_dtext: 'the domain literal contains a character that is not allowed there',
  err_no_local_part: 'there is nothing before the "@"',
  err_no_domain: 'there is no domain (missing "@" or nothing after it)',
  err_consecutive_dots: 'two dots in a row',
  err_atext_after_cfws: 'text follows white space or a comment inside the address',
  err_atext_after_qs: 'text follows a quoted string in the local part',
  err_atext_after_domlit: 'text follows the bracketed domain literal',
  err_expecting_qpair: 'a backslash escapes a character that cannot be escaped',
  err_expecting_atext:
    'the address contains a character that is not allowed (space, comma, bracket, quote, control character…)',
  err_expecting_qtext: 'the quoted string contains a character that is not allowed',
  err_expecting_ctext: 'the comment contains a character that is not allowed',
  err_backslash_end: 'the address ends with a backslash',
  err_dot_start: 'a part starts with a dot',
  err_dot_end: 'a part ends with a dot',
  err_domain_hyphen_start: 'a domain label starts with a hyphen',
  err_domain_hyphen_end: 'a domain label ends with a hyphen',
  err_unclosed_quoted_str: 'a quote is not closed',
  err_unclosed_comment: 'a parenthesis is not closed',
  err_unclosed_domlit: 'a "[" is not closed',
  err_fws_crlf_x2: 'the address contains two line breaks in a row',
  err_fws_crlf_end: 'the address contains a line break not followed by white space',
  err_cr_no_lf: 'the address contains a carriage return without a line feed',
  err_too_long_to_parse: 'the value is far too long to be an email address',
};
