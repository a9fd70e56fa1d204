/**
 * One field's rules compiled for one channel: from a value (and the record's country) to a
 * FieldOutcome — the module's analysis, the fixed value, and each finding with its action. A field's
 * outcome depends only on its value, the country and the channel, so it is memoised per column.
 *
 * Order within a field: the format or picklist rule decides the analyzer and the fix; the other rules
 * (regex, length, range, email_domain) judge the value as it goes on; field_check rules give actions
 * to the module's own findings.
 */

import { domainToASCII } from 'node:url';
import type { Finding } from '../fields/types.ts';
import type {
  Channel,
  EmailDomainRule,
  FallbackAction,
  FieldConfig,
  FieldRef,
  FormatRule,
  LengthRule,
  PicklistRule,
  RangeRule,
  RegexRule,
} from '../rules/config/index.ts';
import { type AnalyzerEnv, analyzerFor, runAnalyzer } from './analyzers.ts';
import { describeChange } from './describe-change.ts';
import { AdaptiveMemo, DEFAULT_MEMO_POLICY, type MemoPolicy } from './memo.ts';
import {
  type AnyAnalysis,
  type FieldOutcome,
  type GateFinding,
  NONE,
  severityOfAction,
  worstRank,
} from './types.ts';

export interface FieldPlan {
  readonly field: FieldRef;
  /** What happens on this channel when the field is blank; undefined: blank is fine. */
  readonly required: FallbackAction | undefined;
  /** The outcome of a non-blank value. */
  evaluate(input: string, country: string | undefined): FieldOutcome;
}

type Check = (value: string, analysis: AnyAnalysis | undefined) => GateFinding | undefined;

export interface PlanOptions extends AnalyzerEnv {
  memo?: MemoPolicy;
}

/** Compiles a field's config for one channel; undefined when kempt has nothing to do with the field. */
export function compileFieldPlan(
  field: FieldRef,
  config: FieldConfig | undefined,
  channel: Channel,
  options: PlanOptions,
): FieldPlan | undefined {
  const rules = (config?.rules ?? []).filter((r) => r.channels.includes(channel));
  const primary = rules.find(
    (r): r is FormatRule | PicklistRule => r.type === 'format' || r.type === 'picklist',
  );
  const analyzer = analyzerFor(
    field,
    primary?.type === 'format' ? primary.format : undefined,
    primary?.type === 'picklist' ? primary : undefined,
    options,
  );
  const required = config?.required[channel];
  const checks: Check[] = [];
  const overrides = new Map<string, { action: FallbackAction; ruleId: string; message?: string }>();
  for (const rule of rules) {
    if (rule.type === 'regex') checks.push(regexCheck(field, rule));
    else if (rule.type === 'length') checks.push(lengthCheck(field, rule));
    else if (rule.type === 'range') checks.push(rangeCheck(field, rule));
    else if (rule.type === 'email_domain') checks.push(emailDomainCheck(field, rule));
    else if (rule.type === 'field_check')
      for (const [code, action] of Object.entries(rule.checks))
        overrides.set(code, { action, ruleId: rule.id, ...(rule.message ? { message: rule.message } : {}) });
  }
  if (!analyzer && checks.length === 0 && required === undefined) return undefined;

  const fixes = primary?.action === 'fix';
  // What an error of the module leads to: the fix rule's fallback on this channel, or the rule's action.
  const onError: FallbackAction = primary
    ? primary.action === 'fix'
      ? (primary.otherwise?.[channel] ?? 'warn')
      : primary.action
    : 'warn';
  const changeCode = primary?.type === 'picklist' ? 'picklist.mapped' : `${field}.standardized`;

  const judge = (f: Finding): GateFinding => {
    const override = overrides.get(f.code);
    if (override) {
      const out: GateFinding = { ...f, action: override.action, ruleId: override.ruleId };
      if (override.message) out.message = override.message;
      return out;
    }
    if (f.severity === 'info') return f;
    // A picklist value that no spelling maps with certainty (unknown, ambiguous, a likely typo) is
    // what the picklist's `otherwise` is for, warning or not.
    if (f.severity === 'warning' && primary?.type !== 'picklist')
      return primary ? { ...f, action: 'warn', ruleId: primary.id } : { ...f, action: 'warn' };
    if (!primary) return { ...f, action: 'warn' };
    const out: GateFinding = { ...f, action: onError, ruleId: primary.id };
    // The rule's own message speaks to the sender ("Please enter a valid email address.").
    if (primary.message) out.message = `${primary.message} (${f.message})`;
    return out;
  };

  // Findings the config gives no action to are passed on as they are, in the module's own array.
  const judgeAll = (found: readonly Finding[]): readonly GateFinding[] => {
    let judged: GateFinding[] | undefined;
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      const j = judge(f);
      if (j !== f && judged === undefined) judged = found.slice(0, i);
      judged?.push(j);
    }
    return judged ?? found;
  };

  function evaluateNow(input: string, country: string | undefined): FieldOutcome {
    const ctx = country === undefined ? { field } : { field, country };
    const analysis = analyzer ? runAnalyzer(analyzer.analyze, input, ctx) : undefined;
    let value = input;
    let after = analysis;
    // The module found no value in it ("mailto:", invisible characters): a fix empties the field,
    // so a requirement on it is not met by junk.
    if (!analysis && fixes && analyzer) value = '';
    if (analysis && fixes && analysis.normalized !== input) {
      value = analysis.normalized;
      // The findings that matter are those of the value that goes on; only a value with problems
      // needs a second look (a fix never makes a clean value worse).
      if (value !== '' && analysis.findings.some((f) => f.severity !== 'info'))
        after = runAnalyzer(analyzer!.analyze, value, ctx) ?? analysis;
    }
    let findings: readonly GateFinding[] = after ? judgeAll(after.findings) : NONE;
    if (value !== '' && checks.length > 0) {
      const more: GateFinding[] = [];
      for (let i = 0; i < checks.length; i++) {
        const f = checks[i]!(value, after);
        if (f) more.push(f);
      }
      if (more.length > 0) findings = [...findings, ...more];
    }
    const change =
      value === input
        ? undefined
        : { code: changeCode, reason: describeChange(field, input, value), ruleId: primary!.id };
    return { analysis, value, findings, change, rank: worstRank(findings) };
  }

  const memo = new AdaptiveMemo<FieldOutcome>(
    analyzer?.memo === false ? { ...DEFAULT_MEMO_POLICY, capacity: 0 } : options.memo,
  );
  const byCountry = analyzer?.byCountry ?? false;
  return {
    field,
    required,
    evaluate(input, country) {
      const scope = byCountry && country !== undefined ? country : undefined;
      let outcome = memo.get(input, scope);
      if (outcome === undefined) {
        outcome = evaluateNow(input, country);
        memo.set(input, outcome, scope);
      }
      return outcome;
    },
  };
}

