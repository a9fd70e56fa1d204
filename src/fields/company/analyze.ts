/**
 * Company field: certain fixes (clean-up, casing of all-caps / all-lower values, the legal form's
 * accepted spelling) and findings for values that are not a company name.
 */
import { type FieldAnalysis, type FieldContext, type Finding, type Severity, verdictOf } from '../types.ts';
import { type CaseMode, caseMode, recase } from './casing.ts';
import { cleanCompany } from './clean.ts';
import { junkKind } from './junk.ts';
import { keyOfBase } from './key.ts';
import {
  detectLegalForm,
  detectPrefixForm,
  isOnlyLegalForm,
  type LegalFormMatch,
  MAX_NAME_LENGTH,
} from './legal-form.ts';
import { findEmail, findUrl, nameFromDomain } from './web.ts';

export type CompanyFindingCode =
  | 'company.placeholder'
  | 'company.test'
  | 'company.not_a_company'
  | 'company.legal_form_only'
  | 'company.email_in_name'
  | 'company.url_in_name'
  | 'company.legal_form'
  | 'company.all_caps'
  | 'company.all_lowercase'
  | 'company.too_long';

export interface CompanyFacts {
  /** Canonical spelling of the detected legal form ("s.r.o.", "Inc.", "ООО"). */
  legalForm?: string;
  /** Country of the legal form: the record's when the form is used there, else the form's only one. */
  legalFormCountry?: string;
  /** The normalized name without its legal form ("ООО «Ромашка»" -> "Ромашка"). */
  base: string;
  /** Matching key: lower-case ASCII words, no legal form ("Škoda Auto a.s." -> "skoda auto"). */
  key: string;
}

interface Parts {
  normalized: string;
  base: string;
  match: LegalFormMatch | undefined;
  mode: CaseMode | undefined;
}

const EMPTY_BRACKETS = /\s*(?:<\s*>|\(\s*\)|\[\s*\])\s*/g;
const SEPARATOR_EDGE = /^[\s,;:\-–—/]+|[\s,;:\-–—/]+$/g;
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['„', '“'],
  ['"', '"'],
  ['“', '”'],
  ['‚', '‘'],
  ["'", "'"],
]);
const JUNK_MESSAGES = {
  placeholder: 'is a placeholder, not a company name',
  test: 'looks like test data, not a company name',
  not_a_company: 'says there is no company (private person, self-employed, none)',
} as const;
const JUNK_SEVERITY: Readonly<Record<keyof typeof JUNK_MESSAGES, Severity>> = {
  placeholder: 'error',
  test: 'error',
  not_a_company: 'info',
};

export function analyzeCompany(input: string, ctx: FieldContext): FieldAnalysis<CompanyFacts> {
  const cleaned = input.trim() === '' ? '' : cleanCompany(input);
  // Blank, or nothing but invisible and control characters: no evidence either way.
  if (cleaned === '')
    return { input, normalized: '', findings: [], verdict: 'empty', facts: { base: '', key: '' } };
  const field = ctx.field;
  if (cleaned.length > MAX_NAME_LENGTH) {
    const message = `is ${cleaned.length} characters long: not a single company name`;
    const findings = [finding('company.too_long', field, 'warning', message)];
    const facts = { base: cleaned, key: keyOfBase(cleaned) };
    return { input, normalized: cleaned, findings, verdict: verdictOf(input, findings), facts };
  }
  const web = webFinding(cleaned, field);
  const findings: Finding[] = web ? [web] : [];
  const parts = compose(cleaned, ctx.country, !web);
  const key = keyOfBase(parts.base);
  const junk = junkKind(key);
  const facts: CompanyFacts = { base: junk ? cleaned : parts.base, key };
  if (parts.match) {
    facts.legalForm = parts.match.legalForm;
    if (parts.match.country !== undefined) facts.legalFormCountry = parts.match.country;
  }
  if (junk) {
    findings.push(
      finding(`company.${junk}`, field, JUNK_SEVERITY[junk], `"${cleaned}" ${JUNK_MESSAGES[junk]}`),
    );
    return { input, normalized: cleaned, findings, verdict: verdictOf(input, findings), facts };
  }
  if (!parts.match && isOnlyLegalForm(cleaned)) {
    const message = `"${cleaned}" is only a legal form; the company name is missing`;
    findings.push(finding('company.legal_form_only', field, 'error', message));
  }
  if (parts.match) findings.push(finding('company.legal_form', field, 'info', legalFormMessage(parts.match)));
  if (parts.mode && parts.normalized !== cleaned) {
    const code = parts.mode === 'upper' ? 'company.all_caps' : 'company.all_lowercase';
    const how = parts.mode === 'upper' ? 'in capitals' : 'in lower case';
    findings.push(finding(code, field, 'info', `was written ${how}; recased to "${parts.normalized}"`));
  }
  return { input, normalized: parts.normalized, findings, verdict: verdictOf(input, findings), facts };
}

