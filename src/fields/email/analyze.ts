import { tldOf } from '../tld/index.ts';
import type { FieldAnalysis, FieldContext } from '../types.ts';
import { verdictOf } from '../types.ts';
import type { DomainClassifierOptions, DomainFacts } from './domain.ts';
import { domainClassifier } from './domain.ts';
import type { EmailFinding } from './findings.ts';
import { emailFinding } from './findings.ts';
import { emailKey } from './key.ts';
import { foldLocalPart, testReason } from './local-checks.ts';
import { PLACEHOLDERS, ROLE_LOCAL_PARTS } from './local-parts.ts';
import type { EmailNormalizerOptions } from './normalize.ts';
import { cleanEmail, fixDomainTypo, normalizeEmail } from './normalize.ts';
import { plainForm, repairEmail } from './repair.ts';
import type { SyntaxResult } from './syntax.ts';
import { checkEmailSyntax } from './syntax.ts';
import type { SyntaxCategory } from './syntax-levels.ts';
import { DIAGNOSIS_TEXT } from './syntax-levels.ts';

export interface EmailFacts {
  /** Canonical matching key (see key.ts); '' when there is no address. */
  key: string;
  local: string;
  /** Lower-case ASCII (punycode) domain. */
  domain: string;
  free: boolean;
  disposable: boolean;
  role: boolean;
}

export interface EmailAnalyzerOptions extends DomainClassifierOptions, EmailNormalizerOptions {
  /** More local parts to treat as role accounts (matched after the same folding). */
  roleLocalParts?: readonly string[];
}

const SEPARATED = /[\s,;]+/;
const PLACEHOLDER_MAX = 16;
// Longer local parts are neither role names nor dummies (and folding them would cost time).
const LOCAL_CHECK_LIMIT = 64;

export type EmailAnalyzer = (input: string, ctx: FieldContext) => FieldAnalysis<EmailFacts>;

export function emailAnalyzer(options: EmailAnalyzerOptions = {}): EmailAnalyzer {
  const classifyDomain = domainClassifier(options);
  const autoFix = options.autoFixTypos ?? true;
  const roles = options.roleLocalParts?.length
    ? new Set([...ROLE_LOCAL_PARTS, ...options.roleLocalParts.map(foldLocalPart)])
    : ROLE_LOCAL_PARTS;

  return function analyzeEmail(input: string, ctx: FieldContext): FieldAnalysis<EmailFacts> {
    const cleaned = cleanEmail(input);
    if (cleaned === '') return result(input, '', [], facts(''));
    const normalized = autoFix ? fixDomainTypo(cleaned) : cleaned;
    const findings = normalized === cleaned ? [] : [typoFixed(cleaned, normalized, ctx.field)];
    const early = notAnAddress(normalized, ctx.field);
    if (early) {
      findings.push(early);
      return result(input, normalized, findings, facts(early.code === 'email.placeholder' ? '' : normalized));
    }
    const syntax = checkEmailSyntax(normalized);
    const at = normalized.lastIndexOf('@');
    const local = at === -1 ? '' : normalized.slice(0, at);
    const domain = at === -1 ? '' : normalized.slice(at + 1).toLowerCase();
    const plain = syntaxFinding(normalized, syntax, ctx.field);
    if (plain) findings.push(plain);
    if (syntax.category === 'invalid')
      return result(input, normalized, findings, facts(normalized, local, domain));
    const known = classifyDomain(domain);
    domainFindings(findings, local, domain, known, syntax.category, ctx.field);
    const role = localFindings(findings, local, domain, known.test, roles, ctx.field);
    const f = {
      key: emailKey(plain?.suggestion ?? normalized),
      local,
      domain,
      free: known.free,
      disposable: known.disposable,
      role,
    };
    return result(input, normalized, findings, f);
  };
}

/** The default analyzer: built-in lists, certain typo fixes on. */
export const analyzeEmail: EmailAnalyzer = emailAnalyzer();