function ruleFinding(
  field: FieldRef,
  rule: { id: string; action: FallbackAction; message?: string },
  code: string,
  message: string,
): GateFinding {
  return {
    code,
    field,
    severity: severityOfAction(rule.action),
    message: rule.message ?? message,
    action: rule.action,
    ruleId: rule.id,
  };
}

function regexCheck(field: FieldRef, rule: RegexRule): Check {
  // A global or sticky regex remembers lastIndex between calls; the test must not depend on history.
  const regex = new RegExp(rule.pattern, rule.flags.replace(/[gy]/g, ''));
  const mustMatch = rule.must === 'match';
  return (value) => {
    if (regex.test(value) === mustMatch) return undefined;
    return mustMatch
      ? ruleFinding(
          field,
          rule,
          'regex.no_match',
          `${field} does not have the required form (${rule.pattern}).`,
        )
      : ruleFinding(field, rule, 'regex.match', `${field} has a form that is not allowed (${rule.pattern}).`);
  };
}

/** Characters as people count them: code points, so "Dvořák" is 6 and an emoji is 1. */
function codePoints(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function lengthCheck(field: FieldRef, rule: LengthRule): Check {
  return (value) => {
    const n = codePoints(value.trim());
    if (rule.min !== undefined && n < rule.min)
      return ruleFinding(
        field,
        rule,
        'length.too_short',
        `${field} has ${n} characters; at least ${rule.min} are needed.`,
      );
    if (rule.max !== undefined && n > rule.max)
      return ruleFinding(
        field,
        rule,
        'length.too_long',
        `${field} has ${n} characters; at most ${rule.max} are allowed.`,
      );
    return undefined;
  };
}

/** A number as CRM users write it: "1200", "1 200", "1,200", "1,5" (decimal comma), "-3.25". */
export function parseNumber(value: string): number | undefined {
  let text = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!text.includes('.')) {
    // "1,200" and "12,500,000" group thousands; "1,5" and "3,25" have a decimal comma.
    if (/^[-+]?\d{1,3}(?:,\d{3})+$/.test(text)) text = text.replaceAll(',', '');
    else if (/^[-+]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(?:,\d{3})+\.\d+$/.test(text)) text = text.replaceAll(',', '');
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function rangeCheck(field: FieldRef, rule: RangeRule): Check {
  return (value) => {
    const n = parseNumber(value);
    if (n === undefined)
      return ruleFinding(
        field,
        rule,
        'range.not_a_number',
        `${field} should be a number; "${value}" is not one.`,
      );
    if (rule.min !== undefined && n < rule.min)
      return ruleFinding(
        field,
        rule,
        'range.below_min',
        `${field} is ${n}; the smallest allowed is ${rule.min}.`,
      );
    if (rule.max !== undefined && n > rule.max)
      return ruleFinding(
        field,
        rule,
        'range.above_max',
        `${field} is ${n}; the largest allowed is ${rule.max}.`,
      );
    return undefined;
  };
}

type DomainMatcher = (domain: string, free: boolean, disposable: boolean) => boolean;

function domainMatcher(set: { domains: string[]; free: boolean; disposable: boolean }): DomainMatcher {
  const domains = new Set(set.domains.map((d) => domainToASCII(d) || d.toLowerCase()));
  return (domain, free, disposable) => {
    if ((set.free && free) || (set.disposable && disposable)) return true;
    // A domain covers its subdomains: mail.acme.com is acme.com's.
    for (let rest = domain; ; ) {
      if (domains.has(rest)) return true;
      const dot = rest.indexOf('.');
      if (dot < 0) return false;
      rest = rest.slice(dot + 1);
    }
  };
}

function emailDomainCheck(field: FieldRef, rule: EmailDomainRule): Check {
  const allow = rule.allow ? domainMatcher(rule.allow) : undefined;
  const block = rule.block ? domainMatcher(rule.block) : undefined;
  return (_value, analysis) => {
    const facts = analysis?.facts as { domain?: string; free?: boolean; disposable?: boolean } | undefined;
    const domain = facts?.domain;
    // No readable domain: the format rule reports the address itself.
    if (!domain) return undefined;
    const free = facts.free === true;
    const disposable = facts.disposable === true;
    if (block?.(domain, free, disposable))
      return ruleFinding(field, rule, 'email_domain.blocked', `Addresses at ${domain} are not accepted.`);
    if (allow && !allow(domain, free, disposable))
      return ruleFinding(
        field,
        rule,
        'email_domain.not_allowed',
        `${domain} is not one of the accepted domains.`,
      );
    return undefined;
  };
}