function finding(
  code: CompanyFindingCode,
  field: string,
  severity: Severity,
  message: string,
  suggestion?: string,
): Finding {
  const f: Finding = { code, field, severity, message };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

/** The normalized value alone (same rules as `analyzeCompany`). */
export function normalizeCompany(input: string, country?: string): string {
  const cleaned = input.trim() === '' ? '' : cleanCompany(input);
  if (cleaned === '') return '';
  if (cleaned.length > MAX_NAME_LENGTH) return cleaned;
  const parts = compose(cleaned, country, !findEmail(cleaned) && !findUrl(cleaned));
  return junkKind(keyOfBase(parts.base)) ? cleaned : parts.normalized;
}

/** Matching key of a company name: legal form removed, ASCII, lower case ("Acme, Inc." -> "acme"). */
export function companyKey(name: string, country?: string): string {
  const cleaned = cleanCompany(name);
  const match = cleaned.length > MAX_NAME_LENGTH ? undefined : detectLegalForm(cleaned, country);
  return keyOfBase(match ? baseOf(cleaned, match, country) : cleaned);
}

function compose(cleaned: string, country: string | undefined, mayRecase: boolean): Parts {
  const match = detectLegalForm(cleaned, country);
  // Addresses are case-insensitive data, not names: "john@acme.com" must not become "John@Acme.Com".
  let mode = mayRecase ? caseMode(cleaned) : undefined;
  if (!match) {
    const normalized = mode ? recase(cleaned, mode, true) : cleaned;
    return { normalized, base: unquote(normalized), match, mode };
  }
  // The form keeps the spelling chosen by detection; title case would mangle it ("GMBH" -> "Gmbh").
  const form = match.display;
  // Nothing to rewrite (the common case): the value itself, not a copy pieced together from its parts.
  if (!mode && form === match.written)
    return { normalized: cleaned, base: baseOf(cleaned, match, country), match, mode };
  const left = cleaned.slice(0, match.start);
  const right = cleaned.slice(match.end);
  const prefix = match.position === 'prefix';
  // "ACME llc" becomes "ACME LLC", all capitals: recase now, or the next pass would (idempotence).
  if (mayRecase && !mode && form !== match.written) mode = caseMode(left + form + right);
  const l = mode ? recase(left, mode, true) : left;
  const r = mode ? recase(right, mode, prefix) : right;
  const normalized = l + form + r;
  const span = { start: l.length, end: l.length + form.length, position: match.position };
  return { normalized, base: baseOf(normalized, span, country), match, mode };
}

interface Span {
  start: number;
  end: number;
  position: 'prefix' | 'suffix';
}

/**
 * Name without its legal form. A qualifier after a suffix form stays ("Siemens (Munich)"); a second,
 * leading form goes too ("S.C. Dacia S.A." -> "Dacia", "PT Bank Central Asia Tbk" -> "Bank Central Asia").
 */
function baseOf(s: string, span: Span, country: string | undefined): string {
  if (span.position === 'prefix') return unquote(s.slice(span.end).replace(SEPARATOR_EDGE, ''));
  const head = s.slice(0, span.start).replace(SEPARATOR_EDGE, '');
  const tail = s.slice(span.end).trimEnd();
  const base = unquote(tail === '' ? head : head + tail);
  const lead = detectPrefixForm(base, country);
  return lead ? unquote(base.slice(lead.end).replace(SEPARATOR_EDGE, '')) : base;
}

function unquote(s: string): string {
  const close = QUOTE_PAIRS.get(s.charAt(0));
  if (close === undefined || s.length < 3 || !s.endsWith(close)) return s;
  const inner = s.slice(1, -1);
  return inner.includes(s.charAt(0)) || inner.includes(close) ? s : inner.trim();
}

/** The email/URL finding, if the value holds an address. */
function webFinding(s: string, field: string): Finding | undefined {
  const email = findEmail(s);
  if (email) {
    const suggestion = email.whole ? nameFromDomain(email.domain) : withoutAddress(s, email.text);
    return finding(
      'company.email_in_name',
      field,
      'warning',
      `contains an email address (${email.text})`,
      suggestion,
    );
  }
  const url = findUrl(s);
  if (!url) return undefined;
  const suggestion = url.whole ? nameFromDomain(url.domain) : undefined;
  return finding('company.url_in_name', field, 'info', `contains a web address (${url.text})`, suggestion);
}

/** "Acme Inc. <john@acme.com>" -> "Acme Inc.": the address and the brackets around it go. */
function withoutAddress(s: string, address: string): string | undefined {
  const rest = s.replace(address, '').replace(EMPTY_BRACKETS, ' ').replace(SEPARATOR_EDGE, '');
  return rest.replace(/ {2,}/g, ' ') || undefined;
}

function legalFormMessage(m: LegalFormMatch): string {
  const where = m.country ?? m.countries.slice(0, 4).join('/');
  const respelled = m.display !== m.written ? `; "${m.written}" written as "${m.display}"` : '';
  return `legal form ${m.legalForm} (${m.name}, ${where})${respelled}`;
}