function result(
  input: string,
  normalized: string,
  findings: EmailFinding[],
  f: EmailFacts,
): FieldAnalysis<EmailFacts> {
  const verdict = normalized === '' && findings.length === 0 ? 'empty' : verdictOf(input, findings);
  return { input, normalized, findings, verdict, facts: f };
}

function facts(key: string, local = '', domain = ''): EmailFacts {
  return { key: key.toLowerCase(), local, domain, free: false, disposable: false, role: false };
}

function typoFixed(before: string, after: string, field: string): EmailFinding {
  const from = before.slice(before.lastIndexOf('@') + 1);
  const to = after.slice(after.lastIndexOf('@') + 1);
  const message = `corrected "${from}" to "${to}": "${from}" cannot receive mail, its top-level domain does not exist`;
  return emailFinding(field, 'email.typo_fixed', message);
}

/** A placeholder (`n/a`) or several addresses in one field. */
function notAnAddress(value: string, field: string): EmailFinding | null {
  if (value.length <= PLACEHOLDER_MAX && PLACEHOLDERS.has(value.toLowerCase())) {
    return emailFinding(
      field,
      'email.placeholder',
      `"${value}" is a placeholder, not an address: leave the field empty`,
    );
  }
  if (value.indexOf('@') === value.lastIndexOf('@')) return null;
  const addresses = value
    .split(SEPARATED)
    .filter((part) => checkEmailSyntax(normalizeEmail(part)).category === 'valid');
  if (addresses.length < 2) return null;
  const message = `holds ${addresses.length} addresses; a field holds one (the others can go to another field)`;
  return emailFinding(field, 'email.multiple', message, normalizeEmail(addresses[0]!));
}

function syntaxFinding(value: string, syntax: SyntaxResult, field: string): EmailFinding | null {
  if (syntax.category === 'valid') return null;
  const why = DIAGNOSIS_TEXT[syntax.diagnosis];
  if (syntax.category === 'invalid') {
    return emailFinding(
      field,
      'email.syntax_invalid',
      `not a valid email address: ${why}`,
      repairEmail(value),
    );
  }
  const message = `legal by the RFCs but unusual, many systems reject it: ${why}`;
  return emailFinding(field, 'email.syntax_unusual', message, plainForm(syntax.bare));
}

function domainFindings(
  out: EmailFinding[],
  local: string,
  domain: string,
  known: DomainFacts,
  syntax: SyntaxCategory,
  field: string,
): void {
  if (!known.tldKnown) {
    const message = `".${tldOf(domain)}" is not an existing top-level domain`;
    out.push(emailFinding(field, 'email.unknown_tld', message));
  } else if (known.dotless && syntax === 'valid') {
    const message = `"${domain}" has no dot: only a few top-level domains accept mail themselves`;
    out.push(emailFinding(field, 'email.dotless_domain', message));
  }
  if (known.suggestion) {
    const message = `the domain "${domain}" looks like a typo of "${known.suggestion}"`;
    out.push(emailFinding(field, 'email.typo_domain', message, `${local}@${known.suggestion}`));
  }
  if (known.disposable) {
    const message = `"${domain}" is a disposable (throwaway) mailbox provider: the address will stop working`;
    out.push(emailFinding(field, 'email.disposable', message));
  }
  if (known.free) {
    const message = `"${domain}" is a free mailbox provider: the address says nothing about the employer`;
    out.push(emailFinding(field, 'email.free_provider', message));
  }
}

/** Test-address and role findings; returns whether the address is a role account. */
function localFindings(
  out: EmailFinding[],
  local: string,
  domain: string,
  testDomain: boolean,
  roles: ReadonlySet<string>,
  field: string,
): boolean {
  const folded = local.length <= LOCAL_CHECK_LIMIT ? foldLocalPart(local) : '';
  const test = testDomain
    ? `"${domain}" is a reserved or placeholder domain`
    : testReason(local, folded, domain);
  if (test) out.push(emailFinding(field, 'email.test', `looks like a test address: ${test}`));
  const role = !test && roles.has(folded);
  if (role)
    out.push(
      emailFinding(field, 'email.role', `"${local}@" is a role account (a shared mailbox), not a person`),
    );
  return role;
}
