import { describe, expect, it } from 'vitest';
import type { FieldContext } from '../types.ts';
import { analyzeJobTitle, type JobTitleFindingCode, jobTitleAnalyzer } from './index.ts';

const ctx: FieldContext = { field: 'job_title' };
const codes = (input: string) => analyzeJobTitle(input, ctx).findings.map((f) => f.code);

describe('analyzeJobTitle findings', () => {
  const table: readonly (readonly [string, JobTitleFindingCode, 'error' | 'warning' | 'info', string])[] = [
    ['test', 'job_title.placeholder', 'error', 'invalid'],
    ['asdf', 'job_title.placeholder', 'error', 'invalid'],
    ['xxx', 'job_title.placeholder', 'error', 'invalid'],
    ['n/a', 'job_title.placeholder', 'error', 'invalid'],
    ['N.A.', 'job_title.placeholder', 'error', 'invalid'],
    ['-', 'job_title.placeholder', 'error', 'invalid'],
    ['???', 'job_title.placeholder', 'error', 'invalid'],
    ['none', 'job_title.placeholder', 'error', 'invalid'],
    ['TBD', 'job_title.placeholder', 'error', 'invalid'],
    ['123', 'job_title.placeholder', 'error', 'invalid'],
    ['k.A.', 'job_title.placeholder', 'error', 'invalid'],
    ['нет', 'job_title.placeholder', 'error', 'invalid'],
    ['john.doe@acme.com', 'job_title.not_a_title', 'warning', 'risky'],
    ['CEO - john@acme.com', 'job_title.not_a_title', 'warning', 'risky'],
    ['+420 602 123 456', 'job_title.not_a_title', 'warning', 'risky'],
    ['Tel: (555) 123-4567', 'job_title.not_a_title', 'warning', 'risky'],
    ['https://acme.com/team', 'job_title.not_a_title', 'warning', 'risky'],
    ['www.acme.com', 'job_title.not_a_title', 'warning', 'risky'],
    ['Acme Inc.', 'job_title.not_a_title', 'warning', 'risky'],
    ['Müller GmbH & Co. KG', 'job_title.not_a_title', 'warning', 'risky'],
    ['ACME s.r.o.', 'job_title.not_a_title', 'warning', 'risky'],
    ['Nowak Sp. z o.o.', 'job_title.not_a_title', 'warning', 'risky'],
    ['ООО «Ромашка»', 'job_title.not_a_title', 'warning', 'risky'],
    ['Ninja', 'job_title.unknown', 'info', 'valid'],
    ['Rockstar', 'job_title.unknown', 'info', 'valid'],
    ['Retired', 'job_title.unknown', 'info', 'valid'],
    ['PM', 'job_title.ambiguous', 'info', 'valid'],
    ['CPO', 'job_title.ambiguous', 'info', 'valid'],
    ['MD', 'job_title.ambiguous', 'info', 'valid'],
    ['Technical PM', 'job_title.ambiguous', 'info', 'valid'],
  ];

  it.each(table)('%j → %s (%s, %s)', (input, code, severity, verdict) => {
    const a = analyzeJobTitle(input, ctx);
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0]).toMatchObject({ code, severity, field: 'job_title' });
    expect(a.findings[0]!.message.length).toBeGreaterThan(10);
    expect(a.verdict).toBe(verdict);
  });

  it.each([
    'CEO',
    'Chief Marketing Officer',
    'Senior Software Engineer',
    'Geschäftsführer',
    'obchodní ředitel',
    'Γενικός Διευθυντής',
    'генеральный директор',
    'Test Engineer',
    'Acme Inc. CEO',
    'CEO at Acme Inc',
  ])('%j has no findings', (input) => {
    const a = analyzeJobTitle(input, ctx);
    expect(a.findings).toEqual([]);
    expect(a.verdict).toBe('valid');
  });

  it('uses the context field name', () => {
    expect(analyzeJobTitle('asdf', { field: 'title' }).findings[0]!.field).toBe('title');
  });

  it('suggests the preferred reading of an ambiguous abbreviation, none when there is none', () => {
    expect(analyzeJobTitle('CPO', ctx).findings[0]!.suggestion).toBe('Chief Product Officer');
    expect(analyzeJobTitle('PM', ctx).findings[0]!.suggestion).toBeUndefined();
  });

  it('resolves an ambiguous abbreviation from context without a finding', () => {
    expect(codes('IT PM')).toEqual([]);
  });
});

