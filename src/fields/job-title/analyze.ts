import type { FieldAnalysis, FieldContext, Finding } from '../types.ts';
import { verdictOf } from '../types.ts';
import type { NotATitleReason } from './detect.ts';
import { MAX_TITLE_LENGTH } from './detect.ts';
import { type Inspection, titleInspector } from './inspect.ts';
import { classOf, type Resolution } from './resolve.ts';
import type { JobTitleFacts, JobTitleFindingCode, JobTitleOptions } from './types.ts';

const NOT_A_TITLE: Readonly<Record<NotATitleReason, string>> = {
  email: 'looks like an email address, not a job title',
  url: 'looks like a web address, not a job title',
  phone: 'looks like a phone number, not a job title',
  company: 'looks like a company name (it ends with a legal form), not a job title',
  too_long: `is longer than ${MAX_TITLE_LENGTH} characters, more like a note than a job title`,
};

function quote(value: string): string {
  return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
}

function finding(
  ctx: FieldContext,
  code: JobTitleFindingCode,
  severity: Finding['severity'],
  message: string,
): Finding {
  return { code, field: ctx.field, severity, message };
}

function ambiguous(ctx: FieldContext, value: string, r: Resolution): Finding {
  const readings = r.alternatives!.join(', ');
  const reading = r.canonical ? `read as ${r.canonical}` : 'the department is unclear without more words';
  const f = finding(ctx, 'job_title.ambiguous', 'info', `${quote(value)} can mean ${readings}; ${reading}`);
  if (r.canonical) f.suggestion = r.canonical;
  return f;
}

function findingsOf(x: Inspection, ctx: FieldContext): Finding[] {
  const value = quote(x.cleaned);
  if (x.placeholder)
    return [finding(ctx, 'job_title.placeholder', 'error', `${value} is a placeholder, not a job title`)];
  if (x.notTitle)
    return [finding(ctx, 'job_title.not_a_title', 'warning', `${value} ${NOT_A_TITLE[x.notTitle]}`)];
  const r = x.resolution;
  if (r === undefined) return [];
  if (r.seniority === undefined && r.department === undefined) {
    return [finding(ctx, 'job_title.unknown', 'info', `No seniority or department recognised in ${value}`)];
  }
  return r.alternatives ? [ambiguous(ctx, x.cleaned, r)] : [];
}

/** Returns an analyzer with the given fixes (see jobTitleNormalizer). */
export function jobTitleAnalyzer(
  options: JobTitleOptions = {},
): (input: string, ctx: FieldContext) => FieldAnalysis<JobTitleFacts> {
  const inspect = titleInspector({
    expand: options.expandAbbreviations !== false,
    casing: options.fixCasing !== false,
  });
  return function analyzeJobTitle(input: string, ctx: FieldContext): FieldAnalysis<JobTitleFacts> {
    const x = inspect(input);
    const findings = findingsOf(x, ctx);
    // Blank after clean-up (only invisible characters) is no evidence, like blank input.
    return {
      input,
      normalized: x.normalized,
      findings,
      verdict: verdictOf(x.cleaned, findings),
      facts: classOf(x.resolution),
    };
  };
}

export const analyzeJobTitle: (input: string, ctx: FieldContext) => FieldAnalysis<JobTitleFacts> =
  jobTitleAnalyzer();