describe('analyzeJobTitle values and facts', () => {
  it('expands an exact abbreviation and reports facts', () => {
    const a = analyzeJobTitle('CMO', ctx);
    expect(a).toEqual({
      input: 'CMO',
      normalized: 'Chief Marketing Officer',
      findings: [],
      verdict: 'valid',
      facts: {
        canonical: 'Chief Marketing Officer',
        seniority: 'c_level',
        department: 'marketing',
        confidence: 1,
      },
    });
  });

  it('keeps a foreign title as written and gives canonical English in facts', () => {
    const a = analyzeJobTitle('Vertriebsleiter', ctx);
    expect(a.normalized).toBe('Vertriebsleiter');
    expect(a.facts).toEqual({
      canonical: 'Head of Sales',
      seniority: 'head',
      department: 'sales',
      confidence: 1,
    });
  });

  it('reports ambiguity in facts', () => {
    expect(analyzeJobTitle('PM', ctx).facts).toEqual({
      seniority: 'manager',
      confidence: 0.4,
      alternatives: ['Product Manager', 'Project Manager'],
    });
  });

  it.each(['', '   ', '\n\t'])('blank %j is empty with no findings', (input) => {
    const a = analyzeJobTitle(input, ctx);
    expect([a.verdict, a.findings, a.normalized, a.facts]).toEqual(['empty', [], '', { confidence: 0 }]);
  });

  it('placeholders and non-titles keep the cleaned value and confidence 0', () => {
    expect(analyzeJobTitle('  N/A ', ctx)).toMatchObject({ normalized: 'N/A', facts: { confidence: 0 } });
    expect(analyzeJobTitle(' john@acme.com ', ctx)).toMatchObject({
      normalized: 'john@acme.com',
      facts: { confidence: 0 },
    });
  });

  it('handles control characters without throwing', () => {
    const a = analyzeJobTitle('Sales\u0000\u0007 Manager\u001b', ctx);
    expect(a.normalized).toBe('Sales Manager');
    expect(a.facts.seniority).toBe('manager');
  });

  it('handles a 1 MB value quickly as not a title', () => {
    const huge = 'x'.repeat(1_000_000);
    const started = performance.now();
    const a = analyzeJobTitle(huge, ctx);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(a.findings.map((f) => f.code)).toEqual(['job_title.not_a_title']);
    expect(a.verdict).toBe('risky');
  });

  it('handles a 1 MB value of words quickly', () => {
    const huge = 'Senior Sales Manager, '.repeat(50_000);
    const started = performance.now();
    expect(codes(huge)).toEqual(['job_title.not_a_title']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives the same answer on a repeated (cached) call', () => {
    const first = analyzeJobTitle('Senior Marketing Manager', ctx);
    const second = analyzeJobTitle('Senior Marketing Manager', ctx);
    expect(second).toEqual(first);
    expect(second.facts).not.toBe(first.facts);
  });

  it('honours analyzer options', () => {
    const keep = jobTitleAnalyzer({ expandAbbreviations: false, fixCasing: false });
    expect(keep('CMO', ctx).normalized).toBe('CMO');
    expect(keep('SALES MANAGER', ctx).normalized).toBe('SALES MANAGER');
    expect(keep('CMO', ctx).facts.canonical).toBe('Chief Marketing Officer');
  });

  it('never throws on odd input', () => {
    for (const input of ['\uD800', '\u0301', '....', '&&&', '++', '#', 'a.b.c.d.e.f', '@', '﻿CEO', '\u200b']) {
      expect(() => analyzeJobTitle(input, ctx)).not.toThrow();
    }
  });
});

describe('analyzeJobTitle blank after clean-up', () => {
  it.each(['\u200b', '\uFEFF', '\u200b\u00ad'])('%j is empty', (input) => {
    const a = analyzeJobTitle(input, ctx);
    expect([a.verdict, a.findings, a.normalized]).toEqual(['empty', [], '']);
  });
});
